import { describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import type { ImportPartView } from '@/shared/ipc/channels/word-import';
import { createReport } from '@/shared/report/create';
import {
  initialDecisions,
  meetsExistingText,
  toImportDecisions,
  withPolicy,
  withTarget,
} from '@/renderer/src/screens/word-import/mapping-state';

const part = (id: string, overrides: Partial<ImportPartView>): ImportPartView => ({
  id,
  heading: id,
  level: 3,
  proposed: { kind: 'annex' },
  reason: 'not-recognised',
  confidence: 1,
  parentId: null,
  firstWords: '',
  wordCount: 10,
  fields: [],
  measureRows: 0,
  photos: 0,
  notApplicable: false,
  profileFields: 0,
  ...overrides,
});

const parts = [
  part('p1', { proposed: { kind: 'feature', featureId: '2.1.1', field: 'auto' }, fields: ['narrative'] }),
  part('p2', {
    parentId: 'p1',
    proposed: { kind: 'feature', featureId: '2.1.1', field: 'challenges' },
    fields: ['challenges'],
  }),
  part('p3', { parentId: 'p1', proposed: { kind: 'feature', featureId: '2.1.1', field: 'nextSteps' } }),
];

describe('the mapping screen’s choices', () => {
  it('starts from the proposals, keeping text already there', () => {
    expect(toImportDecisions(initialDecisions(parts))).toEqual(
      parts.map((item) => ({ partId: item.id, target: item.proposed, policy: 'keep' })),
    );
  });

  it('moves the parts under a heading with it, unless the officer moved them already', () => {
    let decisions = withTarget(initialDecisions(parts), parts, 'p3', {
      kind: 'feature',
      featureId: '3.1.1',
      field: 'nextSteps',
    });
    decisions = withTarget(decisions, parts, 'p1', { kind: 'feature', featureId: '2.1.2', field: 'auto' });
    expect(decisions.p2?.target).toEqual({ kind: 'feature', featureId: '2.1.2', field: 'challenges' });
    expect(decisions.p3?.target).toEqual({ kind: 'feature', featureId: '3.1.1', field: 'nextSteps' });
    expect(withPolicy(decisions, 'p2', 'replace').p2?.policy).toBe('replace');
  });

  it('asks keep/append/replace only where the target field of the open report has text', () => {
    const report = createReport(bundledFramework(), {
      id: '11111111-2222-4333-8444-555555555555',
      now: '2026-01-01T00:00:00.000Z',
    });
    const section = report.sections['2.1.1'];
    if (section) section.challenges = 'Already there';
    expect(
      meetsExistingText(parts[0] ?? part('x', {}), { kind: 'feature', featureId: '2.1.1', field: 'auto' }, report),
    ).toBe(false);
    expect(
      meetsExistingText(
        parts[1] ?? part('x', {}),
        { kind: 'feature', featureId: '2.1.1', field: 'challenges' },
        report,
      ),
    ).toBe(true);
    expect(
      meetsExistingText(parts[1] ?? part('x', {}), { kind: 'feature', featureId: '2.1.1', field: 'challenges' }, null),
    ).toBe(false);
  });
});
