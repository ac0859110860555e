import mammoth from 'mammoth';
import type { WordPackage } from '../package/word-package';

/**
 * The part of mammoth's document model we read (lib/documents.js of mammoth 1.13): the
 * elements it builds from a .docx before it writes any HTML. mammoth's published types stop
 * at the HTML string, so the shapes are declared here, once.
 */
export type MammothElement =
  | { readonly type: 'document'; readonly children: readonly MammothElement[] }
  | {
      readonly type: 'paragraph';
      readonly children: readonly MammothElement[];
      readonly styleId: string | null;
      readonly styleName: string | null;
      readonly numbering: { readonly level: string | number; readonly isOrdered: boolean } | null;
    }
  | {
      readonly type: 'run';
      readonly children: readonly MammothElement[];
      readonly styleName: string | null;
      readonly isBold: boolean;
    }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'tab' }
  | { readonly type: 'break'; readonly breakType: 'line' | 'page' | 'column' }
  | { readonly type: 'checkbox'; readonly checked: boolean }
  | { readonly type: 'hyperlink'; readonly children: readonly MammothElement[] }
  | { readonly type: 'bookmarkStart'; readonly name: string }
  | {
      readonly type: 'image';
      readonly contentType: string | undefined;
      readonly altText: string | undefined;
      readonly read: (encoding?: string) => Promise<Uint8Array | string>;
    }
  | { readonly type: 'table'; readonly children: readonly MammothElement[] }
  | { readonly type: 'tableRow'; readonly children: readonly MammothElement[]; readonly isHeader: boolean }
  | { readonly type: 'tableCell'; readonly children: readonly MammothElement[]; readonly colSpan: number }
  | { readonly type: 'noteReference' | 'commentReference' | 'note' | 'comment' };

export type MammothDocument = Extract<MammothElement, { type: 'document' }>;

/**
 * Reads a package into mammoth's document tree. The package is handed over as mammoth's
 * internal "file" input (what its unzip step produces), so every part mammoth asks for goes
 * through our limits; the HTML step is skipped by giving it an empty document to write.
 * External files (images linked by path) are never read, and mammoth has no network access.
 */
export async function readMammothTree(wordPackage: WordPackage): Promise<MammothDocument> {
  let captured: MammothDocument | undefined;
  const input = {
    file: {
      exists: (name: string) => wordPackage.exists(name),
      read: (name: string, encoding?: string) => wordPackage.read(name, encoding),
    },
  };
  await mammoth.convertToHtml(input as unknown as { buffer: Buffer }, {
    externalFileAccess: false,
    includeEmbeddedStyleMap: false,
    includeDefaultStyleMap: false,
    transformDocument: (document: MammothDocument) => {
      captured = document;
      return { ...document, children: [] };
    },
  });
  if (!captured) throw new Error('mammoth returned no document');
  return captured;
}
