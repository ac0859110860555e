import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../../../../electron/main/services/drafts/durable-file';
import { decodeRipotiFile, encodeRipotiFile } from '../../../../../../electron/main/services/drafts/ripoti-file';
import { sampleReport } from './sample-report';

const photo = Buffer.from('not really a photo, but bytes');
const photoId = sha256(photo);

function reportWithPhoto() {
  const report = sampleReport();
  return { ...report, attachments: { [photoId]: { id: photoId, fileName: 'class.jpg', mediaType: 'image/jpeg', byteLength: photo.length, addedAt: report.createdAt } } };
}

describe('.ripoti draft files', () => {
  it('round-trips the report and its attachments with the app version', () => {
    const report = reportWithPhoto();
    const decoded = decodeRipotiFile(encodeRipotiFile(report, new Map([[photoId, photo]]), '1.2.3', '2026-11-23T10:00:00.000Z'));
    expect(decoded.report).toEqual(report);
    expect(Buffer.from(decoded.attachments.get(photoId) ?? []).equals(photo)).toBe(true);
    expect(decoded.appVersion).toBe('1.2.3');
  });

  it('refuses a file damaged after it was saved (one changed character), promising no more than damage detection', () => {
    const file = encodeRipotiFile(sampleReport('Nakuru'), new Map(), '1.0.0', '2026-11-23T10:00:00.000Z').toString('utf8');
    expect(() => decodeRipotiFile(Buffer.from(file.replace('Nakuru', 'Nakurv')))).toThrow(/damaged after it was saved \(its checksum does not match\)/);
  });

  it('refuses a truncated or foreign file', () => {
    const file = encodeRipotiFile(sampleReport(), new Map(), '1.0.0', '2026-11-23T10:00:00.000Z');
    expect(() => decodeRipotiFile(file.subarray(0, file.length - 10))).toThrow(/not a usable Ripoti draft file/);
    expect(() => decodeRipotiFile(Buffer.from('PK\u0003\u0004 a zip'))).toThrow(/not a usable Ripoti draft file/);
  });

  it('refuses a file whose report needs an attachment it does not carry', () => {
    expect(() => decodeRipotiFile(encodeRipotiFile(reportWithPhoto(), new Map(), '1.0.0', '2026-11-23T10:00:00.000Z'))).toThrow(/attachment the report needs is missing/);
  });
});
