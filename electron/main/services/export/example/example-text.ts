import { countWords } from '@/shared/report/word-count';

/**
 * Plausible report prose for a Kenyan county, assembled from sentence patterns with a seeded
 * random generator: the same seed gives the same report, so tests and screenshots are stable.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WARDS = [
  'Mnarani',
  'Sokoni',
  'Kibarani',
  'Watamu',
  'Matsangoni',
  'Ganze',
  'Bamba',
  'Jaribuni',
  'Mtwapa',
  'Shimo la Tewa',
  'Junju',
  'Rabai',
];
const PARTNERS = [
  'the Kenya Institute of Curriculum Development',
  'Pwani University',
  'the county Department of Education, ICT and Sports',
  'the Kenya National Commission for UNESCO',
  'local women’s groups and chamas',
  'the National Industrial Training Authority',
  'faith-based organisations',
  'the county Directorate of Adult and Continuing Education',
  'youth polytechnics',
  'community health promoters',
];
const PROGRAMMES = [
  'community learning centres',
  'adult literacy classes',
  'ECDE centres',
  'vocational training centres',
  'mobile libraries',
  'farmer field schools',
  'digital hubs',
  'reading tents',
];

const SENTENCES = [
  'Between {start} and {end} the county worked with {partner} to extend {programme} to {n} wards, starting with {ward}.',
  'Attendance at {programme} in {ward} rose from {a} to {b} learners, {p}% of them women.',
  'The county assembly approved a budget line of KES {m} million for {programme} in the {year} financial year.',
  'Ward administrators now report each quarter on participation in {programme}, which lets the learning-city committee see where support is thin.',
  'A survey of {n2} households in {ward} found that {p}% of adults had taken part in some organised learning in the previous twelve months.',
  'Learners in {ward} asked for evening sessions because most of them fish or trade during the day; the timetable was changed in response.',
  'Facilitators received a five-day refresher course, and {n} of them were certified by {partner}.',
  'Materials were translated into Kiswahili and Giriama so that older learners could follow them without a go-between.',
  'The main obstacle remained transport: some villages are more than {km} km from the nearest centre, and the rains cut roads for weeks.',
  'A monitoring visit in {month} confirmed that {n} centres keep attendance registers and that {p}% of registered learners completed the cycle.',
  'Young people in {ward} ran a peer-learning club that met every Saturday and shared what they learned over community radio.',
  'Partnership with {partner} brought in volunteers, books and a small grant for solar lighting in {n} centres.',
  'The learning festival held in {ward} in {month} drew about {a} visitors and showcased the work of {n} community groups.',
  'County officers documented the results with photographs, registers and short testimonies from learners, kept with this report as evidence.',
  'Lessons from {ward} were shared with neighbouring counties at the regional learning-cities forum.',
];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fill(random: () => number, pattern: string): string {
  const value: Record<string, () => string> = {
    start: () => 'April 2024',
    end: () => 'September 2026',
    partner: () => pick(random, PARTNERS),
    programme: () => pick(random, PROGRAMMES),
    ward: () => pick(random, WARDS),
    n: () => String(3 + Math.floor(random() * 20)),
    n2: () => String(200 + Math.floor(random() * 900)),
    a: () => String(40 + Math.floor(random() * 400)),
    b: () => String(450 + Math.floor(random() * 900)),
    p: () => String(35 + Math.floor(random() * 50)),
    m: () => (2 + random() * 30).toFixed(1),
    year: () => '2025/26',
    km: () => String(8 + Math.floor(random() * 30)),
    month: () => `${pick(random, MONTHS)} 2025`,
  };
  return pattern.replace(/\{(\w+)\}/g, (_match, key: string) => value[key]?.() ?? key);
}

/**
 * Close to `words` words of narrative, in paragraphs of four to six sentences, never more than
 * `words`: the example is a report an officer could send, so it stays within the word limit.
 */
export function exampleProse(random: () => number, topic: string, words: number): string {
  const opening = `Under the heading “${topic}”, Kilifi County set out to make learning part of everyday life across its sub-counties.`;
  const paragraphs: string[] = [opening];
  let count = countWords(opening);
  let current: string[] = [];
  for (;;) {
    const sentence = fill(random, pick(random, SENTENCES));
    const sentenceWords = countWords(sentence);
    if (count + sentenceWords > words) break;
    current.push(sentence);
    count += sentenceWords;
    if (current.length >= 4 + Math.floor(random() * 3)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs.join('\n\n');
}

/** A short bullet list, the way officers paste action points. */
export function exampleBullets(random: () => number, count: number): string {
  return Array.from({ length: count }, () => `- ${fill(random, pick(random, SENTENCES))}`).join('\n');
}
