import { bundledFramework, allKeyFeatures } from '@/shared/framework/load';
import { emptySection } from '@/shared/report/create';
import type { TestServices } from '../harness/test-services';

export { kilifiProfile } from '../../fixtures/profiles';

/**
 * Writes the answers of every Key Feature except those listed, as if colleagues had drafted them
 * on earlier days: the keyboard test then completes the rest and can reach Finalise.
 */
export async function answerKeyFeaturesExcept(
  backend: TestServices,
  reportId: string,
  skipPrefix: string,
): Promise<void> {
  for (const feature of allKeyFeatures(bundledFramework())) {
    if (feature.id.startsWith(skipPrefix)) continue;
    const section = {
      ...emptySection(new Date().toISOString()),
      status: 'complete' as const,
      narrative: `Kilifi's work on ${feature.id} in the period.`,
    };
    await backend.services.reports.updateSection(reportId, feature.id, section);
  }
}
