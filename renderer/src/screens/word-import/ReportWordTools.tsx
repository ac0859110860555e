import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '@/shared/framework/schema';
import type { Report } from '@/shared/report/schema';
import { api } from '../../api';
import { useApiQuery } from '../../components/useApiQuery';
import { AnswerConflicts } from '../questionnaires/AnswerConflicts';
import { AskDepartment } from '../questionnaires/AskDepartment';
import { ImportAnswers } from '../questionnaires/ImportAnswers';
import { AnnexPanel } from './AnnexPanel';
import { WordImport } from './WordImport';

type Panel = 'import' | 'ask' | 'answers' | null;

/**
 * The open report's way in from Word: import a Word report, ask a department (a
 * questionnaire), import a department's answers; with the answers still in conflict and the
 * annex of parts not mapped. `flush` saves what the officer typed before an import writes.
 */
export function ReportWordTools({
  report,
  framework,
  flush,
  onReportChanged,
}: {
  report: Report;
  framework: Framework;
  flush: () => Promise<void>;
  onReportChanged: () => void;
}) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const conflicts = useApiQuery(
    () => api().listQuestionnaireConflicts({ reportId: report.id }),
    [report.id, report.updatedAt],
  );
  const toggle = (next: Exclude<Panel, null>) => {
    void flush();
    setPanel((current) => (current === next ? null : next));
  };
  const changed = () => {
    conflicts.reload();
    onReportChanged();
  };

  return (
    <section aria-labelledby="word-tools-heading" className="word-tools">
      <h2 id="word-tools-heading" className="visually-hidden">
        {t('wordImport.tools.heading')}
      </h2>
      <div className="actions-row">
        {(['import', 'ask', 'answers'] as const).map((name) => (
          <button
            key={name}
            type="button"
            className="button button--small"
            aria-expanded={panel === name}
            onClick={() => toggle(name)}
          >
            {t(`wordImport.tools.${name}`)}
          </button>
        ))}
      </div>
      {panel === 'import' && <WordImport framework={framework} report={report} flush={flush} onImported={changed} />}
      {panel === 'ask' && (
        <AskDepartment report={report} framework={framework} onSent={() => undefined} onClose={() => setPanel(null)} />
      )}
      {panel === 'answers' && <ImportAnswers flush={flush} onImported={changed} />}
      {conflicts.state === 'ready' && (
        <AnswerConflicts
          conflicts={conflicts.value}
          framework={framework}
          reportId={report.id}
          flush={flush}
          onResolved={changed}
        />
      )}
      <AnnexPanel report={report} />
    </section>
  );
}
