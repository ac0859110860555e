import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useApiQuery } from './useApiQuery';

export function AppFooter() {
  const { t } = useTranslation();
  const info = useApiQuery(() => api().getAppInfo(), []);
  return (
    <footer className="app-footer">
      {info.state === 'ready' && (
        <p>{t('app.version', { version: info.value.version, framework: info.value.frameworkVersion })}</p>
      )}
    </footer>
  );
}
