import { describe, expect, it } from 'vitest';
import { withValueAt, resolvedValue } from '@/shared/sync/resolve-conflict';

describe('resolving a conflict', () => {
  const conflict = { path: ['sections', '1.1', 'narrative'], base: 'b', mine: 'm', theirs: 't' };

  it('takes mine, theirs or an edited text', () => {
    expect(resolvedValue(conflict, { keep: 'mine' })).toBe('m');
    expect(resolvedValue(conflict, { keep: 'theirs' })).toBe('t');
    expect(resolvedValue(conflict, { keep: 'edited', value: 'm and t' })).toBe('m and t');
  });

  it('writes a value at a path through objects and id-keyed lists without changing the input', () => {
    const root = { sections: { '1.1': { narrative: 'm', measures: [{ id: 'r1', current: '1' }] } } };
    expect(withValueAt(root, conflict.path, 't')).toEqual({
      sections: { '1.1': { narrative: 't', measures: [{ id: 'r1', current: '1' }] } },
    });
    expect(withValueAt(root, ['sections', '1.1', 'measures', 'r1'], undefined)).toEqual({
      sections: { '1.1': { narrative: 'm', measures: [] } },
    });
    expect(withValueAt(root, ['sections', '1.1', 'measures', 'r2'], { id: 'r2', current: '2' })).toMatchObject({
      sections: { '1.1': { measures: [{ id: 'r1' }, { id: 'r2' }] } },
    });
    expect(root.sections['1.1'].narrative).toBe('m');
  });
});
