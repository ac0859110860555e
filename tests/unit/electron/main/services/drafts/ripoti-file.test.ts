import { describe, expect, it } from 'vitest';
import { sha256 } from '@/electron/main/services/drafts/durable-file';
import { decodeRipotiFile, encodeRipotiFile } from '@/electron/main/services/drafts/ripoti-file';
import { RipotiError } from '@/shared/errors';
import { MAX_ATTACHMENT_BYTES } from '@/shared/ipc/channels/attachments';
import { bodyOf, withRecomputedChecksum } from '@/tests/integration/hostile-files/support/ripoti-builders';
import { sampleReport } from './sample-report';

const photo = Buffer.from('not really a photo, but bytes');
const photoId = sha256(photo);

function reportWithPhoto() {
  const report = sampleReport();
  return {
    ...report,
    attachments: {
      [photoId]: {
        id: photoId,
        fileName: 'class.jpg',
        mediaType: 'image/jpeg',
        byteLength: photo.length,
        addedAt: report.createdAt,
      },
    },
  };
}

describe('.ripoti draft files', () => {
  it('round-trips the report and its attachments with the app version', () => {
    const report = reportWithPhoto();
    const decoded = decodeRipotiFile(
      encodeRipotiFile(report, new Map([[photoId, photo]]), '1.2.3', '2026-11-23T10:00:00.000Z'),
    );
    expect(decoded.report).toEqual(report);
    expect(Buffer.from(decoded.attachments.get(photoId) ?? []).equals(photo)).toBe(true);
    expect(decoded.appVersion).toBe('1.2.3');
  });

  it('refuses a file damaged after it was saved (one changed character), promising no more than damage detection', () => {
    const file = encodeRipotiFile(sampleReport('Nakuru'), new Map(), '1.0.0', '2026-11-23T10:00:00.000Z').toString(
      'utf8',
    );
    expect(() => decodeRipotiFile(Buffer.from(file.replace('Nakuru', 'Nakurv')))).toThrow(
      /damaged after it was saved \(its checksum does not match\)/,
    );
  });

  it('refuses a truncated or foreign file', () => {
    const file = encodeRipotiFile(sampleReport(), new Map(), '1.0.0', '2026-11-23T10:00:00.000Z');
    expect(() => decodeRipotiFile(file.subarray(0, file.length - 10))).toThrow(/not a usable Ripoti draft file/);
    expect(() => decodeRipotiFile(Buffer.from('PK\u0003\u0004 a zip'))).toThrow(/not a usable Ripoti draft file/);
  });

  it('refuses a file whose report needs an attachment it does not carry', () => {
    expect(() =>
      decodeRipotiFile(encodeRipotiFile(reportWithPhoto(), new Map(), '1.0.0', '2026-11-23T10:00:00.000Z')),
    ).toThrow(/attachment the report needs is missing/);
  });
});

describe('.ripoti files: the whole body is checked before anything reads it', () => {
  const exported = () =>
    encodeRipotiFile(reportWithPhoto(), new Map([[photoId, photo]]), '1.0.0', '2026-11-23T10:00:00.000Z');
  const edited = (edit: (body: string) => string) => withRecomputedChecksum(edit(bodyOf(exported())));
  const refusal = (bytes: Uint8Array) => {
    try {
      decodeRipotiFile(bytes);
    } catch (error) {
      return error as RipotiError;
    }
    throw new Error('the file was accepted');
  };

  it('refuses attachment values that are not strict base64 of an attachment’s size', () => {
    const base64 = photo.toString('base64');
    expect(refusal(edited((body) => body.replace(`"${base64}"`, '{"length":1e9}')))).toMatchObject({
      detail: { kind: 'draft-file', problem: 'not-well-formed' },
    });
    expect(refusal(edited((body) => body.replace(`"${base64}"`, '"not base64!"'))).message).toMatch(/not base64/);
    expect(
      refusal(
        edited((body) => body.replace(`"${base64}"`, `"${'A'.repeat(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4)}"`)),
      ).message,
    ).toMatch(/attachments\.[a-f0-9]{64}: Too big/);
  });

  it('refuses an attachment record whose key is not its id, a media type with CR/LF, and a byte length that lies', () => {
    const other = 'f'.repeat(64);
    expect(refusal(edited((body) => body.replace(`"id":"${photoId}"`, `"id":"${other}"`))).message).toMatch(
      /not described correctly/,
    );
    expect(refusal(edited((body) => body.replace('"image/jpeg"', '"image/jpeg\\r\\nX-Injected: 1"'))).message).toMatch(
      /not described correctly/,
    );
    expect(refusal(edited((body) => body.replace(`"byteLength":${photo.length}`, '"byteLength":1'))).message).toMatch(
      /attachment inside is damaged/,
    );
  });

  it('refuses keys the format does not have, and says "newer Ripoti" for a newer format', () => {
    expect(refusal(edited((body) => body.replace('"format":', '"surprise":1,"format":'))).message).toMatch(/surprise/);
    expect(refusal(edited((body) => body.replace('"formatVersion":1', '"formatVersion":2')))).toMatchObject({
      message: expect.stringMatching(/newer Ripoti \(1\.0\.0\)/) as string,
      detail: { problem: 'too-new' },
    });
  });

  it('refuses deep nesting before JSON.parse, with a plain message rather than a RangeError', () => {
    const deep = refusal(
      edited((body) =>
        body.replace('"appVersion":"1.0.0"', `"appVersion":${'['.repeat(200_000)}${']'.repeat(200_000)}`),
      ),
    );
    expect(deep).toBeInstanceOf(RipotiError);
    expect(deep).toMatchObject({
      message: expect.stringMatching(/nests deeper than 32 levels/) as string,
      detail: { problem: 'not-well-formed' },
    });
  });

  it('is damage detection, not tamper evidence: an edit with a recomputed checksum imports, and no message claims otherwise', () => {
    const tampered = edited((body) => body.replace('Kisumu learning city report', 'Someone else’s report'));
    expect(decodeRipotiFile(tampered).report.title).toBe('Someone else’s report');
    const damaged = refusal(Buffer.from(exported().toString('utf8').replace('Kisumu', 'Kisumv')));
    expect(damaged.message).toMatch(/damaged after it was saved \(its checksum does not match\)/);
    expect(damaged.message).not.toMatch(/changed|tamper/);
  });
});
