import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { systemClock } from '@/electron/main/services/clock';
import { openDraftServices, type DraftServices } from '@/electron/main/services/drafts/draft-services';
import { QuestionnaireService } from '@/electron/main/services/questionnaires/questionnaire-service';
import { QuestionnaireStore } from '@/electron/main/services/questionnaires/questionnaire-store';
import { WordImportService } from '@/electron/main/services/word-import/word-import-service';
import { bundledFramework } from '@/shared/framework/load';

export interface ImportWorld {
  readonly dir: string;
  readonly drafts: DraftServices;
  readonly wordImport: WordImportService;
  readonly questionnaires: QuestionnaireService;
  dispose(): Promise<void>;
}

/** The real services on a fresh user-data folder, as the app opens them. */
export async function openImportWorld(): Promise<ImportWorld> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ripoti-wordin-'));
  const framework = bundledFramework();
  const drafts = await openDraftServices(dir, {
    appVersion: '0.0.0-test',
    framework,
    clock: systemClock,
    historyIntervalMinutes: () => 10,
  });
  return {
    dir,
    drafts,
    wordImport: new WordImportService(framework, drafts, systemClock),
    questionnaires: new QuestionnaireService(framework, drafts, new QuestionnaireStore(dir), systemClock),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A small photo of one colour, a real PNG any reader decodes. */
export function solidPng(width: number, height: number, [red, green, blue]: readonly [number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let index = 0; index < png.data.length; index += 4) png.data.set([red, green, blue, 255], index);
  return PNG.sync.write(png);
}
