import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth } from '@/electron/main/services/drafts/json-depth';

describe('exceedsJsonDepth', () => {
  it('counts nested arrays and objects, up to and past the limit', () => {
    expect(exceedsJsonDepth('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(exceedsJsonDepth('{"a":[{"b":[[]]}]}', 4)).toBe(true);
    expect(exceedsJsonDepth('[1,2,3]', 0)).toBe(true);
    expect(exceedsJsonDepth('"text"', 0)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(JSON.stringify({ note: '[[[[{{{{ "quoted [[[" \\ ]]]' }), 1)).toBe(false);
    expect(exceedsJsonDepth('{"a":"\\\\"}', 1)).toBe(false);
    expect(exceedsJsonDepth('{"a":"\\"[[["}', 1)).toBe(false);
  });

  it('answers for 2,000,000 levels without recursion (no stack to exhaust)', () => {
    expect(exceedsJsonDepth(`${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`, 32)).toBe(true);
    expect(exceedsJsonDepth(`${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}`, 1_000)).toBe(false);
  });
});
