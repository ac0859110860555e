import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '@/shared/framework/schema';
import type { ImportDecision, WordImportOutcome, WordImportPreview } from '@/shared/ipc/channels/word-import';
import type { Report } from '@/shared/report/schema';
import { api } from '../../api';
import { fileToBase64 } from '../../components/draft-files/file-bytes';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { useDescribeError } from '../../i18n/useDescribeError';
import { hrefOf } from '../../routing/route';
import { MappingScreen, type ImportInto } from './MappingScreen';
import { useDescribeWordProblem } from './useDescribeWordProblem';
import './word-import.css';

type Phase =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly file: string }
  | { readonly step: 'mapping'; readonly preview: WordImportPreview; readonly busy: boolean }
  | {
      readonly step: 'done';
      readonly outcome: WordImportOutcome;
      readonly file: string;
      readonly into: ImportInto['kind'];
      readonly title: string;
    };

/**
 * "Import from Word…": choose a .docx, see where each part would go, change it, import; then
 * undo in one step. On the Reports list it makes a new report; in a report, the officer picks
 * this report or a new one for the next cycle. `onImported` lets the open report reload.
 */
export function WordImport({
  framework,
  report,
  flush,
  onImported,
}: {
  framework: Framework;
  report: Report | null;
  flush?: () => Promise<void>;
  onImported?: (outcome: WordImportOutcome) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const describeProblem = useDescribeWordProblem();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const chooseLabel = report ? t('wordImport.choose') : t('wordImport.button');

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage(null);
    setPhase({ step: 'reading', file: file.name });
    const result = await api().previewWordImport({ fileName: file.name, base64: await fileToBase64(file) });
    if (!result.ok) {
      setPhase({ step: 'idle' });
      return setMessage({
        kind: 'error',
        text: t('wordImport.refused', { file: file.name, reason: describe(result.error) }),
      });
    }
    if (result.value.status === 'refused') {
      setPhase({ step: 'idle' });
      return setMessage({
        kind: 'error',
        text: t('wordImport.refused', {
          file: file.name,
          reason: describeProblem(result.value.problem, result.value.message),
        }),
      });
    }
    setPhase({ step: 'mapping', preview: result.value.preview, busy: false });
  }

  async function importNow(preview: WordImportPreview, into: ImportInto, decisions: ImportDecision[]) {
    setPhase({ step: 'mapping', preview, busy: true });
    // What the officer typed a moment ago is saved first, so the import reads it and nothing saves over the import.
    await flush?.();
    const result = await api().applyWordImport({ previewId: preview.previewId, into, decisions });
    if (!result.ok) {
      setPhase({ step: 'mapping', preview, busy: false });
      return setMessage({ kind: 'error', text: t('wordImport.done.failed', { message: describe(result.error) }) });
    }
    const created = await api().getReport({ id: result.value.reportId });
    setPhase({
      step: 'done',
      outcome: result.value,
      file: preview.fileName,
      into: into.kind,
      title: created.ok ? created.value.title : '',
    });
    onImported?.(result.value);
  }

  async function undo(outcome: WordImportOutcome) {
    const result = await api().undoWordImport(outcome.undo);
    if (!result.ok)
      return setMessage({ kind: 'error', text: t('wordImport.done.failed', { message: describe(result.error) }) });
    setPhase({ step: 'idle' });
    setMessage({ kind: 'status', text: t('wordImport.done.undone') });
    onImported?.(outcome);
  }

  return (
    <div className="word-import">
      <label className="file-button">
        {chooseLabel}
        <input
          type="file"
          aria-label={chooseLabel}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => void onFile(event)}
          disabled={phase.step === 'reading' || (phase.step === 'mapping' && phase.busy)}
        />
      </label>
      <p role="status" className="status-line">
        {phase.step === 'reading'
          ? t('wordImport.reading', { file: phase.file })
          : message?.kind === 'status'
            ? message.text
            : ''}
      </p>
      {message?.kind === 'error' && (
        <p className="error-message" role="alert">
          {message.text}
        </p>
      )}
      {phase.step === 'mapping' && (
        <MappingScreen
          preview={phase.preview}
          framework={framework}
          report={report}
          busy={phase.busy}
          onImport={(into, decisions) => void importNow(phase.preview, into, decisions)}
          onCancel={() => setPhase({ step: 'idle' })}
        />
      )}
      {phase.step === 'done' && <ImportDone phase={phase} onUndo={() => void undo(phase.outcome)} />}
    </div>
  );
}

function ImportDone({ phase, onUndo }: { phase: Extract<Phase, { step: 'done' }>; onUndo: () => void }) {
  const { t } = useTranslation();
  const { outcome } = phase;
  const counts = {
    file: phase.file,
    features: outcome.featuresChanged.length,
    annex: outcome.annexEntries,
    photos: outcome.photosAdded,
  };
  // The mapping screen that had focus is gone: the result takes it, so it is read and Tab goes on from here.
  const summary = useFocusOnMount<HTMLParagraphElement>(outcome.reportId);
  return (
    <div className="notice word-import__done" role="status">
      <p ref={summary} tabIndex={-1}>
        {phase.into === 'report'
          ? t('wordImport.done.intoReport', counts)
          : t('wordImport.done.newReport', { ...counts, title: phase.title })}
      </p>
      {outcome.skippedPictures.map((picture, index) => (
        <p key={index} className="hint">
          {t('wordImport.done.skippedPicture', {
            caption: picture.caption || picture.partHeading,
            message: picture.message,
          })}
        </p>
      ))}
      <div className="actions-row">
        {phase.into === 'new' && (
          <a href={hrefOf({ screen: 'report', reportId: outcome.reportId, step: 'profile' })}>
            {t('wordImport.done.open')}
          </a>
        )}
        <button type="button" className="button" onClick={onUndo}>
          {t('wordImport.done.undo')}
        </button>
      </div>
    </div>
  );
}
