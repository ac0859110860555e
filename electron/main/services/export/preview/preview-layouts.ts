import { createHash } from 'node:crypto';
import type { ExportOptions, ExportWarning } from '@/shared/ipc/channels/export';
import type { PageModel } from '@/shared/pages/page-model';
import type { Report } from '@/shared/report/schema';

/** One layout of one report, as the preview keeps it (its photos are in the picture cache). */
export interface PreviewLayout {
  readonly reportId: string;
  readonly revision: string;
  readonly model: PageModel;
  readonly warnings: readonly ExportWarning[];
}

/**
 * The revision of a layout: the report as saved, the options and the day the cover prints.
 * Equal revisions always lay out to equal pages, so a layout is made once per revision.
 */
export function previewRevision(report: Report, options: ExportOptions, exportedAt: string): string {
  return createHash('sha256')
    .update(JSON.stringify([report, options, exportedAt.slice(0, 10)]))
    .digest('hex');
}

/**
 * The last few layouts, by revision, and those being made: a revision asked for twice (the
 * report opened, then the step) is laid out once, and memory holds a handful of page models
 * (about 1 MB of items each for the 88-page example), never one per save.
 */
export class PreviewLayouts {
  private readonly done = new Map<string, PreviewLayout>();
  private readonly making = new Map<string, Promise<PreviewLayout>>();

  constructor(private readonly keep = 3) {}

  get(revision: string): PreviewLayout | undefined {
    return this.done.get(revision);
  }

  /** The layout of `revision`: kept, being made, or made now by `make`. */
  obtain(revision: string, make: () => Promise<PreviewLayout>): Promise<PreviewLayout> {
    const kept = this.done.get(revision);
    if (kept) {
      // Seen again: the newest, last to go.
      this.done.delete(revision);
      this.done.set(revision, kept);
      return Promise.resolve(kept);
    }
    const pending = this.making.get(revision);
    if (pending) return pending;
    const made = make().then(
      (layout) => {
        this.making.delete(revision);
        this.done.set(revision, layout);
        for (const oldest of this.done.keys()) {
          if (this.done.size <= this.keep) break;
          this.done.delete(oldest);
        }
        return layout;
      },
      (error: unknown) => {
        this.making.delete(revision);
        throw error;
      },
    );
    this.making.set(revision, made);
    return made;
  }
}
