import { Packer } from 'docx';
import { RipotiError } from '@/shared/errors';
import { allKeyFeatures } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import {
  QUESTION_FIELDS,
  type AnswersImportResult,
  type QuestionnaireConflict,
  type QuestionnaireSummary,
  type QuestionRef,
} from '@/shared/ipc/channels/questionnaires';
import type { Clock } from '../clock';
import type { DraftServices } from '../drafts/draft-services';
import { readWordDocumentOrRefusal } from '../word-import/read/read-word-document';
import { applyAnswers } from './apply-answers';
import { buildQuestionnaire } from './document/build-questionnaire';
import { resolveInReport, type Resolution } from './resolve-answer-conflict';
import type { QuestionnaireStore } from './questionnaire-store';
import { type QuestionnaireRecord, type StoredQuestion } from './questionnaire-store';
import { questionnaireIdOf, readAnswers } from './read-answers';

/**
 * "Ask a department…": writes a questionnaire and records what it sent; a returned file is
 * recognised by the ids it carries, its answers merged three-way with the sent version as the
 * base, and the fields changed on both sides kept as conflicts in the questionnaire's record.
 */
export class QuestionnaireService {
  constructor(
    private readonly framework: Framework,
    private readonly drafts: DraftServices,
    private readonly store: QuestionnaireStore,
    private readonly clock: Clock,
  ) {}

  async create(
    reportId: string,
    department: string,
    dueDate: string,
    asked: readonly QuestionRef[],
  ): Promise<{ questionnaireId: string; fileName: string; bytes: Uint8Array }> {
    const report = await this.drafts.store.get(reportId);
    const order = allKeyFeatures(this.framework).map((feature) => feature.id);
    const wanted = new Set(asked.map((question) => `${question.featureId}/${question.field}`));
    const questions: StoredQuestion[] = [];
    for (const featureId of order) {
      const section = report.sections[featureId];
      if (!section) continue;
      for (const field of QUESTION_FIELDS) {
        if (!wanted.has(`${featureId}/${field}`)) continue;
        questions.push({
          index: questions.length,
          featureId,
          field,
          base: field === 'measures' ? structuredClone(section.measures) : section[field],
        });
      }
    }
    if (questions.length === 0)
      throw new RipotiError('invalid-arguments', 'Choose at least one Key Feature of this report to ask about.');
    const record: QuestionnaireRecord = {
      id: this.clock.newId(),
      reportId,
      department: department.trim(),
      dueDate,
      language: report.language,
      sentAt: this.clock.nowIso(),
      questions,
      returns: [],
    };
    const bytes = await Packer.toBuffer(
      buildQuestionnaire({
        id: record.id,
        report,
        framework: this.framework,
        department: record.department,
        dueDate,
        questions,
      }),
    );
    await this.store.update(reportId, (records) => [...records, record]);
    const safe = (text: string) =>
      text
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60);
    return {
      questionnaireId: record.id,
      fileName: `${[safe(report.profile.county), 'questions', safe(record.department)].filter(Boolean).join('-')}.docx`,
      bytes,
    };
  }

  async importAnswers(fileName: string, bytes: Uint8Array): Promise<AnswersImportResult> {
    const read = await readWordDocumentOrRefusal(bytes);
    if ('refused' in read) return read.refused;
    const { document } = read;
    const id = questionnaireIdOf(document);
    if (!id)
      return {
        status: 'not-a-questionnaire',
        message: `"${fileName}" is not a questionnaire written by Ripoti (it has no "Ripoti ref. questionnaire" line). To bring in a whole report, use Import from Word.`,
      };
    const record = await this.store.find(id);
    if (!record)
      return {
        status: 'not-a-questionnaire',
        message: `"${fileName}" answers a questionnaire that was not sent from this computer, so what was sent is not known here. Import it on the computer that sent it.`,
      };
    const receivedAt = this.clock.nowIso();
    const outcome = await applyAnswers({
      drafts: this.drafts,
      record,
      answers: readAnswers(document, record),
      fileName,
      receivedAt,
      document,
    });
    await this.store.update(record.reportId, (records) =>
      records.map((candidate) =>
        candidate.id !== record.id
          ? candidate
          : {
              ...candidate,
              returns: [
                ...candidate.returns,
                {
                  receivedAt,
                  fileName,
                  changed: [...outcome.changed],
                  unchanged: [...outcome.unchanged],
                  notFound: [...outcome.notFound],
                  conflictCount: outcome.storedConflicts.length,
                  conflicts: outcome.storedConflicts,
                },
              ],
            },
      ),
    );
    const { storedConflicts: _stored, ...shown } = outcome;
    return { status: 'imported', outcome: shown };
  }

  async list(reportId: string): Promise<QuestionnaireSummary[]> {
    return (await this.store.list(reportId)).map((record) => ({
      id: record.id,
      department: record.department,
      dueDate: record.dueDate,
      sentAt: record.sentAt,
      questions: record.questions.map(({ featureId, field }) => ({ featureId, field })),
      returns: record.returns.map((back) => ({
        receivedAt: back.receivedAt,
        fileName: back.fileName,
        changed: back.changed.length,
        unchanged: back.unchanged.length,
        conflicts: back.conflictCount,
        notFound: back.notFound.length,
      })),
      pendingConflicts: record.returns.reduce((sum, back) => sum + back.conflicts.length, 0),
    }));
  }

  async conflicts(reportId: string): Promise<QuestionnaireConflict[]> {
    return (await this.store.list(reportId)).flatMap((record) =>
      record.returns.flatMap((back) =>
        back.conflicts.map((conflict) => ({
          ...conflict,
          questionnaireId: record.id,
          department: record.department,
          receivedAt: back.receivedAt,
        })),
      ),
    );
  }

  /** Writes the officer's choice into the report and closes the conflict; returns how many are left for the report. */
  async resolve(reportId: string, questionnaireId: string, key: string, resolution: Resolution): Promise<number> {
    const record = (await this.store.list(reportId)).find((candidate) => candidate.id === questionnaireId);
    const conflict = record?.returns.flatMap((back) => back.conflicts).find((candidate) => candidate.key === key);
    if (!conflict) throw new RipotiError('not-found', 'This conflict is already resolved.');
    await resolveInReport(this.drafts.store, reportId, conflict, resolution, this.clock.nowIso());
    const records = await this.store.update(reportId, (all) =>
      all.map((candidate) =>
        candidate.id !== questionnaireId
          ? candidate
          : {
              ...candidate,
              returns: candidate.returns.map((back) => ({
                ...back,
                conflicts: back.conflicts.filter((item) => item.key !== key),
              })),
            },
      ),
    );
    return records.reduce(
      (sum, candidate) => sum + candidate.returns.reduce((inner, back) => inner + back.conflicts.length, 0),
      0,
    );
  }
}
