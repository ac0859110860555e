import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Converts a .docx to PDF with the real LibreOffice, in its own profile so runs never collide. */
export async function renderPdf(docxPath: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-ripoti-'));
  try {
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        path.dirname(docxPath),
        docxPath,
      ],
      { timeout: 240_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return docxPath.replace(/\.docx$/, '.pdf');
}

/** The text of each page, as pdftotext lays it out (pages are separated by form feeds). */
export async function pdfPages(pdfPath: string, layout = true): Promise<string[]> {
  const { stdout } = await run('pdftotext', [...(layout ? ['-layout'] : []), pdfPath, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

/**
 * Whitespace collapsed and hyphens dropped, so text wrapped differently by the renderer still
 * compares equal (pdftotext drops the hyphen of "learning-city" when the line breaks there).
 */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/-\s?/g, '');
}

/** A page's text without its running header and "Page X of Y" footer, so paragraphs continue across pages. */
export function bodyOf(page: string, header: string): string {
  return page
    .replace(header, ' ')
    .replace(/Page \d+ of \d+/, ' ')
    .replace('DRAFT — not for submission', ' ');
}
