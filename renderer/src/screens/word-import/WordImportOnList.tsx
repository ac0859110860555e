import { api } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import { WordImport } from './WordImport';

/** "Import from Word…" on the Reports list: always into a new report, with the framework main loaded. */
export function WordImportOnList({ onImported }: { onImported: () => void }) {
  const framework = useApiQuery(() => api().getFramework(), []);
  if (framework.state === 'failed') return <ErrorMessage error={framework.error} />;
  if (framework.state === 'loading') return null;
  return <WordImport framework={framework.value} report={null} onImported={onImported} />;
}
