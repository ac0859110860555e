import type { ApiMethod, ParsedArgsOf, ResultOf } from '@/shared/ipc/contract';
import type { Services } from '../services/create-services';
import { appHandlers } from './handlers/app';
import { appFileHandlers } from './handlers/app-files';
import { appUpdateHandlers } from './handlers/app-updates';
import { attachmentHandlers } from './handlers/attachments';
import { draftHandlers } from './handlers/drafts';
import { exportHandlers } from './handlers/export';
import { frameworkHandlers } from './handlers/framework';
import { submissionHandlers } from './handlers/submission';
import { historyHandlers } from './handlers/history';
import { jobHandlers } from './handlers/jobs';
import { previewHandlers } from './handlers/preview';
import { questionnaireHandlers } from './handlers/questionnaires';
import { reportHandlers } from './handlers/reports';
import { sendingHandlers } from './handlers/sending';
import { settingsHandlers } from './handlers/settings';
import { spellingHandlers } from './handlers/spelling';
import { syncHandlers } from './handlers/sync';
import { wordImportHandlers } from './handlers/word-import';

export type HandlersFor<M extends ApiMethod> = {
  readonly [K in M]: (args: ParsedArgsOf<K>) => Promise<ResultOf<K>> | ResultOf<K>;
};

/** One handler per contract method, typed from the contract: a missing or extra one fails to compile. */
export type Handlers = HandlersFor<ApiMethod>;

/** Each domain keeps its handlers in handlers/<domain>.ts, next to its channels in shared/ipc/channels/. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...appFileHandlers(services),
    ...appUpdateHandlers(services),
    ...settingsHandlers(services),
    ...reportHandlers(services),
    ...frameworkHandlers(services),
    ...submissionHandlers(services),
    ...jobHandlers(services),
    ...draftHandlers(services),
    ...historyHandlers(services),
    ...attachmentHandlers(services),
    ...syncHandlers(services),
    ...exportHandlers(services),
    ...spellingHandlers(services),
    ...wordImportHandlers(services),
    ...questionnaireHandlers(services),
    ...previewHandlers(services),
    ...sendingHandlers(services),
  };
}
