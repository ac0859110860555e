import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, REPORT_LANGUAGES, type ExportOptions } from '@/shared/ipc/channels/export';
import { defaultPreviewOptions, type PreviewOutline } from '@/shared/ipc/channels/preview';
import type { Report } from '@/shared/report/schema';
import { Button } from '../../components/controls/Button';
import { Checkbox } from '../../components/controls/CheckboxList';
import { SelectField } from '../../components/controls/SelectField';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import { ExportResultPanel } from '../export/ExportResultPanel';
import { useExportJob } from '../export/useExportJob';
import { PageThumbnail, PageView } from './PageView';
import { targetHeadingOf } from './preview-target';
import { usePreviewPages } from './use-preview-pages';
import './preview.css';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

/**
 * The Preview step: the saved report's pages as they will print (the layout of the Word
 * file), page by page with zoom and thumbnails, a list of headings to jump to, and Save as
 * PDF (an export of the PDF kind). Main lays the pages out ahead, when the report is opened
 * and after each save, so the step usually opens on pages already made.
 */
export function PreviewStep({ report, flush }: { report: Report; flush: () => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeError();
  const defaults = defaultPreviewOptions(report.language);
  const [paper, setPaper] = useState(defaults.paper);
  const [language, setLanguage] = useState(defaults.language);
  const [includePhotos, setIncludePhotos] = useState(defaults.includePhotos);
  const options = useMemo<ExportOptions>(
    () => ({ ...defaultPreviewOptions(language), paper, includePhotos }),
    [paper, language, includePhotos],
  );
  const preview = usePreviewPages(report.id, options, flush);
  const [zoom, setZoom] = useState(0.75);
  const [current, setCurrent] = useState(1);
  const [heading, setHeading] = useState('');
  // The PDF's export thread is not warmed here: that work would compete with drawing the pages.
  const pdf = useExportJob(report.id, { prepare: false });
  const outline = preview.state === 'ready' ? preview.outline : undefined;

  const goToPage = useCallback((page: number) => {
    setCurrent(page);
    const sheet = document.getElementById(`preview-page-${page}`);
    sheet?.scrollIntoView({ block: 'start' });
    sheet?.focus({ preventScroll: true });
  }, []);
  const goToBookmark = useCallback(
    (bookmark: string) => {
      const place = outline?.bookmarks[bookmark];
      // After the sheets are laid out in the page, so the scroll lands on the right one.
      if (place) window.requestAnimationFrame(() => goToPage(place.page));
    },
    [outline, goToPage],
  );

  // "See it on its page" from the form or Review: the heading's number is in the address.
  const arrived = useRef(false);
  useEffect(() => {
    if (!outline || arrived.current) return;
    arrived.current = true;
    const target = targetHeadingOf(window.location.hash);
    const place = target ? outline.headings[target] : undefined;
    if (place) window.requestAnimationFrame(() => goToPage(place.page));
  }, [outline, goToPage]);

  const zoomIndex = ZOOMS.indexOf(zoom);
  const pageNumbers = outline ? Array.from({ length: outline.pageCount }, (_, index) => index + 1) : [];
  return (
    <section aria-labelledby="preview-heading" className="preview-step">
      <h3 id="preview-heading">{t('preview.heading')}</h3>
      <p className="hint">{t('preview.hint')}</p>
      <div className="preview-toolbar">
        <SelectField
          id="preview-paper"
          label={t('export.paper.label')}
          value={paper}
          options={PAPER_SIZES.map((size) => ({ value: size, label: t(`export.paper.${size}`) }))}
          onChange={setPaper}
        />
        <SelectField
          id="preview-language"
          label={t('export.language.label')}
          value={language}
          options={REPORT_LANGUAGES.map((each) => ({ value: each, label: t(`languages.${each}`) }))}
          onChange={setLanguage}
        />
        <Checkbox id="preview-photos" label={t('export.photos')} checked={includePhotos} onChange={setIncludePhotos} />
        <div className="preview-zoom" role="group" aria-label={t('preview.zoom.label')}>
          <Button small disabled={zoomIndex <= 0} onClick={() => setZoom(ZOOMS[zoomIndex - 1] ?? zoom)}>
            {t('preview.zoom.out')}
          </Button>
          <output aria-live="polite">{format.percent(zoom)}</output>
          <Button small disabled={zoomIndex >= ZOOMS.length - 1} onClick={() => setZoom(ZOOMS[zoomIndex + 1] ?? zoom)}>
            {t('preview.zoom.in')}
          </Button>
        </div>
        {outline && <HeadingJump outline={outline} value={heading} onChange={setHeading} onGo={goToPage} />}
        <Button
          variant="primary"
          disabled={pdf.run.state === 'running'}
          onClick={() => void pdf.start({ ...options, format: 'pdf' })}
        >
          {t('preview.savePdf')}
        </Button>
      </div>
      <p role="status" className="status-line">
        {preview.state === 'loading'
          ? t('preview.loading')
          : preview.state === 'ready' && preview.updating
            ? t('preview.updating')
            : outline
              ? t('preview.pageCount', { count: outline.pageCount })
              : ''}
      </p>
      {pdf.run.state === 'running' && (
        <div className="export-progress">
          <label htmlFor="preview-pdf-progress">{pdf.run.progress.label || t('preview.pdfSaving')}</label>
          <progress id="preview-pdf-progress" max={pdf.run.progress.total} value={pdf.run.progress.done} />
        </div>
      )}
      {pdf.run.state === 'done' && <ExportResultPanel result={pdf.run.result} />}
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
      {preview.state === 'ready' && (
        <div className="preview-body">
          <nav className="preview-thumbnails" aria-label={t('preview.thumbnails')}>
            {pageNumbers.map((page) => (
              <PageThumbnail
                key={page}
                outline={preview.outline}
                store={preview.pages}
                page={page}
                current={page === current}
                onChoose={goToPage}
              />
            ))}
          </nav>
          <div className="preview-pages" aria-label={t('preview.pagesLabel')} role="region">
            {pageNumbers.map((page) => (
              <PageView
                key={page}
                outline={preview.outline}
                store={preview.pages}
                page={page}
                zoom={zoom}
                onLink={goToBookmark}
              />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

/** The headings of the report, to jump to the page of one (a Key Feature, an area). */
function HeadingJump({
  outline,
  value,
  onChange,
  onGo,
}: {
  outline: PreviewOutline;
  value: string;
  onChange: (value: string) => void;
  onGo: (page: number) => void;
}) {
  const { t } = useTranslation();
  const chosen = outline.outline.find((entry) => entry.bookmark === value) ?? outline.outline[0];
  return (
    <div className="field preview-jump">
      <label htmlFor="preview-heading-jump">{t('preview.jump.label')}</label>
      <select
        id="preview-heading-jump"
        className="select"
        value={chosen?.bookmark ?? ''}
        onChange={(event) => onChange(event.target.value)}
      >
        {outline.outline.map((entry) => (
          <option key={entry.bookmark} value={entry.bookmark}>
            {'\u00a0'.repeat((entry.level - 1) * 2)}
            {entry.title}
          </option>
        ))}
      </select>
      <Button small onClick={() => chosen && onGo(chosen.page)}>
        {t('preview.jump.go', { page: chosen?.page ?? 1 })}
      </Button>
    </div>
  );
}
