import { bundledFramework } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';

let source: () => Framework = bundledFramework;

/**
 * The questions drafts are read against. Drafts are read in several places (the store at
 * start-up, history, draft files), and each must re-file an older draft under the questions
 * in use, not under the bundled ones: a draft migrated by the national office's version and
 * read back under the bundled one would have its new Key Features archived. One holder, set
 * once by setup after the framework store opens, saves threading it through every reader.
 */
export function frameworkInUse(): Framework {
  return source();
}

export function readDraftsAgainst(next: () => Framework): void {
  source = next;
}
