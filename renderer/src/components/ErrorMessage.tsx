import { useTranslation } from 'react-i18next';
import type { IpcError } from '@/shared/ipc/result';
import { useDescribeError } from '../i18n/useDescribeError';

export function ErrorMessage({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <p className="error-message" role="alert">
      {t('errors.generic', { message: describe(error) })}
    </p>
  );
}
