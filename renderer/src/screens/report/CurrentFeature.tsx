import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Writing: 1.1.2 …" in the report's top bar: the Key Feature that holds the keyboard focus,
 * so an officer deep in a long area still sees where they are (issue #16, item 6). It reads
 * the heading of the Key Feature around the focused field; the editor keys it by step, so a
 * new step starts with nothing shown.
 */
export function CurrentFeature() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const feature = target?.closest('.key-feature');
      if (!feature) return;
      setTitle(feature.querySelector('h3')?.textContent.replace(/\s+/g, ' ').trim() ?? '');
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  if (!title) return null;
  return <p className="report__current">{t('reportForm.current', { feature: title })}</p>;
}
