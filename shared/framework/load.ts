import bundledFrameworkJson from './key-features.json' with { type: 'json' };
import { frameworkSchema, type Area, type Framework, type KeyFeature, type Tier } from './schema';

/** Validates framework data from any source (bundled file, a county's corrected file). */
export function parseFramework(data: unknown): Framework {
  return frameworkSchema.parse(data);
}

let bundled: Framework | undefined;

/** The framework shipped with this build of Ripoti, parsed once. */
export function bundledFramework(): Framework {
  bundled ??= parseFramework(bundledFrameworkJson);
  return bundled;
}

export function allAreas(framework: Framework): Area[] {
  return framework.tiers.flatMap((tier) => tier.areas);
}

export function allKeyFeatures(framework: Framework): KeyFeature[] {
  return allAreas(framework).flatMap((area) => area.features);
}

/** Where a Key Feature sits in the framework, for headings and navigation. */
export interface FeaturePlace {
  readonly tier: Tier;
  readonly area: Area;
  readonly feature: KeyFeature;
}

export function findFeature(framework: Framework, featureId: string): FeaturePlace | undefined {
  for (const tier of framework.tiers) {
    for (const area of tier.areas) {
      const feature = area.features.find((candidate) => candidate.id === featureId);
      if (feature) return { tier, area, feature };
    }
  }
  return undefined;
}
