import { readdir } from 'node:fs/promises';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { AttachmentStore } from '@/electron/main/services/attachments/attachment-store';
import { sha256 } from '@/electron/main/services/drafts/durable-file';
import { IMAGE_LIMITS } from '@/electron/main/services/export/images/image-limits';
import { MAX_ATTACHMENT_BYTES } from '@/shared/ipc/channels/attachments';
import { lyingPng } from '@/tests/integration/hostile-files/support/hostile-images';
import { tempDataDir } from '../drafts/sample-report';

function jpegPhoto(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([(i / 4) % 256, 120, 200, 255], i);
  return jpeg.encode({ width, height, data }, 80).data;
}

describe('AttachmentStore', () => {
  it('stores the same photo once, by its sha256', async () => {
    const dataDir = await tempDataDir();
    const store = new AttachmentStore(dataDir);
    const bytes = jpegPhoto(40, 30);
    const original = Buffer.from(bytes);
    const first = await store.add({ fileName: 'a.jpg', mediaType: 'image/jpeg', bytes });
    // The photo thread works on a copy: the caller's bytes (a pooled Buffer here) are untouched.
    expect(bytes.equals(original)).toBe(true);
    expect(first.id).toBe(sha256(original));
    const second = await store.add({ fileName: 'copy of a.jpg', mediaType: 'image/jpeg', bytes });
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ width: 40, height: 30, mediaType: 'image/jpeg', byteLength: bytes.length });
    expect(await readdir(path.join(dataDir, 'attachments'))).toEqual([first.id]);
    expect(Buffer.from(await store.read(first.id)).equals(bytes)).toBe(true);
  });

  it('downscales a large photo for the report and keeps the original', async () => {
    const store = new AttachmentStore(await tempDataDir());
    const bytes = jpegPhoto(2400, 1200);
    const added = await store.add({ fileName: 'big.jpg', mediaType: 'image/jpeg', bytes });
    const small = jpeg.decode(await store.readForReport(added.id));
    expect([small.width, small.height]).toEqual([IMAGE_LIMITS.maxEdge, 800]);
    expect(added).toMatchObject({ width: IMAGE_LIMITS.maxEdge, height: 800 });
    expect(Buffer.from(await store.read(added.id)).equals(bytes)).toBe(true);
  });

  it('checks that a photo decodes and that PNGs work too', async () => {
    const store = new AttachmentStore(await tempDataDir());
    const broken = jpegPhoto(50, 50).subarray(0, 200);
    await expect(store.add({ fileName: 'broken.jpg', mediaType: 'image/jpeg', bytes: broken })).rejects.toThrow(
      /"broken\.jpg" cannot be used as a photo: the file is cut short/,
    );
    await expect(
      store.add({ fileName: 'fake.png', mediaType: 'image/png', bytes: Buffer.from('hello') }),
    ).rejects.toMatchObject({ code: 'invalid-data' });
    const png = new PNG({ width: 3, height: 2 });
    png.data.fill(255);
    expect(await store.add({ fileName: 'ok.png', mediaType: 'image/png', bytes: PNG.sync.write(png) })).toMatchObject({
      mediaType: 'image/png',
      width: 3,
      height: 2,
    });
  });

  it('refuses a file over the size cap with a plain message, and keeps documents as they are', async () => {
    const store = new AttachmentStore(await tempDataDir());
    await expect(
      store.add({ fileName: 'huge.pdf', mediaType: 'application/pdf', bytes: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1) }),
    ).rejects.toThrow(/files up to 15\.0 MB can be attached/);
    const pdf = Buffer.from('%PDF-1.4 minutes of the learning festival');
    expect(await store.add({ fileName: 'minutes.pdf', mediaType: 'application/pdf', bytes: pdf })).toMatchObject({
      mediaType: 'application/pdf',
      byteLength: pdf.length,
    });
  });
});

describe('AttachmentStore ids', () => {
  it('refuses an id that is not a sha256, so no path outside attachments/ can be read', async () => {
    const store = new AttachmentStore(await tempDataDir());
    await expect(store.read('../../drafts/x/report.json')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.readForReport('..')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('AttachmentStore refusals and media types', () => {
  it('stores a document whose media type is not a real one (CR/LF included) as application/octet-stream', async () => {
    const store = new AttachmentStore(await tempDataDir());
    const minutes = Buffer.from('%PDF-1.4 minutes');
    expect(
      await store.add({ fileName: 'minutes.pdf', mediaType: 'application/pdf\r\nX-Injected: 1', bytes: minutes }),
    ).toMatchObject({ mediaType: 'application/octet-stream' });
    expect(await store.add({ fileName: 'minutes.pdf', mediaType: 'Application/PDF', bytes: minutes })).toMatchObject({
      mediaType: 'application/pdf',
    });
  });

  it('names the photo and the problem in a refusal, for the interface to say in the officer’s language', async () => {
    const store = new AttachmentStore(await tempDataDir());
    const huge = lyingPng(100_000_000, 100_000_000);
    await expect(store.add({ fileName: 'Mkutano.png', mediaType: 'image/png', bytes: huge })).rejects.toMatchObject({
      code: 'invalid-data',
      message:
        '"Mkutano.png" cannot be used as a photo: it is 100000000 × 100000000 pixels; photos up to 24 million pixels can be used.',
      detail: { kind: 'photo', photo: 'Mkutano.png', problem: 'too-many-pixels' },
    });
    await expect(
      store.add({ fileName: 'not-a-photo.png', mediaType: 'image/png', bytes: Buffer.from('GIF89a') }),
    ).rejects.toMatchObject({ detail: { kind: 'photo', problem: 'not-a-picture' } });
    await expect(store.addKnown(sha256(huge), huge, 'From sync.png', 'image/png')).rejects.toMatchObject({
      detail: { photo: 'From sync.png', problem: 'too-many-pixels' },
    });
  });

  it('hands photos to its photo checker and stores what it answers; a checker refusal names the photo', async () => {
    const dataDir = await tempDataDir();
    const seen: number[] = [];
    const store = new AttachmentStore(dataDir, undefined, (bytes) => {
      seen.push(bytes.length);
      return Promise.resolve({
        ok: false,
        problem: 'too-much-work',
        reason: 'it needs more memory than Ripoti allows for one photo',
      });
    });
    const photo = jpegPhoto(20, 20);
    await expect(store.add({ fileName: 'heavy.jpg', mediaType: 'image/jpeg', bytes: photo })).rejects.toMatchObject({
      detail: { photo: 'heavy.jpg', problem: 'too-much-work' },
    });
    expect(seen).toEqual([photo.length]);
    await expect(readdir(path.join(dataDir, 'attachments'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
