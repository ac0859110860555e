import { PAGES_PER_REQUEST, type PreviewOutline } from '@/shared/ipc/channels/preview';
import type { ModelPage } from '@/shared/pages/page-model';
import { api } from '../../api';

/**
 * The items of one layout's pages, as they arrive: the first pages come with the outline, the
 * others in requests of PAGES_PER_REQUEST when a sheet near the view asks for them (and the
 * request after, read ahead). React reads it with useSyncExternalStore.
 */
export class PageItemsStore {
  private readonly pages = new Map<number, ModelPage>();
  private readonly asked = new Set<number>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly outline: PreviewOutline,
    /** Main no longer keeps this layout (a newer one replaced it): the step asks for the pages again. */
    private readonly onGone: () => void,
  ) {
    for (const page of outline.firstPages) this.pages.set(page.number, page);
  }

  get(page: number): ModelPage | undefined {
    return this.pages.get(page);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Makes sure page `page` is on its way, and the request after it. */
  ensure(page: number): void {
    if (this.pages.has(page)) return;
    const first = this.requestStart(page);
    this.fetch(first);
    this.fetch(first + PAGES_PER_REQUEST);
  }

  private requestStart(page: number): number {
    const after = this.outline.firstPages.length;
    return after + 1 + Math.floor((page - after - 1) / PAGES_PER_REQUEST) * PAGES_PER_REQUEST;
  }

  private fetch(from: number): void {
    if (from > this.outline.pageCount || this.asked.has(from)) return;
    this.asked.add(from);
    const count = Math.min(PAGES_PER_REQUEST, this.outline.pageCount - from + 1);
    void api()
      .previewPageItems({ revision: this.outline.revision, from, count })
      .then((result) => {
        if (!result.ok) {
          this.asked.delete(from);
          if (result.error.code === 'not-found') this.onGone();
          return;
        }
        for (const page of result.value) this.pages.set(page.number, page);
        for (const listener of this.listeners) listener();
      });
  }
}
