import { z } from 'zod';
import { diffFrameworks, type FrameworkChanges } from './diff';
import { FRAMEWORK_FORMAT, FRAMEWORK_FORMAT_VERSION, frameworkSchema, type Framework } from './schema';
import { NATIONAL_OFFICE_PUBLISHER } from './source';

/** Why a new version of the questions is not taken; the renderer words each code in the officer's language. */
export type FrameworkRefusalCode =
  | 'unreadable'
  | 'not-json'
  | 'not-a-framework'
  | 'newer-format'
  | 'malformed'
  | 'unknown-publisher'
  | 'other-framework'
  | 'older-version'
  | 'already-in-use'
  | 'same-version-other-text'
  | 'would-lose-text';

export interface FrameworkRefusal {
  readonly code: FrameworkRefusalCode;
  /** Plain English for the CLI and logs; the interface words the code and params itself. */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type FrameworkCandidate =
  | { readonly ok: true; readonly framework: Framework; readonly changes: FrameworkChanges }
  | { readonly ok: false; readonly refusal: FrameworkRefusal };

/** Bigger than any plausible framework file (the bundled one is about 60 kB); a bigger file is refused before parsing. */
export const MAX_FRAMEWORK_BYTES = 2_000_000;

const refusal = (
  code: FrameworkRefusalCode,
  message: string,
  params: Record<string, string | number> = {},
): FrameworkRefusal => ({ code, message, params });
const refuse = (...args: Parameters<typeof refusal>): FrameworkCandidate => ({ ok: false, refusal: refusal(...args) });

/** JSON text from a file the officer chose: too big or not JSON is refused before anything else reads it. */
export function parseFrameworkText(
  text: string,
): { ok: true; value: unknown } | { ok: false; refusal: FrameworkRefusal } {
  if (text.length > MAX_FRAMEWORK_BYTES)
    return {
      ok: false,
      refusal: refusal('not-a-framework', 'This file is far too big to be a Ripoti questions file.'),
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, refusal: refusal('not-json', 'This file is not a Ripoti questions file: it is not JSON.') };
  }
}

const envelopeSchema = z.object({ format: z.literal(FRAMEWORK_FORMAT), formatVersion: z.number().int().min(1) });

/**
 * Decides whether `raw` (a file the officer chose, or the county server's document) may
 * replace the questions in use: it must be a framework file of a layout this version reads,
 * valid, from the national office, for the same framework, and newer than what is in use. The
 * check that no draft would lose text runs in main, where the drafts are (wouldLoseText).
 */
export function checkCandidate(raw: unknown, current: Framework): FrameworkCandidate {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success)
    return refuse(
      'not-a-framework',
      'This file is not a Ripoti questions file (it does not say "format": "ripoti-framework").',
    );
  if (envelope.data.formatVersion > FRAMEWORK_FORMAT_VERSION) {
    return refuse(
      'newer-format',
      `These questions are written for a newer Ripoti (file layout ${envelope.data.formatVersion}; this version reads ${FRAMEWORK_FORMAT_VERSION}). Update Ripoti first.`,
      {
        formatVersion: envelope.data.formatVersion,
      },
    );
  }
  const parsed = frameworkSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`);
    return refuse(
      'malformed',
      `This questions file is damaged or incomplete, so nothing was changed: ${issues.join('; ')}.`,
      { count: parsed.error.issues.length, first: issues[0] ?? '' },
    );
  }
  const framework = parsed.data;
  if (framework.publisher.id !== NATIONAL_OFFICE_PUBLISHER) {
    return refuse(
      'unknown-publisher',
      `These questions were not published by the national office (publisher "${framework.publisher.id}"), so Ripoti does not take them.`,
      { publisher: framework.publisher.id },
    );
  }
  if (framework.id !== current.id) {
    return refuse(
      'other-framework',
      `These are the questions of another framework ("${framework.id}"); this app's reports answer "${current.id}".`,
      { id: framework.id },
    );
  }
  if (current.replaces.includes(framework.version)) {
    return refuse(
      'older-version',
      `Version ${framework.version} is older than the questions in use (${current.version}), which replace it.`,
      { version: framework.version, current: current.version },
    );
  }
  if (framework.version === current.version) {
    const same = JSON.stringify(stripComment(framework)) === JSON.stringify(stripComment(current));
    return same
      ? refuse('already-in-use', `Version ${framework.version} is already the questions in use.`, {
          version: framework.version,
        })
      : refuse(
          'same-version-other-text',
          `This file says it is version ${framework.version}, the version in use, but its questions differ. The national office must give every change a new version.`,
          { version: framework.version },
        );
  }
  return { ok: true, framework, changes: diffFrameworks(current, framework) };
}

function stripComment(framework: Framework): Omit<Framework, '$comment'> {
  const { $comment: _comment, ...rest } = framework;
  return rest;
}
