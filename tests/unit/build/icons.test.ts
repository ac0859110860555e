import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';

/** The committed icons are what build/generate-icons.mjs renders from icon.svg: real PNGs of the sizes their containers claim. */
const buildDir = path.resolve(import.meta.dirname, '../../../build');

interface Containers {
  encodeIco(images: Array<{ size: number; png: Buffer }>): Buffer;
  encodeIcns(images: Array<{ size: number; png: Buffer }>): Buffer;
}
let containers: Containers;

beforeAll(async () => {
  containers = (await import(pathToFileURL(path.join(buildDir, 'icon-containers.mjs')).href)) as Containers;
});

function pngSize(png: Buffer): { width: number; height: number } {
  const { width, height } = PNG.sync.read(png);
  return { width, height };
}

/** Reads an .ico back: every directory entry points at a PNG of the size it declares. */
function readIco(ico: Buffer): Array<{ declared: number; png: Buffer }> {
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const declared = ico.readUInt8(entry) || 256;
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    return { declared, png };
  });
}

function readIcns(icns: Buffer): Array<{ type: string; png: Buffer }> {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const elements: Array<{ type: string; png: Buffer }> = [];
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4))
    elements.push({
      type: icns.toString('ascii', at, at + 4),
      png: icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)),
    });
  return elements;
}

describe('generated icons', () => {
  it('icon.png is 512 px and Linux gets one PNG per size', async () => {
    expect(pngSize(await readFile(path.join(buildDir, 'icon.png')))).toEqual({ width: 512, height: 512 });
    const files = (await readdir(path.join(buildDir, 'icons'))).sort();
    expect(files).toContain('256x256.png');
    for (const file of files) {
      const size = Number(file.split('x')[0]);
      expect(pngSize(await readFile(path.join(buildDir, 'icons', file)))).toEqual({ width: size, height: size });
    }
  });

  it('icon.ico holds PNGs up to 256 px, each the size its entry declares', async () => {
    const images = readIco(await readFile(path.join(buildDir, 'icon.ico')));
    expect(images.map((image) => image.declared)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const image of images) expect(pngSize(image.png)).toEqual({ width: image.declared, height: image.declared });
  });

  it('icon.icns holds PNGs from 16 to 1024 px in their macOS slots', async () => {
    const elements = readIcns(await readFile(path.join(buildDir, 'icon.icns')));
    const slots: Record<string, number> = { icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024 };
    expect(elements.map((element) => element.type)).toEqual(Object.keys(slots));
    for (const element of elements) expect(pngSize(element.png).width).toBe(slots[element.type]);
  });
});

describe('icon containers', () => {
  const png = (size: number) => PNG.sync.write(new PNG({ width: size, height: size }));

  it('round-trip through the readers above', () => {
    const images = [16, 256].map((size) => ({ size, png: png(size) }));
    expect(readIco(containers.encodeIco(images)).map((image) => [image.declared, pngSize(image.png).width])).toEqual([
      [16, 16],
      [256, 256],
    ]);
    expect(readIcns(containers.encodeIcns(images)).map((element) => element.type)).toEqual(['icp4', 'ic08']);
  });

  it('refuses a size macOS has no PNG slot for', () => {
    expect(() => containers.encodeIcns([{ size: 24, png: png(24) }])).toThrow(/24px/);
  });
});
