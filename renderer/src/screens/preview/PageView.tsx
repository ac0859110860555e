import { memo, useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewOutline } from '@/shared/ipc/channels/preview';
import type { PageItemsStore } from './page-items-store';
import { PageItems } from './PageItems';
import { useInView } from './use-in-view';

/** CSS pixels per point at 100 %. */
export const PIXELS_PER_POINT = 96 / 72;

/** A page's items once they have come, asked for while the page is near the view. */
function usePageItems(store: PageItemsStore, page: number, wanted: boolean) {
  const shown = useSyncExternalStore(store.subscribe, () => store.get(page));
  useEffect(() => {
    if (wanted && !shown) store.ensure(page);
  }, [store, page, wanted, shown]);
  return shown;
}

/**
 * One page at the zoom chosen. Its items are asked for and drawn only while the page is in or
 * near the view; elsewhere it is an empty sheet of the right size, so scrolling and "go to
 * page" land where they should.
 */
export const PageView = memo(function PageView({
  outline,
  store,
  page,
  zoom,
  onLink,
}: {
  outline: PreviewOutline;
  store: PageItemsStore;
  page: number;
  zoom: number;
  onLink: (bookmark: string) => void;
}) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  const inView = useInView(sheet);
  const items = usePageItems(store, page, inView);
  const width = outline.size.width * PIXELS_PER_POINT * zoom;
  const height = outline.size.height * PIXELS_PER_POINT * zoom;
  const label = t('preview.page', { page, count: outline.pageCount });
  const drawn = inView && items !== undefined;
  return (
    <div
      ref={sheet}
      id={`preview-page-${page}`}
      className="preview-page"
      style={{ width, height }}
      tabIndex={-1}
      aria-label={label}
      role="group"
      data-drawn={drawn || undefined}
    >
      {drawn && (
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${outline.size.width} ${outline.size.height}`}
          aria-hidden="true"
        >
          <rect width={outline.size.width} height={outline.size.height} fill="#FFFFFF" />
          <PageItems pictures={outline.pictures} items={items.items} onLink={onLink} />
        </svg>
      )}
    </div>
  );
});

/** A page in miniature for the strip of thumbnails: lines of text as grey bars, drawn when in view. */
export const PageThumbnail = memo(function PageThumbnail({
  outline,
  store,
  page,
  current,
  onChoose,
}: {
  outline: PreviewOutline;
  store: PageItemsStore;
  page: number;
  current: boolean;
  onChoose: (page: number) => void;
}) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const inView = useInView(button, '300px');
  const items = usePageItems(store, page, inView);
  return (
    <button
      ref={button}
      type="button"
      className="preview-thumbnail"
      aria-current={current ? 'page' : undefined}
      onClick={() => onChoose(page)}
      aria-label={t('preview.thumbnail', { page })}
    >
      <svg viewBox={`0 0 ${outline.size.width} ${outline.size.height}`} aria-hidden="true">
        <rect width={outline.size.width} height={outline.size.height} fill="#FFFFFF" />
        {inView &&
          items?.items.map((item, index) => {
            if (item.kind === 'text')
              return (
                <rect
                  key={index}
                  x={item.x}
                  y={item.y - item.size * 0.7}
                  width={item.width}
                  height={item.size * 0.7}
                  fill={item.color === '000000' ? '#9A9A9A' : `#${item.color}`}
                />
              );
            if (item.kind === 'box' || item.kind === 'picture')
              return (
                <rect
                  key={index}
                  x={item.x}
                  y={item.y}
                  width={item.width}
                  height={item.height}
                  fill={item.kind === 'box' ? `#${item.fill}` : '#C8D3DE'}
                />
              );
            return null;
          })}
      </svg>
      <span aria-hidden="true">{page}</span>
    </button>
  );
});
