import { rename, rm, writeFile } from 'node:fs/promises';
import { RipotiError } from '../../../../shared/errors';

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
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new RipotiError('disk-full', `The disk is full: the report could not be saved to ${filePath}.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new RipotiError('permission-denied', `Ripoti may not write to ${filePath}. Choose another folder.`);
    if (code === 'EBUSY') throw new RipotiError('io', `${filePath} is open in another program. Close it and export again.`);
    throw new RipotiError('io', `The report could not be saved to ${filePath}: ${(error as Error).message}`);
  }
}

/** "Kilifi-progress-report-draft-2026-11-23.docx": safe on Windows, macOS and Linux. */
export function suggestedFileName(county: string, mode: 'draft' | 'final', date: string): string {
  const place = county.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'learning-city';
  return `${place}-progress-report-${mode}-${date}.docx`;
}
