import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRef } from '../../../../shared/report/schema';
import { api } from '../../api';
import { fileToBase64 } from '../draft-files/file-bytes';
import { EvidencePreview } from './EvidencePreview';
import { useDescribeError } from '../../i18n/useDescribeError';

/**
 * A section's evidence: photos and documents with captions. The file's bytes go to the
 * attachments service (stored once by content, checked, photos downscaled for the report);
 * the section keeps only a reference and the caption.
 */
export function EvidenceField({ reportId, featureId, value, onChange }: { reportId: string; featureId: string; value: EvidenceRef[]; onChange: (value: EvidenceRef[]) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `evidence-${featureId}`;

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setError(null);
    setBusy(true);
    let next = value;
    for (const file of files) {
      const result = await api().addAttachment({ reportId, fileName: file.name, mediaType: file.type, base64: await fileToBase64(file) });
      if (!result.ok) {
        setError(t('drafts.evidence.failed', { file: file.name, message: describe(result.error) }));
        continue;
      }
      if (!next.some((ref) => ref.attachmentId === result.value.id)) next = [...next, { attachmentId: result.value.id, caption: '' }];
    }
    setBusy(false);
    if (next !== value) onChange(next);
  }

  return (
    <fieldset className="evidence">
      <legend>{t('drafts.evidence.legend')}</legend>
      <p className="hint" id={`${inputId}-hint`}>
        {t('drafts.evidence.hint')}
      </p>
      <ul>
        {value.map((ref, index) => (
          <li key={ref.attachmentId}>
            <EvidencePreview attachmentId={ref.attachmentId} />
            <label>
              {t('drafts.evidence.caption', { number: index + 1 })}
              <input type="text" value={ref.caption} maxLength={2000} onChange={(event) => onChange(value.map((other) => (other.attachmentId === ref.attachmentId ? { ...other, caption: event.target.value } : other)))} />
            </label>
            <button type="button" onClick={() => onChange(value.filter((other) => other.attachmentId !== ref.attachmentId))}>
              {t('drafts.evidence.remove', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId}>{t('drafts.evidence.add')}</label>
      <input id={inputId} type="file" multiple aria-describedby={`${inputId}-hint`} onChange={(event) => void onFiles(event)} disabled={busy} />
      {busy && <p role="status">{t('drafts.evidence.adding')}</p>}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
