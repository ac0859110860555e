import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord, encodeRecord, readJournal } from '@/electron/main/services/drafts/journal';
import { tempDataDir } from './sample-report';

const change = (title: string) => ({ kind: 'meta' as const, patch: { title }, savedAt: '2026-11-23T10:00:00.000Z' });

describe('the draft journal', () => {
  it('reads back every appended record in order', async () => {
    const file = path.join(await tempDataDir(), 'journal.log');
    await writeFile(file, '');
    let size = 0;
    for (let seq = 1; seq <= 3; seq += 1) size = await appendRecord(file, size, { seq, change: change(`t${seq}`) });
    const journal = await readJournal(file);
    expect(journal.records.map((record) => record.seq)).toEqual([1, 2, 3]);
    expect(journal.intactBytes).toBe(size);
  });

  it('stops at a line whose checksum does not match (a torn or altered record)', async () => {
    const file = path.join(await tempDataDir(), 'journal.log');
    const good = encodeRecord({ seq: 1, change: change('kept') });
    const altered = encodeRecord({ seq: 2, change: change('altered') })
      .toString('utf8')
      .replace('altered', 'alterex');
    await writeFile(file, good);
    await appendFile(file, altered);
    await appendFile(file, encodeRecord({ seq: 3, change: change('after') }));
    const journal = await readJournal(file);
    expect(journal.records.map((record) => record.seq)).toEqual([1]);
    expect(journal.intactBytes).toBe(good.length);
  });

  it('writes a new record over a torn tail at the last known good length', async () => {
    const file = path.join(await tempDataDir(), 'journal.log');
    const good = encodeRecord({ seq: 1, change: change('kept') });
    await writeFile(file, Buffer.concat([good, Buffer.from('0123456789abcdef {"seq":2,"cha')]));
    await appendRecord(file, good.length, { seq: 2, change: change('second') });
    expect((await readJournal(file)).records.map((record) => record.seq)).toEqual([1, 2]);
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(3);
  });
});
