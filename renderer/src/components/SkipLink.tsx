import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The first stop for a keyboard or screen-reader user. The app routes by the URL hash, so a plain
 * `href="#main-content"` would navigate away to the reports list; instead it moves focus itself.
 * On a report it goes straight to the current step's heading (the form), past the 17 step links.
 */
export function SkipLink({ toForm }: { toForm: boolean }) {
  const { t } = useTranslation();
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const form = toForm ? document.querySelector<HTMLElement>('main .step-heading') : null;
    const target = form ?? document.getElementById('main-content');
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }
  return (
    <a className="skip-link" href="#main-content" onClick={skip}>
      {toForm ? t('app.skipToForm') : t('app.skipToContent')}
    </a>
  );
}
