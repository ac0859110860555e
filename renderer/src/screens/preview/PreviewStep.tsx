import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultExportOptions, PAPER_SIZES, REPORT_LANGUAGES, type ExportOptions, type ExportResult } from '../../../../shared/ipc/channels/export';
import type { PageModel } from '../../../../shared/pages/page-model';
import type { Report } from '../../../../shared/report/schema';
import { api } from '../../api';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import { ExportResultPanel } from '../export/ExportResultPanel';
import { PageThumbnail, PageView } from './PageView';
import { SendingPanel } from './SendingPanel';
import { targetHeadingOf } from './preview-target';
import { usePreviewJob } from './use-preview-job';
import { usePreviewPages } from './use-preview-pages';
import './preview.css';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

/**
 * The Preview step: the report's pages as they will print (the layout of the Word file),
 * page by page with zoom and thumbnails, a list of headings to jump to, Save as PDF, and
 * Prepare for sending. The pages follow the form: they are laid out again when the officer
 * pauses after a change.
 */
export function PreviewStep({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeError();
  const [paper, setPaper] = useState<ExportOptions['paper']>('a4');
  const [language, setLanguage] = useState(REPORT_LANGUAGES.includes(report.language) ? report.language : 'en');
  const [includePhotos, setIncludePhotos] = useState(true);
  const options = useMemo<ExportOptions>(() => ({ ...defaultExportOptions, paper, language, includePhotos }), [paper, language, includePhotos]);
  const preview = usePreviewPages(report, options);
  const [zoom, setZoom] = useState(0.75);
  const [current, setCurrent] = useState(1);
  const [heading, setHeading] = useState('');
  const pdf = usePreviewJob<ExportResult>();
  const pages = preview.state === 'loading' ? undefined : preview.pages;
  const model = pages?.model;

  const goToPage = useCallback((page: number) => {
    setCurrent(page);
    const sheet = document.getElementById(`preview-page-${page}`);
    sheet?.scrollIntoView({ block: 'start' });
    sheet?.focus({ preventScroll: true });
  }, []);
  const goToBookmark = useCallback((bookmark: string) => {
    const place = model?.bookmarks[bookmark];
    // After the sheets are laid out in the page, so the scroll lands on the right one.
    if (place) window.requestAnimationFrame(() => goToPage(place.page));
  }, [model, goToPage]);

  // "See it on its page" from the form or Review: the heading's number is in the address.
  const arrived = useRef(false);
  useEffect(() => {
    if (!model || arrived.current) return;
    arrived.current = true;
    const target = targetHeadingOf(window.location.hash);
    const place = target ? model.headings[target] : undefined;
    // After the sheets are laid out in the page, so the scroll lands on the right one.
    if (place) window.requestAnimationFrame(() => goToPage(place.page));
  }, [model, goToPage]);

  const zoomIndex = ZOOMS.indexOf(zoom);
  return (
    <section aria-labelledby="preview-heading" className="preview-step">
      <h3 id="preview-heading">{t('preview.heading')}</h3>
      <p className="hint">{t('preview.hint')}</p>
      <div className="preview-toolbar">
        <div className="field">
          <label htmlFor="preview-paper">{t('export.paper.label')}</label>
          <select id="preview-paper" value={paper} onChange={(event) => setPaper(event.target.value === 'letter' ? 'letter' : 'a4')}>
            {PAPER_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`export.paper.${size}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="preview-language">{t('export.language.label')}</label>
          <select id="preview-language" value={language} onChange={(event) => setLanguage(REPORT_LANGUAGES.find((each) => each === event.target.value) ?? 'en')}>
            {REPORT_LANGUAGES.map((each) => (
              <option key={each} value={each}>
                {t(`languages.${each}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={includePhotos} onChange={(event) => setIncludePhotos(event.target.checked)} /> {t('export.photos')}
        </label>
        <div className="preview-zoom" role="group" aria-label={t('preview.zoom.label')}>
          <button type="button" className="button button--small" disabled={zoomIndex <= 0} onClick={() => setZoom(ZOOMS[zoomIndex - 1] ?? zoom)}>
            {t('preview.zoom.out')}
          </button>
          <output aria-live="polite">{format.percent(zoom)}</output>
          <button type="button" className="button button--small" disabled={zoomIndex >= ZOOMS.length - 1} onClick={() => setZoom(ZOOMS[zoomIndex + 1] ?? zoom)}>
            {t('preview.zoom.in')}
          </button>
        </div>
        {model && <HeadingJump model={model} value={heading} onChange={setHeading} onGo={(page) => goToPage(page)} />}
        <button type="button" className="button button--primary" disabled={pdf.run.state === 'running'} onClick={() => void pdf.start(() => api().savePdf({ reportId: report.id, options }))}>
          {t('preview.savePdf')}
        </button>
      </div>
      <p role="status" className="status-line">
        {preview.state === 'loading' ? t('preview.loading') : preview.state === 'ready' && preview.updating ? t('preview.updating') : model ? t('preview.pageCount', { count: model.pages.length }) : ''}
      </p>
      {pdf.run.state === 'running' && <progress aria-label={t('preview.pdfSaving')} max={pdf.run.progress.total} value={pdf.run.progress.done} />}
      {pdf.run.state === 'done' && <ExportResultPanel result={pdf.run.value} />}
      {pdf.run.state === 'failed' && (
        <p className="error-message" role="alert">
          {t('preview.pdfFailed', { message: describe(pdf.run.error) })}
        </p>
      )}
      {preview.state === 'failed' && (
        <p className="error-message" role="alert">
          {t('preview.failed', { message: describe(preview.error) })}
        </p>
      )}
      {model && (
        <div className="preview-body">
          <nav className="preview-thumbnails" aria-label={t('preview.thumbnails')}>
            {model.pages.map((page) => (
              <PageThumbnail key={page.number} model={model} page={page} current={page.number === current} onChoose={goToPage} />
            ))}
          </nav>
          <div className="preview-pages" aria-label={t('preview.pagesLabel')} role="region">
            {model.pages.map((page) => (
              <PageView key={page.number} model={model} page={page} zoom={zoom} onLink={goToBookmark} />
            ))}
          </div>
        </div>
      )}
      <SendingPanel reportId={report.id} options={options} />
    </section>
  );
}

/** The headings of the report, to jump to the page of one (a Key Feature, an area). */
function HeadingJump({ model, value, onChange, onGo }: { model: PageModel; value: string; onChange: (value: string) => void; onGo: (page: number) => void }) {
  const { t } = useTranslation();
  const chosen = model.outline.find((entry) => entry.bookmark === value) ?? model.outline[0];
  return (
    <div className="field preview-jump">
      <label htmlFor="preview-heading-jump">{t('preview.jump.label')}</label>
      <select id="preview-heading-jump" value={chosen?.bookmark ?? ''} onChange={(event) => onChange(event.target.value)}>
        {model.outline.map((entry) => (
          <option key={entry.bookmark} value={entry.bookmark}>
            {'\u00a0'.repeat((entry.level - 1) * 2)}
            {entry.title}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => chosen && onGo(chosen.page)}>
        {t('preview.jump.go', { page: chosen?.page ?? 1 })}
      </button>
    </div>
  );
}
