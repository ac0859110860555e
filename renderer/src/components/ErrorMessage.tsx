import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';

export function ErrorMessage({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  return (
    <p className="error-message" role="alert">
      {t('errors.generic', { message: error.message })}
    </p>
  );
}
