import { describe, expect, it } from 'vitest';
import { isMeasuresChartCaption } from '@/electron/main/services/word-import/map/vocabulary';

describe('isMeasuresChartCaption', () => {
  it('knows the measures chart Ripoti exports under a table, in English, French and Kiswahili', () => {
    expect(isMeasuresChartCaption('Measures of 1.1.1: baseline, current and target')).toBe(true);
    expect(isMeasuresChartCaption('Indicateurs de 2.3.4\u00a0: valeur de référence, valeur actuelle et cible')).toBe(
      true,
    );
    expect(isMeasuresChartCaption(' Viashiria vya 3.1.2: thamani ya msingi, thamani ya sasa na shabaha ')).toBe(true);
  });

  it('leaves the officer’s photos alone, even captions that mention measures', () => {
    expect(isMeasuresChartCaption('Adult literacy class at a community learning centre, 2024')).toBe(false);
    expect(isMeasuresChartCaption('Measures of 1.1.1: baseline, current and target at the Kilifi fair')).toBe(false);
    expect(isMeasuresChartCaption('Measures of success: baseline, current and target')).toBe(false);
    expect(isMeasuresChartCaption('')).toBe(false);
  });
});
