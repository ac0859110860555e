import { allKeyFeatures } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { createReport } from '@/shared/report/create';
import type { MeasureRow, Report } from '@/shared/report/schema';
import { examplePhoto } from './example-photos';
import { exampleBullets, exampleProse, seededRandom } from './example-text';

export interface ExampleReport {
  readonly report: Report;
  /** The generated photos' bytes by attachment id, as the attachment store would return them. */
  readonly photos: ReadonlyMap<string, Uint8Array>;
}

export interface ExampleOptions {
  readonly wordsPerFeature?: number;
  readonly photoCount?: number;
  readonly now?: string;
}

const CAPTIONS = [
  'Adult literacy class at a community learning centre',
  'Learning festival in the county',
  'Youth peer-learning club',
  'Women’s group training on savings',
  'Farmer field school',
  'Reading tent for children and parents',
  'Digital hub opening',
  'Facilitators’ refresher course',
];

/**
 * A complete, realistic Kilifi County report: every Key Feature answered with ~500 words of
 * prose, action points, measures tables and generated photos. It is what `npm run report --
 * example` exports and what the benchmark and rendering tests measure.
 */
export function exampleReport(framework: Framework, options: ExampleOptions = {}): ExampleReport {
  const now = options.now ?? '2026-10-01T08:00:00.000Z';
  const random = seededRandom(2026);
  const report = createReport(framework, {
    id: '7d2f3c8a-9b1e-4f5a-8c6d-2e1f0a9b8c7d',
    now,
    title: 'Kilifi Learning City Progress Report 2024–2026',
    county: 'Kilifi',
  });
  Object.assign(report.profile, {
    city: 'Kilifi',
    population: '1453787',
    areaKm2: '12610',
    website: 'https://kilifi.go.ke',
    leaderName: 'H.E. Gideon Mung’aro',
    leaderTitle: 'Governor, Kilifi County',
    focalPointName: 'Amina Mwero',
    focalPointEmail: 'learningcity@kilifi.go.ke',
    focalPointPhone: '+254 700 000 000',
    membershipDate: '2020-09',
    dataYear: '2019',
  });
  const photos = new Map<string, Uint8Array>();
  const features = allKeyFeatures(framework);
  const photoCount = options.photoCount ?? 20;
  features.forEach((feature, index) => {
    const section = report.sections[feature.id];
    if (!section) return;
    section.status = 'complete';
    section.narrative = exampleProse(random, feature.title.en, options.wordsPerFeature ?? 500);
    section.actions = exampleBullets(random, 3);
    section.challenges = exampleProse(random, feature.title.en, 60).split('\n\n').slice(1).join('\n\n');
    section.nextSteps = exampleBullets(random, 2);
    section.sdgTargets = ['4.6', index % 2 ? '11.3' : '4.3'];
    section.measures = measuresFor(
      feature.suggestedMeasures.map((measure) => measure.en),
      index,
      random,
    );
    section.updatedAt = now;
  });
  for (let index = 0; index < photoCount; index++) {
    const feature = features[Math.floor((index * features.length) / Math.max(1, photoCount))];
    const section = feature ? report.sections[feature.id] : undefined;
    if (!section) continue;
    const photo = examplePhoto(index);
    photos.set(photo.id, photo.bytes);
    const fileName = `photo-${String(index + 1).padStart(2, '0')}.png`;
    report.attachments[photo.id] = {
      id: photo.id,
      fileName,
      mediaType: 'image/png',
      byteLength: photo.bytes.byteLength,
      width: photo.width,
      height: photo.height,
      addedAt: now,
    };
    section.evidence.push({
      attachmentId: photo.id,
      caption: `${CAPTIONS[index % CAPTIONS.length] ?? ''}, ${2024 + (index % 3)}`,
    });
  }
  return { report, photos };
}

function measuresFor(suggested: readonly string[], index: number, random: () => number): MeasureRow[] {
  const indicators =
    suggested.length > 0
      ? suggested
      : ['Participants in county learning programmes', 'Community learning centres in operation'];
  return indicators.map((indicator, row) => {
    const baseline = 20 + Math.floor(random() * 200);
    return {
      id: `m${index}-${row}`,
      indicator,
      unit: indicator.includes('%') ? '%' : 'number',
      baseline: String(baseline),
      current: String(baseline + Math.floor(random() * 150)),
      target: String(baseline + 200),
      source: 'County Department of Education, 2026',
    };
  });
}
