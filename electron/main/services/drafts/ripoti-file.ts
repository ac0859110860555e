import { RipotiError } from '@/shared/errors';
import { MAX_DRAFT_FILE_BYTES, type DraftFileProblem } from '@/shared/ipc/channels/drafts';
import { CURRENT_SCHEMA_VERSION, type Report } from '@/shared/report/schema';
import { sha256 } from './durable-file';
import { exceedsJsonDepth } from './json-depth';
import {
  carriedAttachmentSchema,
  MAX_RIPOTI_JSON_DEPTH,
  RIPOTI_FILE_FORMAT,
  RIPOTI_FILE_VERSION,
  ripotiBodySchema,
  ripotiEnvelopeSchema,
} from './ripoti-file-schema';
import { checkReport, parseJson } from './validate-draft';

export { RIPOTI_FILE_FORMAT, RIPOTI_FILE_VERSION } from './ripoti-file-schema';

export interface RipotiFileContents {
  readonly report: Report;
  readonly attachments: Map<string, Uint8Array>;
  readonly appVersion: string;
}

/**
 * One JSON file: the body, then the sha256 of the body's exact text. The checksum is damage
 * detection, not tamper evidence: it finds a copy cut short or a bit flipped on a flash drive,
 * but anyone who edits the body can recompute it (docs/drafts-design.md says why Ripoti does not
 * sign these files). The import shows what differs from the report already here instead.
 */
export function encodeRipotiFile(
  report: Report,
  attachments: Map<string, Uint8Array>,
  appVersion: string,
  exportedAt: string,
): Buffer {
  const body = {
    format: RIPOTI_FILE_FORMAT,
    formatVersion: RIPOTI_FILE_VERSION,
    appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    report,
    attachments: Object.fromEntries([...attachments].map(([id, bytes]) => [id, Buffer.from(bytes).toString('base64')])),
  };
  const bodyText = JSON.stringify(body);
  return Buffer.from(`{"checksum":"${sha256(Buffer.from(bodyText))}","body":${bodyText}}`, 'utf8');
}

/** Length of `{"checksum":"<64 hex digits>","body":`, where the body starts. */
const BODY_OFFSET = 86;

const refused = (problem: DraftFileProblem, why: string) =>
  new RipotiError(
    'invalid-data',
    `This is not a usable Ripoti draft file: ${why}. Ask for a fresh copy; nothing was imported.`,
    { detail: { kind: 'draft-file', problem } },
  );

const tooNew = (appVersion: string) =>
  new RipotiError(
    'invalid-data',
    `This draft file was made by a newer Ripoti (${appVersion}). Update Ripoti to import it.`,
    { detail: { kind: 'draft-file', problem: 'too-new' } },
  );

/**
 * Reads a .ripoti file completely before anything else sees it: size, framing, checksum, nesting
 * depth (before JSON.parse), the body's shape (zod), the report (migrated and validated), each
 * attachment (strict base64 of bounded size whose sha256 is its key, listed by the report under
 * the same id, with a real media type). Every refusal is a RipotiError with a draft-file detail.
 */
export function decodeRipotiFile(bytes: Uint8Array): RipotiFileContents {
  if (bytes.length > MAX_DRAFT_FILE_BYTES)
    throw refused('not-a-draft-file', `it is larger than ${MAX_DRAFT_FILE_BYTES / 1024 / 1024} MB`);
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The frame is fixed ASCII: `{"checksum":"<64 hex>","body":` … `}`. The checksum is taken over
  // the body's bytes where they lie, without a copy (a file may be 200 MB).
  const checksum = /^\{"checksum":"([a-f0-9]{64})","body":$/.exec(
    file.subarray(0, BODY_OFFSET).toString('latin1'),
  )?.[1];
  if (!checksum || file.length < BODY_OFFSET + 2 || file[file.length - 1] !== 0x7d)
    throw refused('not-a-draft-file', 'it is damaged or not a .ripoti file');
  const bodyBytes = file.subarray(BODY_OFFSET, file.length - 1);
  if (sha256(bodyBytes) !== checksum)
    throw refused('damaged', 'it was damaged after it was saved (its checksum does not match)');
  const bodyText = bodyBytes.toString('utf8');
  if (exceedsJsonDepth(bodyText, MAX_RIPOTI_JSON_DEPTH))
    throw refused('not-well-formed', `it nests deeper than ${MAX_RIPOTI_JSON_DEPTH} levels`);
  const json = parseJson(bodyText);
  if (!json.ok) throw refused('not-a-draft-file', 'its content is not readable');
  const envelope = ripotiEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) throw refused('not-a-draft-file', 'it is not a Ripoti draft');
  if (envelope.data.formatVersion > RIPOTI_FILE_VERSION) throw tooNew(envelope.data.appVersion);
  const body = ripotiBodySchema.safeParse(json.value);
  if (!body.success)
    throw refused('not-well-formed', `it is not in the form Ripoti writes (${describeIssue(body.error)})`);
  const check = checkReport(body.data.report);
  if (!check.ok) {
    if (check.reason === 'future') throw tooNew(body.data.appVersion);
    throw refused('not-well-formed', `the report inside is not valid (${check.detail})`);
  }
  return {
    report: check.report,
    attachments: carriedAttachments(check.report, body.data.attachments),
    appVersion: body.data.appVersion,
  };
}

/** The attachments' bytes, each checked against its id and against the report's record of it. */
function carriedAttachments(report: Report, encoded: Record<string, string>): Map<string, Uint8Array> {
  for (const [key, record] of Object.entries(report.attachments)) {
    const carried = carriedAttachmentSchema.safeParse(record);
    if (record.id !== key || !carried.success)
      throw refused('not-well-formed', 'an attachment the report lists is not described correctly');
    if (encoded[key] === undefined) throw refused('not-well-formed', 'an attachment the report needs is missing');
  }
  const attachments = new Map<string, Uint8Array>();
  for (const [id, base64] of Object.entries(encoded)) {
    const record = report.attachments[id];
    if (!record) throw refused('not-well-formed', 'it carries an attachment its report does not list');
    const data = Buffer.from(base64, 'base64');
    if (sha256(data) !== id || data.length !== record.byteLength)
      throw refused('damaged', 'an attachment inside is damaged');
    attachments.set(id, data);
  }
  return attachments;
}

function describeIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  // The path holds the file's own keys: shown cut short and without control characters.
  return issue
    ? `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`.slice(0, 200).replace(/\p{Cc}/gu, '?')
    : 'unknown';
}
