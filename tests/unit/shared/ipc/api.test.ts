import { describe, expect, it } from 'vitest';
import { buildApi, type Transport } from '@/shared/ipc/api';
import type { JobUpdate } from '@/shared/ipc/channels/jobs';
import { apiMethods, channelOf, contract, eventNames, eventOf, events } from '@/shared/ipc/contract';

/** A transport that records calls and lets the test play main's part for events. */
function fakeTransport() {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const rejected: string[] = [];
  const transport: Transport = {
    invoke: (channel, args) => {
      calls.push([channel, args]);
      return Promise.resolve({ ok: true, value: null });
    },
    listen: (channel, deliver) => {
      const forChannel = listeners.get(channel) ?? new Set();
      listeners.set(channel, forChannel);
      forChannel.add(deliver);
      return () => void forChannel.delete(deliver);
    },
    reject: (channel) => rejected.push(channel),
  };
  const send = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((deliver) => deliver(payload));
  return { transport, calls, rejected, send, listening: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

const exportDone: JobUpdate = {
  jobId: 'export-1',
  kind: 'export',
  status: {
    state: 'done',
    value: {
      filePath: '/tmp/r.docx',
      fileName: 'r.docx',
      byteLength: 10,
      warnings: [{ photo: 'a.jpg', problem: 'damaged', message: 'The photo "a.jpg" was left out.' }],
    },
  },
};

describe('the API built from the contract', () => {
  it('has exactly one function per contract channel, one subscriber per event, and is frozen', () => {
    const api = buildApi(fakeTransport().transport);
    expect(Object.keys(api).sort()).toEqual(
      [
        ...Object.keys(contract),
        ...Object.keys(events).map((name) => `on${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`),
      ].sort(),
    );
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its channel name with an empty object when called without arguments', async () => {
    const { transport, calls } = fakeTransport();
    const api = buildApi(transport);
    await api.getAppInfo();
    await api.getReport({ id: 'abc' });
    expect(calls).toEqual([
      ['app:info', {}],
      ['reports:get', { id: 'abc' }],
    ]);
  });

  it('uses unique channel and event names of the form domain:action', () => {
    const names = [
      ...apiMethods.map((method) => channelOf(method).name),
      ...eventNames.map((name) => eventOf(name).name),
    ];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z][a-z-]*$/);
  });
});

describe('events from main, through the same builder', () => {
  it('delivers a payload that passes the event schema, typed, until unsubscribed', () => {
    const { transport, send, listening } = fakeTransport();
    const api = buildApi(transport);
    const received: JobUpdate[] = [];
    const unsubscribe = api.onJobUpdated((update) => received.push(update));
    send('jobs:updated', {
      jobId: 'sync-1',
      kind: 'sync',
      status: {
        state: 'running',
        progress: { done: 2, total: 5, step: { code: 'sending-photo', fileName: 'Darasa.jpg', percent: 0 } },
      },
    });
    send('jobs:updated', exportDone);
    expect(received).toEqual([
      {
        jobId: 'sync-1',
        kind: 'sync',
        status: {
          state: 'running',
          progress: { done: 2, total: 5, step: { code: 'sending-photo', fileName: 'Darasa.jpg', percent: 0 } },
        },
      },
      exportDone,
    ]);
    unsubscribe();
    expect(listening('jobs:updated')).toBe(0);
    send('jobs:updated', exportDone);
    expect(received).toHaveLength(2);
  });

  it('drops, and reports, payloads that fail the contract: English labels, a step of another job, an untyped result', () => {
    const { transport, send, rejected } = fakeTransport();
    const received: unknown[] = [];
    buildApi(transport).onJobUpdated((update) => received.push(update));
    send('jobs:updated', {
      jobId: 'export-1',
      kind: 'export',
      status: { state: 'running', progress: { done: 1, total: 3, label: 'Laying out the pages' } },
    });
    send('jobs:updated', {
      jobId: 'export-1',
      kind: 'export',
      status: { state: 'running', progress: { done: 1, total: 3, step: { code: 'fetching' } } },
    });
    send('jobs:updated', { jobId: 'export-1', kind: 'export', status: { state: 'done', value: 'report.docx' } });
    send('jobs:updated', { jobId: 'export-1', kind: 'print', status: { state: 'cancelled' } });
    expect(received).toEqual([]);
    expect(rejected).toEqual(['jobs:updated', 'jobs:updated', 'jobs:updated', 'jobs:updated']);
  });
});
