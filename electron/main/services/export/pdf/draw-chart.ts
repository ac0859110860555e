import { measuresChart, type MeasuresChartInput } from '@/shared/charts/measures-chart';
import type { PictureItem } from '@/shared/pages/page-model';
import type { PdfFonts } from './pdf-fonts';

/**
 * A measures chart drawn as vectors into the picture's box: the same shapes the SVG holds,
 * scaled from the chart's pixels to the box, its words in the embedded font.
 */
export function drawChart(doc: PDFKit.PDFDocument, fonts: PdfFonts, input: MeasuresChartInput, box: PictureItem): void {
  const drawing = measuresChart(input);
  const scale = box.width / drawing.width;
  doc.save();
  doc.translate(box.x, box.y).scale(scale);
  for (const shape of drawing.shapes) {
    switch (shape.kind) {
      case 'rect':
        doc.rect(shape.x, shape.y, shape.width, shape.height);
        if (shape.stroke) {
          doc.lineWidth(1.5);
          if (shape.dash) doc.dash(4, { space: 2 });
          doc.fillAndStroke(shape.fill, shape.stroke);
          doc.undash();
        } else doc.fill(shape.fill);
        break;
      case 'line':
        doc.moveTo(shape.x1, shape.y1).lineTo(shape.x2, shape.y2).lineWidth(shape.width).stroke(shape.stroke);
        break;
      case 'text': {
        fonts.use(shape.bold === true, false);
        doc.fontSize(shape.size);
        const width = fonts.widthOf(shape.text);
        const x = shape.anchor === 'end' ? shape.x - width : shape.anchor === 'middle' ? shape.x - width / 2 : shape.x;
        doc.fillColor(shape.fill).text(shape.text, x, shape.y, { lineBreak: false, baseline: 'alphabetic' });
        break;
      }
    }
  }
  doc.restore();
}
