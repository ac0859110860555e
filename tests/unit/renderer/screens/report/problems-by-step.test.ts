import { describe, expect, it } from 'vitest';
import { allAreas, bundledFramework } from '@/shared/framework/load';
import type { Problem } from '@/shared/report/completeness';
import { problemsByStep } from '@/renderer/src/screens/report/problems-by-step';

describe('the Review list grouped by step', () => {
  const framework = bundledFramework();
  const order = ['profile', ...allAreas(framework).map((area) => area.id)];
  const problem = (path: string): Problem => ({ code: 'required', path });

  it('groups problems under the step that fixes them, in stepper order, keeping their order inside a group', () => {
    const problems = [
      problem('sections.2.1.2.narrative'),
      problem('profile.county'),
      problem('sections.1.1.3.narrative'),
      problem('sections.2.1.1.narrative'),
      problem('title'),
    ];
    const groups = problemsByStep(problems, framework, order);
    expect(groups.map((group) => group.step)).toEqual(['profile', '1.1', '2.1']);
    expect(groups[0]?.problems.map((item) => item.path)).toEqual(['profile.county', 'title']);
    expect(groups[2]?.problems.map((item) => item.path)).toEqual([
      'sections.2.1.2.narrative',
      'sections.2.1.1.narrative',
    ]);
  });

  it('puts what belongs to no step (a Key Feature the framework no longer has) last', () => {
    const groups = problemsByStep(
      [problem('sections.9.9.9.narrative'), problem('sections.1.1.1.narrative')],
      framework,
      order,
    );
    expect(groups.map((group) => group.step)).toEqual(['1.1', 'review']);
  });

  it('gives no group when there is nothing to fix', () => {
    expect(problemsByStep([], framework, order)).toEqual([]);
  });
});
