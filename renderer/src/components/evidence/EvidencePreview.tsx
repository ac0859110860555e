import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApiQuery } from '../useApiQuery';

/** A small picture of a photo as it will appear in the report; documents show no preview. */
export function EvidencePreview({ attachmentId }: { attachmentId: string }) {
  const { t } = useTranslation();
  const preview = useApiQuery(() => api().attachmentPreview({ attachmentId }), [attachmentId]);
  if (preview.state !== 'ready' || preview.value === '') return null;
  return <img src={preview.value} alt={t('drafts.evidence.previewAlt')} className="evidence-preview" width={120} />;
}
