import { allKeyFeatures } from './load';
import type { Framework } from './schema';

/**
 * Where the answer written under each Key Feature id goes in `framework`: its own id, or the
 * feature that names it in `formerIds`. Across versions an explicit formerIds wins over a
 * coincidence of numbering (a renumbered feature may reuse an old id); within one version ids
 * are stable. The migration moves text by this map and the diff describes the same map, so
 * what the officer is shown before accepting is what happens to the drafts.
 */
export function homesOf(framework: Framework, sameVersion: boolean): Map<string, string> {
  const homes = new Map<string, string>();
  const features = allKeyFeatures(framework);
  for (const feature of features) homes.set(feature.id, feature.id);
  if (!sameVersion)
    for (const feature of features) for (const formerId of feature.formerIds ?? []) homes.set(formerId, feature.id);
  return homes;
}
