import { isRipotiError } from '@/shared/errors';
import type { AnswersOutcome } from '@/shared/ipc/channels/questionnaires';
import type { SkippedPicture } from '@/shared/ipc/channels/word-import';
import type { Attachment, EvidenceRef, Report, Section } from '@/shared/report/schema';
import type { DraftServices } from '../drafts/draft-services';
import type { WordDocument } from '../word-import/read/word-blocks';
import { mergeAnswers } from './merge-answers';
import type { QuestionnaireRecord, StoredConflict } from './questionnaire-store';
import type { FoundAnswer } from './read-answers';

export interface ApplyAnswersInput {
  readonly drafts: DraftServices;
  readonly record: QuestionnaireRecord;
  readonly answers: readonly FoundAnswer[];
  readonly fileName: string;
  readonly receivedAt: string;
  readonly document: WordDocument;
}

/**
 * Merges a department's answers into the report in one save, with a History snapshot before
 * it and one after it that says "answers from <department>, received <date>" (recorded even
 * when nothing changed, so the officer sees the answers arrived). Photos go through the
 * attachment store; measures tables typed into a text answer become new measure rows.
 */
export async function applyAnswers(
  input: ApplyAnswersInput,
): Promise<AnswersOutcome & { storedConflicts: StoredConflict[] }> {
  const { drafts, record, receivedAt } = input;
  const report = await drafts.store.get(record.reportId);
  const prefix = `q${record.id.slice(0, 8)}r${record.returns.length + 1}`;
  const merged = mergeAnswers(report, input.answers, (n) => `${prefix}-${n}`);
  const sections = { ...merged.sections };
  const attachments = { ...report.attachments };
  const skippedPictures: SkippedPicture[] = [];
  let photosAdded = 0;
  let extraRows = 0;
  for (const answer of input.answers) {
    if (!answer.found || answer.question.field === 'measures') continue;
    const section = sections[answer.question.featureId];
    if (!section) continue;
    const measures = [
      ...section.measures,
      ...answer.measures.map(({ draft }) => ({ id: `${prefix}-t${++extraRows}`, ...draft })),
    ];
    const evidence: EvidenceRef[] = [...section.evidence];
    for (const [index, photo] of answer.photos.entries()) {
      try {
        const base = input.fileName.replace(/\.docx$/i, '');
        const attachment: Attachment = await drafts.attachments.add({
          bytes: await photo.picture.read(),
          fileName: `${base}-${answer.question.featureId}-${index + 1}.${photo.picture.contentType.split('/')[1] ?? 'bin'}`,
          mediaType: photo.picture.contentType,
        });
        attachments[attachment.id] = attachment;
        if (!evidence.some((ref) => ref.attachmentId === attachment.id))
          evidence.push({ attachmentId: attachment.id, caption: photo.caption.slice(0, 2_000) });
        photosAdded++;
      } catch (error) {
        if (!isRipotiError(error)) throw error;
        skippedPictures.push({
          partHeading: `${answer.question.featureId}/${answer.question.field}`,
          caption: photo.caption,
          message: error.message,
        });
      }
    }
    sections[answer.question.featureId] = { ...section, measures, evidence };
  }
  for (const [featureId, section] of Object.entries(sections)) {
    const before = report.sections[featureId];
    if (!before || JSON.stringify(before) === JSON.stringify(section)) continue;
    sections[featureId] = {
      ...section,
      status: section.status === 'not-started' ? 'in-progress' : section.status,
      updatedAt: receivedAt,
    } satisfies Section;
  }
  const changedAnything = JSON.stringify(sections) !== JSON.stringify(report.sections);
  // Answers that change a final report make it a draft again, as an edit in the form does.
  const next: Report = {
    ...report,
    sections,
    attachments,
    status: changedAnything ? 'draft' : report.status,
    updatedAt: receivedAt,
  };
  const source = { kind: 'department', department: record.department, receivedAt } as const;
  if (changedAnything) {
    await drafts.history.snapshotOf(report, 'before-word-in', { source, evenIfUnchanged: true });
    await drafts.store.put(next);
  }
  await drafts.history.snapshotOf(changedAnything ? next : report, 'answers', { source, evenIfUnchanged: true });
  return {
    reportId: report.id,
    questionnaireId: record.id,
    department: record.department,
    receivedAt,
    changed: merged.changed,
    unchanged: merged.unchanged,
    conflicts: merged.conflictRefs,
    notFound: merged.notFound,
    photosAdded,
    skippedPictures,
    trackedChanges: input.document.trackedChanges,
    comments: input.document.comments,
    storedConflicts: merged.conflicts,
  };
}
