import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiMethods, channelOf } from '@/shared/ipc/contract';
import { createDispatcher } from '@/electron/main/ipc/dispatcher';
import { createHandlers } from '@/electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '@/electron/main/security/trusted-sender';
import { createTestServices } from '@/tests/e2e/harness/test-services';

const trustedUrl = 'ripoti://app/index.html';

async function makeDispatch() {
  const backend = await createTestServices();
  const errors: unknown[] = [];
  const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck(), (error) =>
    errors.push(error),
  );
  return { dispatch, errors, backend };
}

describe('the IPC dispatcher derived from the contract', () => {
  it('answers a valid call with ok and the handler’s value', async () => {
    const { dispatch, backend } = await makeDispatch();
    const result = await dispatch('app:info', {}, trustedUrl);
    expect(result).toMatchObject({ ok: true, value: { name: 'Ripoti', frameworkId: 'unesco-gnlc-key-features' } });
    await backend.dispose();
  });

  it('refuses calls from any page that is not Ripoti’s own renderer', async () => {
    const { dispatch, backend } = await makeDispatch();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'http://localhost:5173/',
      'ripoti://other/index.html',
      'not a url',
    ]) {
      expect(await dispatch('app:info', {}, url)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect(await dispatch('app:info', {}, undefined)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    await backend.dispose();
  });

  it('refuses channels that are not in the contract', async () => {
    const { dispatch, backend } = await makeDispatch();
    expect(await dispatch('shell:exec', { command: 'rm -rf /' }, trustedUrl)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    await backend.dispose();
  });

  it('rejects wrong argument types, unknown keys and oversized input with invalid-arguments', async () => {
    const { dispatch, backend } = await makeDispatch();
    const cases: [string, unknown][] = [
      ['reports:get', { id: 42 }],
      ['reports:get', {}],
      ['reports:get', { id: '00000000-0000-4000-8000-000000000000', extra: true }],
      ['reports:create', { title: 'x'.repeat(10_000) }],
      ['settings:update', { patch: { interfaceLanguage: 'de' } }],
      ['settings:update', { patch: { historyIntervalMinutes: -5 } }],
      ['app:info', null],
      ['app:info', 'string'],
    ];
    for (const [channel, args] of cases) {
      const result = await dispatch(channel, args, trustedUrl);
      expect(result, `${channel} ${JSON.stringify(args).slice(0, 80)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
    }
    await backend.dispose();
  });

  it('never throws and never crashes a handler when every channel is fuzzed with arbitrary input', async () => {
    const { dispatch, errors, backend } = await makeDispatch();
    const channels = apiMethods.map((method) => channelOf(method).name);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything({ maxDepth: 3 }), async (channel, args) => {
        const result = await dispatch(channel, args, trustedUrl);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.code).not.toBe('internal');
      }),
      { numRuns: 400 },
    );
    expect(errors).toEqual([]);
    await backend.dispose();
  });

  it('turns an unexpected handler exception into an internal error value without leaking its text', async () => {
    const backend = await createTestServices();
    const handlers = {
      ...createHandlers(backend.services),
      getAppInfo: () => Promise.reject(new Error('secret stack detail')),
    };
    const reported: unknown[] = [];
    const dispatch = createDispatcher(handlers, createTrustedSenderCheck(), (error) => reported.push(error));
    const result = await dispatch('app:info', {}, trustedUrl);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret stack detail');
    expect(reported).toHaveLength(1);
    await backend.dispose();
  });
});
