import { CHART_FONT_FAMILY, type ChartDrawing, type ChartShape } from './chart-drawing';

/**
 * A chart drawing as a standalone SVG document: what the form shows, the tests compare, and
 * resvg rasterises for Word. Every text is escaped; nothing in it refers outside itself.
 */
export function chartSvg(drawing: ChartDrawing): string {
  const shapes = drawing.shapes.map(shapeSvg).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}" role="img" aria-label="${escapeXml(drawing.alt)}">` +
    `<title>${escapeXml(drawing.alt)}</title>` +
    `<rect x="0" y="0" width="${drawing.width}" height="${drawing.height}" fill="#FFFFFF"/>` +
    `<g font-family="${escapeXml(CHART_FONT_FAMILY)}">${shapes}</g></svg>`
  );
}

function shapeSvg(shape: ChartShape): string {
  switch (shape.kind) {
    case 'rect': {
      const stroke = shape.stroke
        ? ` stroke="${shape.stroke}" stroke-width="1.5"${shape.dash ? ' stroke-dasharray="4 2"' : ''}`
        : '';
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"${stroke}/>`;
    }
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.width)}"/>`;
    case 'text': {
      const weight = shape.bold ? ' font-weight="bold"' : '';
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}" text-anchor="${shape.anchor}" fill="${shape.fill}"${weight}>${escapeXml(shape.text)}</text>`;
    }
  }
}

/** Two decimals at most: the same drawing always gives the same text. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Text safe inside SVG: markup characters as references; characters XML forbids (controls, U+FFFE/FFFF) left out. */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
    .replace(/[\p{Cc}\uFFFE\uFFFF]/gu, (character) => (character === '\t' || character === '\n' ? character : ''));
}
