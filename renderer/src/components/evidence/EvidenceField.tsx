import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '@/shared/report/completeness';
import type { Attachment, EvidenceRef } from '@/shared/report/schema';
import { api } from '../../api';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../controls/Button';
import { FilePicker } from '../controls/FilePicker';
import { fileToBase64 } from '../draft-files/file-bytes';
import { describedBy } from '../form/FieldError';
import { errorId, fieldId } from '../form/field-id';
import { EvidencePreview } from './EvidencePreview';
import { fileSize, PHOTO_ACCEPT, photoTypeOf } from './photo-files';

/**
 * A section's evidence: photos with captions (photo-files.ts says why documents are refused).
 * The file's bytes go to the attachments service (stored once by content, checked, downscaled
 * for the report); the section keeps only a reference and the caption. After photos are added,
 * focus moves to the first new caption, so a keyboard user types it straight away.
 */
export function EvidenceField({
  reportId,
  featureId,
  value,
  attachments,
  problems,
  onChange,
}: {
  reportId: string;
  featureId: string;
  value: EvidenceRef[];
  attachments: Readonly<Record<string, Attachment>>;
  problems: ReadonlyMap<string, Problem>;
  onChange: (value: EvidenceRef[]) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const format = useFormat();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<Record<string, Attachment>>({});
  const focusCaption = useRef<number | null>(null);
  const base = `sections.${featureId}.evidence`;
  const hintId = `${fieldId(base)}-hint`;

  useEffect(() => {
    if (focusCaption.current === null) return;
    document.getElementById(fieldId(`${base}.${focusCaption.current}.caption`))?.focus();
    focusCaption.current = null;
  }, [value, base]);

  async function onFiles(files: File[]) {
    const refused: string[] = [];
    setBusy(true);
    let next = value;
    const known: Record<string, Attachment> = {};
    for (const file of files) {
      const mediaType = photoTypeOf(file);
      if (!mediaType) {
        refused.push(t('drafts.evidence.notAPhoto', { file: file.name }));
        continue;
      }
      const result = await api().addAttachment({
        reportId,
        fileName: file.name,
        mediaType,
        base64: await fileToBase64(file),
      });
      if (!result.ok) {
        refused.push(t('drafts.evidence.failed', { file: file.name, message: describe(result.error) }));
        continue;
      }
      known[result.value.id] = result.value;
      if (!next.some((ref) => ref.attachmentId === result.value.id))
        next = [...next, { attachmentId: result.value.id, caption: '' }];
    }
    setBusy(false);
    setErrors(refused);
    setAdded((current) => ({ ...current, ...known }));
    if (next !== value) {
      focusCaption.current = value.length;
      onChange(next);
    }
  }

  const sizeText = (bytes: number) => {
    const size = fileSize(bytes);
    return t(`drafts.evidence.size${size.unit}`, { amount: format.number(size.amount) });
  };

  return (
    <fieldset className="evidence">
      <legend>{t('drafts.evidence.legend')}</legend>
      <p className="hint" id={hintId}>
        {t('drafts.evidence.hint')}
      </p>
      {value.length > 0 && (
        <ol className="evidence__list">
          {value.map((ref, index) => {
            const path = `${base}.${index}.caption`;
            const problem = problems.get(path);
            const attachment = added[ref.attachmentId] ?? attachments[ref.attachmentId];
            const photo = attachment === undefined || attachment.mediaType.startsWith('image/');
            return (
              <li key={ref.attachmentId} className="evidence__item">
                <EvidencePreview attachmentId={ref.attachmentId} />
                <div className="evidence__details">
                  {attachment && (
                    <p className="evidence__file">
                      {attachment.fileName} <span className="hint">({sizeText(attachment.byteLength)})</span>
                    </p>
                  )}
                  {!photo && <p className="field-error">{t('drafts.evidence.documentLeftOut')}</p>}
                  <label htmlFor={fieldId(path)}>{t('drafts.evidence.caption', { number: index + 1 })}</label>
                  <textarea
                    id={fieldId(path)}
                    className="evidence__caption"
                    rows={2}
                    value={ref.caption}
                    maxLength={2000}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={describedBy(problem && errorId(path))}
                    onChange={(event) =>
                      onChange(
                        value.map((other) =>
                          other.attachmentId === ref.attachmentId ? { ...other, caption: event.target.value } : other,
                        ),
                      )
                    }
                  />
                  {problem && (
                    <p className="field-error" id={errorId(path)}>
                      {t('drafts.evidence.captionMissing')}
                    </p>
                  )}
                  <Button
                    small
                    variant="warning"
                    onClick={() => onChange(value.filter((other) => other.attachmentId !== ref.attachmentId))}
                  >
                    {t('drafts.evidence.remove', { number: index + 1 })}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <FilePicker
        id={`evidence-${featureId}`}
        label={t('drafts.evidence.add')}
        hintId={hintId}
        accept={PHOTO_ACCEPT}
        multiple
        disabled={busy}
        onFiles={(files) => void onFiles(files)}
      />
      {busy && <p role="status">{t('drafts.evidence.adding')}</p>}
      {errors.length > 0 && (
        <div className="error-message" role="alert">
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
    </fieldset>
  );
}
