import type { ApiMethod, ParsedArgsOf, ResultOf } from '../../../shared/ipc/contract';
import type { Services } from '../services/services';

/** One handler per contract method, typed from the contract: a missing or extra one fails to compile. */
export type Handlers = { readonly [M in ApiMethod]: (args: ParsedArgsOf<M>) => Promise<ResultOf<M>> | ResultOf<M> };

export function createHandlers(services: Services): Handlers {
  return {
    getAppInfo: () => services.appInfo,
    getSettings: () => services.settings.get(),
    updateSettings: ({ patch }) => services.settings.update(patch),
    listReports: () => services.reports.list(),
    createReport: (args) => services.reports.create(args),
    getReport: ({ id }) => services.reports.get(id),
  };
}
