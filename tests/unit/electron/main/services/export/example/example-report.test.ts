import { describe, expect, it } from 'vitest';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { exampleProse, seededRandom } from '@/electron/main/services/export/example/example-text';
import { bundledFramework } from '@/shared/framework/load';
import { finalCheck } from '@/shared/report/final-check';
import { countWords } from '@/shared/report/word-count';

describe('exampleReport', () => {
  it('is a report an officer could send: the final check finds nothing to confirm', () => {
    const framework = bundledFramework();
    const { report } = exampleReport(framework, { photoCount: 2 });
    expect(finalCheck(report, framework).problems).toEqual([]);
  });

  it('is the same report for the same seed, so tests and screenshots are stable', () => {
    const framework = bundledFramework();
    const first = exampleReport(framework, { photoCount: 0 }).report;
    const second = exampleReport(framework, { photoCount: 0 }).report;
    expect(second.sections).toEqual(first.sections);
  });
});

describe('exampleProse', () => {
  it('comes close to the words asked for and never goes over them', () => {
    for (const words of [60, 200, 500]) {
      const count = countWords(exampleProse(seededRandom(words), 'Learning for all', words));
      expect(count).toBeLessThanOrEqual(words);
      expect(count).toBeGreaterThan(words - 40);
    }
  });
});
