import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions, EXPORT_FORMATS } from '@/shared/ipc/channels/export';
import { exampleReport } from '../example/example-report';
import { buildOutput } from '../output-kinds';

/**
 * Builds a sample report of every output kind and throws it away. A new thread first loads
 * docx and our layout code and runs them unoptimised: that made the session's first export
 * three to four times slower than the next. Done while the officer looks at the Export step,
 * it leaves the real export only warm code to run.
 */
export async function warmUp(): Promise<void> {
  const framework = bundledFramework();
  const sample = exampleReport(framework, { wordsPerFeature: 200, photoCount: 2 });
  const photos = new Map([...sample.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
  for (const format of EXPORT_FORMATS) {
    await buildOutput({
      report: sample.report,
      framework,
      options: { ...defaultExportOptions, format },
      photos,
      exportedAt: sample.report.updatedAt,
    });
  }
}
