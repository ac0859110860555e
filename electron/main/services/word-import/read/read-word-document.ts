import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from '../package/package-limits';
import type { WordFileProblem } from '@/shared/word-import/word-file-problem';
import { isWordFileRefusal, WordFileRefusal } from '../package/word-file-refusal';
import { WordPackage } from '../package/word-package';
import { readMammothTree } from './mammoth-tree';
import { treeToBlocks } from './tree-to-blocks';
import type { WordDocument } from './word-blocks';

/**
 * Reads any .docx (Word, LibreOffice, Google Docs, python-docx, Ripoti's own export) into
 * blocks, with mammoth as the reader and our package guard under it. Word's clutter goes on
 * the way: split runs are joined, bookmarks are noted, field codes give their shown result,
 * smart tags and content controls are unwrapped, comments are left out, and tracked changes
 * are taken as accepted (mammoth keeps insertions and drops deletions); we count both so the
 * officer is told.
 */
export async function readWordDocument(
  bytes: Uint8Array,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): Promise<WordDocument> {
  const wordPackage = WordPackage.open(bytes, limits);
  const mainPath = wordPackage.mainDocumentPath();
  const mainXml = wordPackage.readText(mainPath);
  let tree;
  try {
    tree = await readMammothTree(wordPackage);
  } catch (error) {
    if (error instanceof WordFileRefusal) throw error;
    // A runaway recursion on absurdly nested XML surfaces as a RangeError from the reader.
    if (error instanceof RangeError)
      throw new WordFileRefusal('too-complex', 'The document is nested too deeply to be read safely.', {
        cause: error,
      });
    throw new WordFileRefusal(
      'damaged',
      `The document could not be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return {
    blocks: treeToBlocks(tree.children),
    properties: wordPackage.exists('docProps/custom.xml')
      ? customProperties(wordPackage.readText('docProps/custom.xml'))
      : {},
    trackedChanges: count(mainXml, /<w:(?:ins|del|moveFrom|moveTo)[\s>]/g),
    comments: count(mainXml, /<w:commentReference[\s/>]/g),
  };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** docProps/custom.xml: `<property name="…"><vt:lpwstr>value</vt:lpwstr></property>`. */
function customProperties(xml: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const match of xml.matchAll(
    /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:[a-z0-9]+>([^<]*)<\/vt:[a-z0-9]+>/gi,
  )) {
    const [, name, value] = match;
    if (name !== undefined && value !== undefined) properties[decode(name)] = decode(value);
  }
  return properties;
}

function decode(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, digits: string) =>
      String.fromCodePoint(parseInt(digits, hex ? 16 : 10)),
    );
}

/** A Word file Ripoti will not read, as both import screens answer it: the problem named for the officer's language. */
export interface RefusedWordFile {
  readonly status: 'refused';
  readonly problem: WordFileProblem;
  readonly message: string;
}

/**
 * The document, or the refusal both Import from Word and the questionnaires' answers show.
 * Any other failure is a fault of Ripoti and is thrown.
 */
export async function readWordDocumentOrRefusal(
  bytes: Uint8Array,
): Promise<{ readonly document: WordDocument } | { readonly refused: RefusedWordFile }> {
  try {
    return { document: await readWordDocument(bytes) };
  } catch (error) {
    if (isWordFileRefusal(error))
      return { refused: { status: 'refused', problem: error.problem, message: error.message } };
    throw error;
  }
}
