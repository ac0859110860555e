import fc from 'fast-check';
import { sha256 } from '@/electron/main/services/drafts/durable-file';
import { encodeRipotiFile } from '@/electron/main/services/drafts/ripoti-file';
import { MAX_ATTACHMENT_BYTES } from '@/shared/ipc/channels/attachments';
import type { Attachment } from '@/shared/report/schema';
import { sampleReport } from '@/tests/unit/electron/main/services/drafts/sample-report';
import type { HostileCase } from './hostile-case';
import { anyImage, type GeneratedImage } from './fuzz-images';

const mediaType = fc.oneof(
  fc.constantFrom(
    'image/png',
    'image/jpeg',
    'image/gif',
    '',
    'application/pdf',
    'image/jpeg\r\nX-Injected: 1',
    'text/plain; charset=utf-8',
  ),
  fc.string({ maxLength: 100 }),
);
const fileName = fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }).map((name) => name.slice(0, 255));

const attachCase: fc.Arbitrary<HostileCase> = fc
  .record({
    kind: fc.constantFrom('attach' as const, 'attach' as const, 'sync' as const),
    fileName,
    mediaType,
    image: anyImage,
  })
  .map(({ image, ...item }) => ({
    ...item,
    bytes: image.bytes,
    label: `${item.kind} ${image.what} (${image.bytes.length} bytes) as ${JSON.stringify(item.mediaType).slice(0, 40)}`,
    ...(image.expect && { expect: image.expect }),
  }));

/** A well-made .ripoti carrying 0–2 attachments (photos that may themselves be hostile). */
interface RipotiParts {
  readonly title: string;
  readonly files: readonly { readonly image: GeneratedImage; readonly fileName: string; readonly mediaType: string }[];
}
const ripotiParts: fc.Arbitrary<RipotiParts> = fc.record({
  title: fc.string({ maxLength: 80 }),
  files: fc.array(
    fc.record({ image: anyImage, fileName, mediaType: fc.constantFrom('image/png', 'image/jpeg', 'application/pdf') }),
    { maxLength: 2 },
  ),
});
function ripotiText({ title, files }: RipotiParts): string {
  const report = sampleReport(title || 'Fuzz');
  const attachments: Record<string, Attachment> = {};
  const bytes = new Map<string, Uint8Array>();
  for (const { image, fileName, mediaType } of files) {
    if (image.bytes.length === 0) continue;
    const id = sha256(image.bytes);
    attachments[id] = {
      id,
      fileName: fileName.slice(0, 200),
      mediaType,
      byteLength: image.bytes.length,
      addedAt: report.createdAt,
    };
    bytes.set(id, image.bytes);
  }
  return encodeRipotiFile({ ...report, attachments }, bytes, '0.1.0', '2026-11-28T09:00:00.000Z').toString('utf8');
}
/** A well-made file is imported exactly when every photo it carries would be. */
function expectedImport(parts: RipotiParts): 'accepted' | 'refused' | undefined {
  const expectations = parts.files.filter((file) => file.image.bytes.length > 0).map((file) => file.image.expect);
  if (expectations.every((value) => value === 'accepted')) return 'accepted';
  return expectations.includes('refused') ? 'refused' : undefined;
}

/** Replaced, in the text, by nesting `depth` levels deep (JSON.stringify itself would overflow). */
const DEEP = '__deep__';
/** Replaced, in the text, by a string just longer than the largest attachment's base64 (about 20 MB). */
const HUGE = '__huge__';
/** Values an attacker puts where the body expects something else. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    { length: 1e9 },
    { length: 1e9, 0: 'A' },
    'A'.repeat(70_000),
    '====',
    'image/png\r\nX: y',
    -1,
    1e308,
    null,
    [],
  ),
  // A regular expression with a repeated group overflowed the stack on this one.
  fc.constant(HUGE),
  fc.constant(DEEP),
);
const bodyPath = fc.constantFrom(
  'attachments.*',
  'report.attachments.*',
  'report.attachments.*.id',
  'report.attachments.*.mediaType',
  'report.attachments.*.byteLength',
  'appVersion',
  'formatVersion',
  'schemaVersion',
  'exportedAt',
  'report',
  'report.title',
  'report.sections',
  'format',
  'extra',
);

/** Sets a value in the parsed body and writes it back with a recomputed checksum: only the schema can refuse it. */
function mutated(text: string, pathSpec: string, value: unknown, depth: number): string {
  const body = JSON.parse(text.slice(text.indexOf('"body":') + 7, -1)) as Record<string, unknown>;
  const keys = pathSpec.split('.');
  let target: Record<string, unknown> = body;
  for (const key of keys.slice(0, -1)) {
    const next = key === '*' ? Object.values(target)[0] : target[key];
    if (typeof next !== 'object' || next === null) break;
    target = next as Record<string, unknown>;
  }
  const last = keys.at(-1) ?? 'extra';
  target[last === '*' ? (Object.keys(target)[0] ?? 'f'.repeat(64)) : last] = value;
  const bodyText = JSON.stringify(body)
    .replace(JSON.stringify(DEEP), `${'['.repeat(depth)}${']'.repeat(depth)}`)
    .replace(JSON.stringify(HUGE), `"${'A'.repeat(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4)}"`);
  return `{"checksum":"${sha256(Buffer.from(bodyText))}","body":${bodyText}}`;
}

const ripotiCase: fc.Arbitrary<HostileCase> = fc.oneof(
  ripotiParts.map((parts) => {
    const expect = expectedImport(parts);
    return {
      kind: 'ripoti' as const,
      label: `ripoti carrying [${parts.files.map((file) => file.image.what).join('; ')}]`,
      bytes: Buffer.from(ripotiText(parts)),
      ...(expect && { expect }),
    };
  }),
  fc.record({ parts: ripotiParts, keep: fc.double({ min: 0, max: 0.999, noNaN: true }) }).map(({ parts, keep }) => {
    const text = Buffer.from(ripotiText(parts));
    return {
      kind: 'ripoti' as const,
      label: `ripoti cut to ${Math.round(keep * 100)}%`,
      bytes: text.subarray(0, Math.floor(text.length * keep)),
      expect: 'refused' as const,
    };
  }),
  fc.record({ parts: ripotiParts, at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }).map(({ parts, at, mask }) => {
    const bytes = Buffer.from(ripotiText(parts));
    bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ mask;
    return { kind: 'ripoti' as const, label: 'ripoti with a flipped byte', bytes, expect: 'refused' as const };
  }),
  fc
    .record({ parts: ripotiParts, path: bodyPath, value: hostileValue, depth: fc.integer({ min: 1, max: 250_000 }) })
    .map(({ parts, path, value, depth }) => ({
      kind: 'ripoti' as const,
      label: `ripoti with ${path} = ${value === DEEP ? `${depth}-deep nesting` : value === HUGE ? 'a 20 MB string' : JSON.stringify(value).slice(0, 40)} (checksum recomputed)`,
      bytes: Buffer.from(mutated(ripotiText(parts), path, value, depth)),
    })),
);

const hostileCase = fc.oneof(attachCase, ripotiCase);

/** Case `index` of the run with `seed`: the same on every machine, so a failure is replayed by its two numbers. */
export function fuzzCase(seed: number, index: number): HostileCase {
  const [item] = fc.sample(hostileCase, { seed: (seed + index * 7919) | 0, numRuns: 1 });
  if (!item) throw new Error('fast-check produced no case');
  return item;
}
