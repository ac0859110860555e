import { describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { errorId, fieldId } from '@/renderer/src/components/form/field-id';
import { stepOfPath } from '@/renderer/src/screens/report/report-steps';
import { inlineProblems } from '@/renderer/src/screens/report/problem-text';

describe('field paths in the form', () => {
  const framework = bundledFramework();

  it('turns a model path into a DOM id and an error id', () => {
    expect(fieldId('sections.1.1.1.measures.0.baseline')).toBe('field-sections-1-1-1-measures-0-baseline');
    expect(errorId('profile.county')).toBe('field-profile-county-error');
  });

  it('finds the step that holds a field', () => {
    expect(stepOfPath('profile.focalPointEmail', framework)).toBe('profile');
    expect(stepOfPath('period.endMonth', framework)).toBe('profile');
    expect(stepOfPath('title', framework)).toBe('profile');
    expect(stepOfPath('sections.2.4.3.narrative', framework)).toBe('2.4');
    expect(stepOfPath('sections.3.3.1.measures.2.current', framework)).toBe('3.3');
    expect(stepOfPath('sections.9.9.9.narrative', framework)).toBe('review');
  });

  it('shows format problems inline but keeps "required" for Review, except inside a started table row', () => {
    const shown = inlineProblems([
      { code: 'required', path: 'profile.city' },
      { code: 'invalid-email', path: 'profile.focalPointEmail' },
      { code: 'required', path: 'sections.1.1.1.measures.0.indicator', featureId: '1.1.1' },
    ]);
    expect([...shown.keys()]).toEqual(['profile.focalPointEmail', 'sections.1.1.1.measures.0.indicator']);
  });
});
