import { PNG } from 'pngjs';
import { hasChartableMeasures, measuresChart, type MeasuresChartInput } from '@/shared/charts/measures-chart';
import { chartSvg } from '@/shared/charts/chart-svg';
import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import type { Report, Section } from '@/shared/report/schema';
import { textWidthPixels } from '../document/page-frame';
import { isSectionEmpty } from '../document/section-state';
import { reportLabels } from '../labels/report-labels';
import { rasteriseChart } from './rasterise-chart';

/** A measures chart ready to place: its picture, its size in pixels, what it says, and its caption. */
export interface ChartPicture {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly description: string;
  readonly caption: string;
  readonly input: MeasuresChartInput;
}

/**
 * How a chart's picture is made: rendered for the Word file, or a stand-in of the same size
 * for the page preview and the PDF, which draw the chart from its data (and the layout only
 * needs the picture's size). Each stand-in differs, so each chart keeps its own name in docx's media.
 */
export type ChartPictureMode = 'rendered' | 'stand-in';

/**
 * The chart of every measures table with a number in it, in the export's areas, keyed by the
 * section it belongs to (a Key Feature's or an archived one).
 */
export async function prepareReportCharts(
  report: Report,
  framework: Framework,
  options: ExportOptions,
  mode: ChartPictureMode,
): Promise<Map<Section, ChartPicture>> {
  const labels = reportLabels(options.language);
  const areaIds = options.areaIds ? new Set(options.areaIds) : undefined;
  const sections: [string, Section | undefined][] = framework.tiers
    .flatMap((tier) => tier.areas)
    .filter((area) => !areaIds || areaIds.has(area.id))
    .flatMap((area) =>
      area.features.map((feature) => [feature.id, report.sections[feature.id]] as [string, Section | undefined]),
    );
  if (!areaIds)
    sections.push(
      ...report.archivedSections.map((archived) => [archived.featureId, archived.section] as [string, Section]),
    );
  const charts = new Map<Section, ChartPicture>();
  for (const [featureId, section] of sections) {
    if (
      !section ||
      isSectionEmpty(section) ||
      section.status === 'not-applicable' ||
      !hasChartableMeasures(section.measures)
    )
      continue;
    const title = labels.chart.caption.replace('{id}', featureId);
    const input: MeasuresChartInput = {
      title,
      rows: section.measures,
      labels: labels.chart,
      width: textWidthPixels(options.paper),
    };
    const drawing = measuresChart(input);
    const data = mode === 'rendered' ? await rasteriseChart(chartSvg(drawing)) : standIn(charts.size);
    charts.set(section, {
      data,
      width: drawing.width,
      height: drawing.height,
      description: drawing.alt,
      caption: title,
      input,
    });
  }
  return charts;
}

/** A 1 × 1 PNG whose one pixel encodes `index`: a distinct picture for each chart, at no cost. */
function standIn(index: number): Uint8Array {
  const png = new PNG({ width: 1, height: 1 });
  png.data.set([(index >> 16) & 255, (index >> 8) & 255, index & 255, 255]);
  const bytes = PNG.sync.write(png);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
