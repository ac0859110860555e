import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../../shared/ipc/api';
import { apiMethods, channelOf, contract } from '../../../../shared/ipc/contract';

describe('the API built from the contract', () => {
  it('has exactly one function per contract channel and is frozen', () => {
    const api = buildApi(() => Promise.resolve(undefined));
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its channel name with an empty object when called without arguments', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi((channel, args) => {
      calls.push([channel, args]);
      return Promise.resolve({ ok: true, value: null });
    });
    await api.getAppInfo();
    await api.getReport({ id: 'abc' });
    expect(calls).toEqual([
      ['app:info', {}],
      ['reports:get', { id: 'abc' }],
    ]);
  });

  it('uses unique channel names of the form domain:action', () => {
    const names = apiMethods.map((method) => channelOf(method).name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z][a-z-]*$/);
  });
});
