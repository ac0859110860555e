import type { ErrorCode } from '@/shared/errors';
import type { ExportRequest } from '../export-request';
import type { LaidOutReport } from '../pages/lay-out-report-pages';

export type PagesRequest = { readonly id: number; readonly request: ExportRequest };

export type PagesReply =
  | { readonly id: number; readonly ok: true; readonly laid: LaidOutReport }
  | { readonly id: number; readonly ok: false; readonly code: ErrorCode; readonly message: string };
