import { hrefOf } from '../../routing/route';

/** The address of the Preview step opened at a heading's page ("1.1.2", "2.3"): #/reports/<id>/preview/<number>. */
export function previewHref(reportId: string, heading: string): string {
  return `${hrefOf({ screen: 'report', reportId, step: 'preview' })}/${encodeURIComponent(heading)}`;
}

/** The heading a preview address asks for, if any. */
export function targetHeadingOf(hash: string): string | undefined {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] !== 'reports' || parts[2] !== 'preview' || !parts[3]) return undefined;
  const heading = decodeURIComponent(parts[3]);
  return /^\d+(\.\d+)*$/.test(heading) ? heading : undefined;
}

/** The Key Feature (or area) a field's path belongs to: "sections.1.1.2.narrative" → "1.1.2". */
export function headingOfPath(path: string): string | undefined {
  return /^sections\.(\d+(?:\.\d+)*)\./.exec(path)?.[1];
}
