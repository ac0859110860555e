import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelPage, PageModel } from '../../../../shared/pages/page-model';
import { PageItems } from './PageItems';
import { useInView } from './use-in-view';

/** CSS pixels per point at 100 %. */
export const PIXELS_PER_POINT = 96 / 72;

/**
 * One page at the zoom chosen. Its items are drawn only while the page is in or near the
 * view; elsewhere it is an empty sheet of the right size, so scrolling and "go to page"
 * land where they should.
 */
export const PageView = memo(function PageView({ model, page, zoom, onLink }: { model: PageModel; page: ModelPage; zoom: number; onLink: (bookmark: string) => void }) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  const inView = useInView(sheet);
  const width = model.size.width * PIXELS_PER_POINT * zoom;
  const height = model.size.height * PIXELS_PER_POINT * zoom;
  const label = t('preview.page', { page: page.number, count: model.pages.length });
  return (
    <div ref={sheet} id={`preview-page-${page.number}`} className="preview-page" style={{ width, height }} tabIndex={-1} aria-label={label} role="group" data-drawn={inView || undefined}>
      {inView && (
        <svg width={width} height={height} viewBox={`0 0 ${model.size.width} ${model.size.height}`} aria-hidden="true">
          <rect width={model.size.width} height={model.size.height} fill="#FFFFFF" />
          <PageItems model={model} items={page.items} onLink={onLink} />
        </svg>
      )}
    </div>
  );
});

/** A page in miniature for the strip of thumbnails: lines of text as grey bars, drawn when in view. */
export const PageThumbnail = memo(function PageThumbnail({ model, page, current, onChoose }: { model: PageModel; page: ModelPage; current: boolean; onChoose: (page: number) => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const inView = useInView(button, '300px');
  return (
    <button ref={button} type="button" className="preview-thumbnail" aria-current={current ? 'page' : undefined} onClick={() => onChoose(page.number)} aria-label={t('preview.thumbnail', { page: page.number })}>
      <svg viewBox={`0 0 ${model.size.width} ${model.size.height}`} aria-hidden="true">
        <rect width={model.size.width} height={model.size.height} fill="#FFFFFF" />
        {inView &&
          page.items.map((item, index) => {
            if (item.kind === 'text') return <rect key={index} x={item.x} y={item.y - item.size * 0.7} width={item.width} height={item.size * 0.7} fill={item.color === '000000' ? '#9A9A9A' : `#${item.color}`} />;
            if (item.kind === 'box' || item.kind === 'picture') return <rect key={index} x={item.x} y={item.y} width={item.width} height={item.height} fill={item.kind === 'box' ? `#${item.fill}` : '#C8D3DE'} />;
            return null;
          })}
      </svg>
      <span aria-hidden="true">{page.number}</span>
    </button>
  );
});
