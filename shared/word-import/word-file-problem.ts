/**
 * Why a Word file was refused before anything was read into a report. Each has a sentence in
 * the officer's language (`wordImport.problem.<code>`); main adds its own English sentence with
 * the particulars (the part's name, its size).
 */
export const WORD_FILE_PROBLEMS = [
  /** Bigger than any report Ripoti accepts. */
  'file-too-large',
  /** Not a zip at all: a renamed file, a PDF, random bytes. */
  'not-a-zip',
  /** A Word 97–2003 .doc, or a password-protected .docx (both are OLE compound files). */
  'old-word-format',
  /** An OpenDocument text (.odt) with a .docx name. */
  'open-document',
  /** Encrypted zip entries. */
  'encrypted',
  /** Unpacks to far more than its size, or declares parts larger than any document has. */
  'zip-bomb',
  /** A DTD or entity declaration in an XML part: never in a real .docx, the "billion laughs" attack. */
  'xml-declarations',
  /** The zip has no main document part (word/document.xml or what _rels/.rels names). */
  'no-document',
  /** The zip or an XML part is damaged: lying sizes, cut short, malformed XML. */
  'damaged',
  /** Nested too deeply or too many parts to read safely. */
  'too-complex',
] as const;
export type WordFileProblem = (typeof WORD_FILE_PROBLEMS)[number];

/** Largest .docx accepted: Ripoti's own exports with 100 photos stay far below it. */
export const MAX_WORD_FILE_BYTES = 60 * 1024 * 1024;
