import { Document, HeadingLevel, Paragraph, TextRun, type Table, type TableOfContents } from 'docx';
import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import { localize } from '@/shared/language';
import type { Report } from '@/shared/report/schema';
import type { Section } from '@/shared/report/schema';
import type { ChartPicture } from '../charts/report-charts';
import type { PreparedImage } from '../images/prepare-image';
import { formatDate, formatMonth, localIsoDate, reportLabels } from '../labels/report-labels';
import { sanitizeLine } from '../sanitize-text';
import { documentStyles } from './document-styles';
import { featureContent, sectionBody, type FeatureContext } from './feature-content';
import { annexSection } from './annex';
import { contents, coverPage, overviewSection, profileSection } from './front-matter';
import { pageFrame, pageProperties, textWidthPixels } from './page-frame';
import type { PageNumberEstimator } from 'docx';

export interface ReportDocumentInput {
  readonly report: Report;
  readonly framework: Framework;
  readonly options: ExportOptions;
  /** Photos already checked and downscaled, by attachment id; missing ones are left out. */
  readonly images: ReadonlyMap<string, PreparedImage>;
  readonly exportedAt: Date;
  /** Fills the table of contents' page numbers; without it they are left for Word to fill. */
  readonly pageNumbers?: PageNumberEstimator;
  readonly coverImage?: PreparedImage;
  /** The measures charts, by section (issue #18); without them the tables stand alone. */
  readonly charts?: ReadonlyMap<Section, ChartPicture>;
}

type Block = Paragraph | Table | TableOfContents;

/** The whole report as a docx Document: cover, contents, profile, overview, then the framework in order. */
export function buildReportDocument(input: ReportDocumentInput): Document {
  const { report, framework, options } = input;
  const labels = reportLabels(options.language);
  const areaIds = options.areaIds ? new Set(options.areaIds) : undefined;
  const context: FeatureContext = {
    labels,
    language: options.language,
    images: input.images,
    includePhotos: options.includePhotos,
    imageWidth: textWidthPixels(options.paper),
    figures: { count: 0 },
    charts: input.charts,
  };
  const draft = options.mode === 'draft';
  const exportedOn = formatDate(labels, localIsoDate(input.exportedAt));
  const body: Block[] = [
    ...coverPage(report, labels, exportedOn, draft, input.coverImage),
    ...contents(labels),
    ...profileSection(report, framework, labels, options.language),
    ...overviewSection(report, framework, options.language, labels, areaIds),
  ];
  for (const tier of framework.tiers) {
    const areas = tier.areas.filter((area) => !areaIds || areaIds.has(area.id));
    if (areas.length === 0) continue;
    body.push(heading(HeadingLevel.HEADING_1, `${tier.id}  ${localize(tier.title, options.language)}`));
    for (const area of areas) {
      body.push(heading(HeadingLevel.HEADING_2, `${area.id}  ${localize(area.title, options.language)}`));
      for (const feature of area.features) body.push(...featureContent(feature, report.sections[feature.id], context));
    }
  }
  if (!areaIds && report.archivedSections.length > 0) {
    body.push(heading(HeadingLevel.HEADING_1, labels.archivedHeading));
    for (const archived of report.archivedSections) {
      body.push(
        heading(HeadingLevel.HEADING_3, `${archived.featureId}  ${archived.title}`),
        ...sectionBody(archived.section, context),
      );
    }
  }
  if (!areaIds) body.push(...annexSection(report, labels));
  const place = sanitizeLine(report.profile.county || report.profile.city);
  const cycle = `${formatMonth(labels, report.period.startMonth)} – ${formatMonth(labels, report.period.endMonth)}`;
  return new Document({
    title: sanitizeLine(report.title),
    subject: labels.coverSubtitle,
    creator: sanitizeLine(report.profile.focalPointName) || 'Ripoti',
    lastModifiedBy: 'Ripoti',
    description: [place, cycle].filter(Boolean).join(', '),
    keywords: 'UNESCO GNLC, learning city, progress report',
    styles: documentStyles(labels.proofingLanguage),
    // Word refreshes the contents and figure numbers once the officer edits the text.
    features: { updateFields: true },
    pageNumbers: input.pageNumbers,
    sections: [
      {
        properties: pageProperties(options.paper),
        ...pageFrame(labels, [place, cycle].filter(Boolean).join(' · '), draft),
        children: body,
      },
    ],
  });
}

function heading(level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string): Paragraph {
  return new Paragraph({ heading: level, children: [new TextRun(sanitizeLine(text))] });
}
