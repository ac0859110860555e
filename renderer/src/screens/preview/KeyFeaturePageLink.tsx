import { useTranslation } from 'react-i18next';
import { headingOfPath, previewHref } from './preview-target';

/**
 * "See it on its page": opens the Preview step at the page of a Key Feature or an area
 * (by its number, or by the path of one of its fields, as the Review step lists them).
 */
export function KeyFeaturePageLink({ reportId, heading, path }: { reportId: string; heading?: string; path?: string }) {
  const { t } = useTranslation();
  const target = heading ?? (path ? headingOfPath(path) : undefined);
  if (!target) return null;
  return (
    <a className="page-link" href={previewHref(reportId, target)}>
      {t('preview.seeOnPage', { heading: target })}
    </a>
  );
}
