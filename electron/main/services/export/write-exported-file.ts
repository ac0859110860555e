import { rename, rm, writeFile } from 'node:fs/promises';
import { fileError } from '../file-error';

/** The officer chose the place: another folder or disk is the way out. */
const EXPORT_ADVICE = {
  'disk-full': 'Free some space or choose another disk.',
  'permission-denied': 'Choose another folder.',
} as const;

/**
 * Writes the .docx next to its final name and renames it into place, so a full disk or a
 * crash never leaves half a document where the officer expects the report (and a copy
 * already open in Word is replaced whole or not at all).
 */
export async function writeExportedFile(filePath: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${filePath}.${process.pid}.part`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw fileError(error, { doing: 'save', what: `the report ${filePath}`, advice: EXPORT_ADVICE });
  }
}

/** "Kilifi-progress-report-draft-2026-11-23.docx": safe on Windows, macOS and Linux. */
export function suggestedFileName(county: string, mode: 'draft' | 'final', date: string, extension = 'docx'): string {
  const place =
    county
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'learning-city';
  return `${place}-progress-report-${mode}-${date}.${extension}`;
}
