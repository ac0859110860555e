import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbers } from 'docx/layout';

/**
 * The estimator that writes the table of contents' page numbers and "Page X of Y" into the
 * file, by laying the pages out as Word does (Word and LibreOffice leave them blank otherwise).
 *
 * Only the layout function is passed on, not its `listNumbers` companion: our headings carry
 * their framework number in their text, not as Word list numbering, and working out list
 * numbers reads the whole document a second time (about a tenth of the export's time).
 * The layout itself is sped up by patches/docx+*.patch, without changing one page number (its
 * estimates are identical): font measures and each word's measures kept for the document being
 * laid out, regular expressions built once rather than per character, a run's text split into
 * spans in one pass rather than a copy per character, a line's state copied once per word rather
 * than four times, and a page's guesses grouped once rather than looked up across every page.
 */
export function pageNumberEstimator(): PageNumberEstimator {
  return (body, context) => estimatePageNumbers(body, context);
}
