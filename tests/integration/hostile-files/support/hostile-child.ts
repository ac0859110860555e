import { readFileSync, writeFileSync } from 'node:fs';
import { createDispatcher } from '@/electron/main/ipc/dispatcher';
import { createHandlers } from '@/electron/main/ipc/handlers';
import { RENDERER_ENTRY_URL, createTrustedSenderCheck } from '@/electron/main/security/trusted-sender';
import { sha256 } from '@/electron/main/services/drafts/durable-file';
import { AttachmentStoreBlobs } from '@/electron/main/services/sync/attachment-store-blobs';
import { isRipotiError } from '@/shared/errors';
import type { Report } from '@/shared/report/schema';
import { createTestServices } from '@/tests/e2e/harness/test-services';
import { fuzzCase } from './fuzz-cases';
import { caseFromJson, type CaseResult, type HostileCase } from './hostile-case';

/**
 * The app's main-process side in a process of its own, fed hostile inputs through the same
 * entry points as the app: attachments:add and drafts:import-file through the real IPC
 * dispatcher (zod contract included), and the attachment store's write that sync uses. A crash
 * ends this process, not the test runner, which then names the case that was running.
 *
 * argv: `cases <file.json>` (the reproductions) or `fuzz <seed> <count> [first]`.
 * stdout: `start <index> <label>` before each case, then one CaseResult as JSON.
 */
const [mode = '', first = '', second = '', third = '0'] = process.argv.slice(2);
const photoWorker = process.env['RIPOTI_PHOTO_WORKER'];

const backend = await createTestServices(photoWorker ? { photoWorker } : {});
const unexpected: unknown[] = [];
const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck(), (error) =>
  unexpected.push(error),
);
const created = await dispatch('reports:create', { title: 'Hostile files' }, RENDERER_ENTRY_URL);
if (!created.ok) throw new Error(created.error.message);
const reportId = (created.value as Report).id;
const drafts = backend.services.drafts;
if (!drafts) throw new Error('drafts are not on disk');
const blobs = new AttachmentStoreBlobs(drafts.attachments);

async function run(
  item: HostileCase,
): Promise<{ ok: true } | { ok: false; error: { code: string; message: string; detail?: unknown } }> {
  const base64 = Buffer.from(item.bytes).toString('base64');
  if (item.kind === 'attach')
    return dispatch(
      'attachments:add',
      { reportId, fileName: item.fileName, mediaType: item.mediaType, base64 },
      RENDERER_ENTRY_URL,
    );
  if (item.kind === 'ripoti') return dispatch('drafts:import-file', { base64, mode: 'copy' }, RENDERER_ENTRY_URL);
  try {
    await blobs.write(sha256(item.bytes), item.bytes, { fileName: item.fileName, mediaType: item.mediaType });
    return { ok: true };
  } catch (error) {
    if (isRipotiError(error))
      return { ok: false, error: { code: error.code, message: error.message, detail: error.detail } };
    unexpected.push(error);
    return { ok: false, error: { code: 'internal', message: String(error) } };
  }
}

/** VmRSS or VmHWM of this process from /proc (Linux), in MB. */
function memoryMb(field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
  return Math.round(Number(match?.[1] ?? 0) / 1024);
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;
collectGarbage?.();
const idleMb = memoryMb('VmRSS');

async function runCase(index: number, item: HostileCase): Promise<void> {
  process.stdout.write(`start ${index} ${JSON.stringify(item.label)}\n`);
  unexpected.length = 0;
  // Garbage of earlier cases is collected and the kernel's high-water mark reset (clear_refs 5),
  // so peakMb is what this case needed on top of an idle process.
  collectGarbage?.();
  const beforeMb = memoryMb('VmRSS');
  writeFileSync('/proc/self/clear_refs', '5');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await run(item);
  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuBefore);
  const outcome: CaseResult['outcome'] = result.ok
    ? 'accepted'
    : result.error.code === 'internal'
      ? 'unexpected'
      : 'refused';
  const line: CaseResult = {
    index,
    label: item.label,
    kind: item.kind,
    byteLength: item.bytes.length,
    outcome,
    ...(item.expect && { expect: item.expect }),
    ...(!result.ok && {
      code: result.error.code,
      detail: result.error.detail,
      message: (outcome === 'unexpected'
        ? `${result.error.message} ${unexpected.map(String).join('; ')}`
        : result.error.message
      ).slice(0, 400),
    }),
    ms,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    idleMb,
    beforeMb,
    peakMb: memoryMb('VmHWM'),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

if (mode === 'cases') {
  const cases = (JSON.parse(readFileSync(first, 'utf8')) as Parameters<typeof caseFromJson>[0][]).map(caseFromJson);
  for (const [index, item] of cases.entries()) await runCase(index, item);
} else if (mode === 'fuzz') {
  const [seed, count, from] = [Number(first), Number(second), Number(third)];
  for (let index = from; index < from + count; index++) await runCase(index, fuzzCase(seed, index));
} else {
  throw new Error('usage: hostile-child cases <file> | fuzz <seed> <count> [first]');
}
process.stdout.write('done\n');
await backend.dispose();
process.exit(0);
