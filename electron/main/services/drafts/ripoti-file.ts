import { RipotiError } from '../../../../shared/errors';
import { CURRENT_SCHEMA_VERSION, type Report } from '../../../../shared/report/schema';
import { sha256 } from './durable-file';
import { checkReport, parseJson } from './validate-draft';

export const RIPOTI_FILE_FORMAT = 'ripoti-draft';
export const RIPOTI_FILE_VERSION = 1;

/** What a .ripoti file holds besides its checksum. */
interface RipotiFileBody {
  readonly format: typeof RIPOTI_FILE_FORMAT;
  readonly formatVersion: number;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly report: Report;
  /** Attachment bytes by sha256, base64-encoded. */
  readonly attachments: Record<string, string>;
}

export interface RipotiFileContents {
  readonly report: Report;
  readonly attachments: Map<string, Uint8Array>;
  readonly appVersion: string;
}

/**
 * One JSON file: the body, then the sha256 of the body's exact text. Checksumming the text
 * (not a re-serialisation) catches any edited byte, including a hand-tweaked value.
 */
export function encodeRipotiFile(report: Report, attachments: Map<string, Uint8Array>, appVersion: string, exportedAt: string): Buffer {
  const body: RipotiFileBody = {
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

const damaged = (why: string) => new RipotiError('invalid-data', `This is not a usable Ripoti draft file: ${why}. Ask for a fresh copy; nothing was imported.`);

export function decodeRipotiFile(bytes: Uint8Array): RipotiFileContents {
  const text = Buffer.from(bytes).toString('utf8');
  const match = /^\{"checksum":"([a-f0-9]{64})","body":([\s\S]*)\}$/.exec(text);
  if (!match?.[1] || match[2] === undefined) throw damaged('it is damaged or not a .ripoti file');
  if (sha256(Buffer.from(match[2])) !== match[1]) throw damaged('its checksum does not match, so it was changed or damaged after export');
  const json = parseJson(match[2]);
  if (!json.ok) throw damaged('its content is not readable');
  const body = json.value as Partial<RipotiFileBody>;
  if (body.format !== RIPOTI_FILE_FORMAT) throw damaged('it is not a Ripoti draft');
  if (typeof body.formatVersion !== 'number' || body.formatVersion > RIPOTI_FILE_VERSION) {
    throw new RipotiError('invalid-data', `This draft file was made by a newer Ripoti (${String(body.appVersion)}). Update Ripoti to import it.`);
  }
  const check = checkReport(body.report);
  if (!check.ok) {
    if (check.reason === 'future') throw new RipotiError('invalid-data', `This draft was saved by a newer Ripoti (${String(body.appVersion)}). Update Ripoti to import it.`);
    throw damaged(`the report inside is not valid (${check.detail})`);
  }
  const attachments = new Map<string, Uint8Array>();
  for (const [id, base64] of Object.entries(body.attachments ?? {})) {
    const data = Buffer.from(base64, 'base64');
    if (sha256(data) !== id) throw damaged('an attachment inside is damaged');
    attachments.set(id, data);
  }
  for (const id of Object.keys(check.report.attachments)) {
    if (!attachments.has(id)) throw damaged('an attachment the report needs is missing');
  }
  return { report: check.report, attachments, appVersion: String(body.appVersion) };
}
