import { AlignmentType, ImageRun, Paragraph, SimpleField, TextRun } from 'docx';
import type { PreparedImage } from '../images/prepare-image';
import { sanitizeLine } from '../sanitize-text';

export interface FigureOptions {
  /** The report language's colon after the number (French writes " : "). */
  readonly colon?: string;
  /** Alt text when it says more than the caption (a chart states its numbers). */
  readonly description?: string;
}

/** Tallest a photo may be on the page, in pixels at 96 dpi (about 10 cm), so two fit a page. */
const MAX_HEIGHT = 380;

/**
 * A photo scaled to the text width and its numbered caption ("Figure 3: …", with the report
 * language's colon). The number is
 * a SEQ field, so Word renumbers the figures if the officer moves or deletes one; we write its
 * value too, so every reader shows it even where no page layout was estimated.
 */
export function figure(
  image: PreparedImage,
  caption: string,
  figureLabel: string,
  maxWidth: number,
  number: number,
  options: FigureOptions = {},
): Paragraph[] {
  const colon = options.colon ?? ': ';
  const description = options.description;
  const scale = Math.min(1, maxWidth / image.width, MAX_HEIGHT / image.height);
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const text = sanitizeLine(caption);
  const alt = description === undefined ? text : sanitizeLine(description);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [
        new ImageRun({
          type: image.kind,
          data: image.data,
          transformation: { width, height },
          altText: { name: text || figureLabel, description: alt, title: text },
        }),
      ],
    }),
    new Paragraph({
      style: 'Caption',
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun(`${figureLabel} `),
        new SimpleField('SEQ Figure \\* ARABIC', String(number)),
        new TextRun(text ? `${colon}${text}` : ''),
      ],
    }),
  ];
}
