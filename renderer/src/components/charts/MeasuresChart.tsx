import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { hasChartableMeasures, measuresChart } from '@/shared/charts/measures-chart';
import { chartSvg } from '@/shared/charts/chart-svg';
import type { MeasureRow } from '@/shared/report/schema';
import './measures-chart.css';

/** Wide enough for labels, scaled down to the form's column by CSS. */
const FORM_CHART_WIDTH = 600;

/**
 * The chart of a Key Feature's measures beside its table, redrawn as the officer types (the
 * same drawing the report prints), with what it cannot draw named under it in words.
 */
export function MeasuresChart({ featureId, measures }: { featureId: string; measures: readonly MeasureRow[] }) {
  const { t } = useTranslation();
  const rows = useDeferredValue(measures);
  if (!hasChartableMeasures(rows)) return null;
  const labels = {
    baseline: t('preview.chart.baseline'),
    current: t('preview.chart.current'),
    target: t('preview.chart.target'),
    unit: t('preview.chart.unit'),
    notDrawn: t('preview.chart.notDrawn'),
    unnamed: t('preview.chart.unnamed'),
  };
  const drawing = measuresChart({
    title: t('preview.chart.title', { id: featureId }),
    rows,
    labels,
    width: FORM_CHART_WIDTH,
  });
  return (
    <figure className="measures-chart">
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(drawing))}`}
        alt={drawing.alt}
        width={drawing.width}
        height={drawing.height}
      />
      {drawing.notes.length > 0 && (
        <figcaption>
          <ul>
            {drawing.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
