import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { DraftFolder, KEPT_VERSIONS, type LoadedDraft } from './draft-folder';
import { syncDirectory, TEMP_MARK } from './durable-file';
import type { RecoveryNotice } from './recovery-notice';

export interface RecoveryResult {
  readonly drafts: Map<string, LoadedDraft>;
  readonly notices: RecoveryNotice[];
}

const notice = (partial: Partial<RecoveryNotice> & Pick<RecoveryNotice, 'kind' | 'message'>): RecoveryNotice => ({
  reportId: null,
  title: null,
  restoredFrom: null,
  movedTo: null,
  ...partial,
});

async function removeStaleTempFiles(directory: string): Promise<void> {
  for (const name of await readdir(directory)) {
    if (name.includes(TEMP_MARK))
      await rm(path.join(directory, name), { force: true, recursive: true }).catch(() => undefined);
  }
}

/** Moves something damaged aside (never deletes it); returns where it went, or null if it could not move. */
async function quarantine(dataDir: string, source: string, name: string): Promise<string | null> {
  try {
    const folder = path.join(dataDir, 'quarantine');
    await mkdir(folder, { recursive: true });
    const target = path.join(folder, name);
    await rename(source, target);
    await syncDirectory(folder);
    return target;
  } catch {
    return null;
  }
}

/** Opens one draft folder, falling back to its newest good earlier version if the latest is damaged. */
async function recoverOne(dataDir: string, id: string, stamp: string, result: RecoveryResult): Promise<void> {
  const folder = new DraftFolder(path.join(dataDir, 'drafts', id));
  await removeStaleTempFiles(folder.directory).catch(() => undefined);
  const latest = await folder.load();
  // A crash while creating a report leaves an empty folder: that save was never acknowledged.
  if (
    'failed' in latest &&
    (await rmdir(folder.directory).then(
      () => true,
      () => false,
    ))
  )
    return;
  if (!('failed' in latest)) {
    result.drafts.set(id, latest);
    return;
  }
  if (latest.failed.reason === 'future') {
    result.notices.push(
      notice({
        kind: 'too-new',
        reportId: id,
        message: `Report ${id} was saved by a newer version of Ripoti. Update Ripoti to open it; it has been left untouched.`,
      }),
    );
    return;
  }
  for (let n = 1; n <= KEPT_VERSIONS; n += 1) {
    const older = await folder.load(folder.versionFile(n));
    if ('failed' in older) continue;
    const movedTo = await quarantine(dataDir, folder.baseFile, `${id}-${stamp}-report.json`);
    // The journal's later records belong to the damaged base; keep them for a manual rescue.
    await quarantine(dataDir, folder.journalFile, `${id}-${stamp}-journal.log`);
    try {
      await folder.writeBase(older.report, older.seq + 1);
    } catch {
      // Read-only disk: still open the good version from memory; the damaged file stays put.
    }
    result.drafts.set(id, { ...older, seq: older.seq + 1 });
    result.notices.push(
      notice({
        kind: 'restored-older',
        reportId: id,
        title: older.report.title,
        restoredFrom: older.report.updatedAt,
        movedTo,
        message: `"${older.report.title}" was damaged (${latest.failed.detail}). Ripoti opened the version saved at ${older.report.updatedAt}; the damaged file was moved to ${movedTo ?? 'nowhere (the disk is read-only)'}.`,
      }),
    );
    return;
  }
  const movedTo = await quarantine(dataDir, folder.directory, `${id}-${stamp}`);
  result.notices.push(
    notice({
      kind: 'quarantined',
      reportId: id,
      movedTo,
      message: `Report ${id} could not be opened (${latest.failed.detail}) and no good earlier version was found. It was moved to ${movedTo ?? 'nowhere (it was left in place)'}; nothing was deleted.`,
    }),
  );
}

/** Start-up recovery: clean stale temp files, validate every draft, quarantine what is damaged. */
export async function recoverDrafts(dataDir: string, stamp: string): Promise<RecoveryResult> {
  const result: RecoveryResult = { drafts: new Map(), notices: [] };
  const draftsDir = path.join(dataDir, 'drafts');
  let entries;
  try {
    // A just-created drafts folder must survive a power cut like any file in it.
    if ((await mkdir(draftsDir, { recursive: true })) !== undefined) await syncDirectory(dataDir);
    entries = await readdir(draftsDir, { withFileTypes: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    result.notices.push(
      notice({
        kind: 'folder-unusable',
        message: `Ripoti cannot use its drafts folder ${draftsDir} (${code}). Your drafts cannot be opened or saved until this is fixed.`,
      }),
    );
    return result;
  }
  for (const entry of entries) {
    if (entry.name.includes(TEMP_MARK))
      await rm(path.join(draftsDir, entry.name), { recursive: true, force: true }).catch(() => undefined);
    else if (entry.isDirectory()) await recoverOne(dataDir, entry.name, stamp, result);
  }
  return result;
}
