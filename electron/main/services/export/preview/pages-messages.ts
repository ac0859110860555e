import type { ErrorCode } from '../../../../../shared/errors';
import type { ExportRequest } from '../export-request';
import type { LaidOutReport } from '../pages/lay-out-report-pages';
import type { BuiltPdf } from '../pdf/build-pdf';

export type PagesRequest = { readonly id: number; readonly kind: 'layout' | 'pdf'; readonly request: ExportRequest };

export type PagesReply =
  | { readonly id: number; readonly ok: true; readonly result: { readonly kind: 'layout'; readonly laid: LaidOutReport } | { readonly kind: 'pdf'; readonly pdf: BuiltPdf } }
  | { readonly id: number; readonly ok: false; readonly code: ErrorCode; readonly message: string };
