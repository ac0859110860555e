import { faceOf, reportFont, type FontFace } from '../fonts/report-fonts';
import { withoutShaping } from './unshaped-font';

const unshaped = new Map<FontFace, Buffer>();

/**
 * The report's four faces registered in a PDF document (embedded as subsets of the glyphs
 * used), and text set without kerning or ligatures: advances alone, as the page layout
 * measured every line.
 */
export class PdfFonts {
  private current: FontFace | undefined;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) doc.registerFont(face, fontOf(face));
  }

  use(bold: boolean, italic: boolean): void {
    const face = faceOf(bold, italic);
    if (face !== this.current) this.doc.font(face);
    this.current = face;
  }

  widthOf(text: string): number {
    return this.doc.widthOfString(text);
  }
}

function fontOf(face: FontFace): Buffer {
  let font = unshaped.get(face);
  if (!font) {
    const bytes = withoutShaping(reportFont(face));
    font = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    unshaped.set(face, font);
  }
  return font;
}
