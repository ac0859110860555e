import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';

export interface ExamplePhoto {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * A generated picture standing in for a field photo: sky, hills, sun and a few huts in
 * colours varied by `index`. Real pixels in a real PNG, so export does all its image work.
 */
export function examplePhoto(index: number, width = 640, height = 400): ExamplePhoto {
  const png = new PNG({ width, height });
  const hue = (index * 47) % 360;
  const sky = hsl(hue, 0.55, 0.72);
  const land = hsl((hue + 90) % 360, 0.45, 0.38);
  const sunX = width * (0.2 + ((index * 13) % 60) / 100);
  for (let y = 0; y < height; y++) {
    const horizon = height * 0.62 + Math.sin((y + index * 31) / 40) * 6;
    for (let x = 0; x < width; x++) {
      const hill = height * 0.55 + Math.sin(x / 90 + index) * height * 0.08;
      const offset = (y * width + x) * 4;
      let colour: readonly [number, number, number];
      if (Math.hypot(x - sunX, y - height * 0.22) < height * 0.08) colour = [250, 214, 92];
      else if (y > hill || y > horizon) colour = shade(land, 1 - (y / height) * 0.35);
      else colour = shade(sky, 1.05 - (y / height) * 0.4);
      if (isHut(x, y, width, height, index)) colour = [120, 72, 40];
      png.data[offset] = colour[0];
      png.data[offset + 1] = colour[1];
      png.data[offset + 2] = colour[2];
      png.data[offset + 3] = 255;
    }
  }
  const bytes = new Uint8Array(PNG.sync.write(png));
  return { id: createHash('sha256').update(bytes).digest('hex'), bytes, width, height };
}

function isHut(x: number, y: number, width: number, height: number, index: number): boolean {
  for (let hut = 0; hut < 3; hut++) {
    const centre = width * (0.25 + hut * 0.22) + ((index * 17) % 40);
    const base = height * 0.8;
    const half = width * 0.045;
    if (Math.abs(x - centre) < half && y < base && y > base - height * 0.1) return true;
    if (y <= base - height * 0.1 && y > base - height * 0.1 - (half - Math.abs(x - centre))) return true;
  }
  return false;
}

function shade(colour: readonly [number, number, number], factor: number): [number, number, number] {
  return [Math.min(255, colour[0] * factor), Math.min(255, colour[1] * factor), Math.min(255, colour[2] * factor)];
}

function hsl(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const [r, g, b] =
    hue < 60
      ? [chroma, x, 0]
      : hue < 120
        ? [x, chroma, 0]
        : hue < 180
          ? [0, chroma, x]
          : hue < 240
            ? [0, x, chroma]
            : hue < 300
              ? [x, 0, chroma]
              : [chroma, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}
