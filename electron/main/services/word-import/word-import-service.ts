import { RipotiError } from '@/shared/errors';
import { findFeature } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import type { ImportDecision, WordImportOutcome, WordImportPreviewResult } from '@/shared/ipc/channels/word-import';
import { createReport } from '@/shared/report/create';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../clock';
import { nextCyclePeriod } from '../drafts/carry-forward';
import type { DraftServices } from '../drafts/draft-services';
import { applyPlan } from './apply/apply-plan';
import { planImport, type DecidedPart } from './apply/plan-import';
import { coverFacts, type CoverFacts } from './map/cover-facts';
import { indexFramework, type FrameworkIndex } from './map/framework-index';
import { proposeMapping, type ProposedPart } from './map/propose-mapping';
import { readWordDocumentOrRefusal } from './read/read-word-document';

/** A read document waiting for the officer's mapping. Nothing is written until apply. */
interface Session {
  readonly fileName: string;
  readonly parts: readonly ProposedPart[];
  readonly cover: CoverFacts;
  readonly language: Report['language'] | null;
  readonly createdAt: number;
}

/** Read documents kept for their mapping screen: a few, for half an hour (their pictures are in memory). */
const MAX_SESSIONS = 3;
const SESSION_MS = 30 * 60_000;

export type ImportInto =
  | { readonly kind: 'new'; readonly title?: string | undefined }
  | { readonly kind: 'report'; readonly reportId: string };

/**
 * "Import from Word…": preview reads the file and proposes a target for each part; apply
 * writes the officer's decisions in one save, after one History snapshot when it goes into an
 * existing report, so that undo is one step (restore that snapshot, or remove the new report).
 */
export class WordImportService {
  private readonly sessions = new Map<string, Session>();
  /** Imports done since start-up, by report: only these can be undone here (History can restore any). */
  private readonly undoable = new Map<string, string | null>();
  private readonly index: FrameworkIndex;

  constructor(
    private readonly framework: Framework,
    private readonly drafts: DraftServices,
    private readonly clock: Clock,
  ) {
    this.index = indexFramework(framework);
  }

  async preview(fileName: string, bytes: Uint8Array): Promise<WordImportPreviewResult> {
    const started = performance.now();
    const read = await readWordDocumentOrRefusal(bytes);
    if ('refused' in read) return read.refused;
    const { document } = read;
    const mapping = proposeMapping(document, this.framework, this.index);
    const previewId = this.clock.newId();
    this.remember(previewId, {
      fileName,
      parts: mapping.parts,
      cover: coverFacts(document.blocks),
      language: mapping.language,
      createdAt: Date.now(),
    });
    return {
      status: 'ready',
      preview: {
        previewId,
        fileName,
        parts: mapping.parts.map((part) => part.view),
        trackedChanges: document.trackedChanges,
        comments: document.comments,
        language: mapping.language,
        readMs: Math.round(performance.now() - started),
      },
    };
  }

  async apply(previewId: string, into: ImportInto, decisions: readonly ImportDecision[]): Promise<WordImportOutcome> {
    const session = this.sessions.get(previewId);
    if (!session)
      throw new RipotiError(
        'not-found',
        'This Word file is no longer open for import (it was read more than 30 minutes ago, or Ripoti restarted). Choose the file again.',
      );
    const decided = this.decide(session, decisions);
    const now = this.clock.nowIso();
    const target =
      into.kind === 'report' ? await this.drafts.store.get(into.reportId) : this.newReport(session, into.title, now);
    const before =
      into.kind === 'report'
        ? await this.drafts.history.snapshotOf(target, 'before-word-in', {
            source: { kind: 'word-file', fileName: session.fileName },
            evenIfUnchanged: true,
          })
        : null;
    const applied = await applyPlan(target, planImport(decided), {
      now,
      fileName: session.fileName,
      tag: `w${previewId.slice(0, 8)}`,
      intoNewReport: into.kind === 'new',
      ...(session.language && { language: session.language }),
      profileKinds: new Map(this.framework.profile.map((field) => [field.id, field.kind])),
      addPhoto: (photo) => this.drafts.attachments.add(photo),
    });
    await this.drafts.store.put(applied.report);
    this.sessions.delete(previewId);
    this.undoable.set(applied.report.id, before?.id ?? null);
    return {
      reportId: applied.report.id,
      undo: { reportId: applied.report.id, snapshotId: before?.id ?? null },
      featuresChanged: applied.featuresChanged,
      annexEntries: applied.annexEntries,
      photosAdded: applied.photosAdded,
      skippedPictures: applied.skippedPictures,
    };
  }

  /** Undo of the whole import: the snapshot taken before it comes back (itself undoable), or the new report goes to the trash. */
  async undo(reportId: string, snapshotId: string | null): Promise<void> {
    if (!this.undoable.has(reportId) || this.undoable.get(reportId) !== snapshotId)
      throw new RipotiError(
        'not-found',
        'There is no Word import of this report to undo here. History still has the version from before it.',
      );
    if (snapshotId) await this.drafts.history.restore(reportId, snapshotId);
    else await this.drafts.store.delete(reportId);
    this.undoable.delete(reportId);
  }

  private decide(session: Session, decisions: readonly ImportDecision[]): DecidedPart[] {
    const byPart = new Map(decisions.map((decision) => [decision.partId, decision]));
    for (const decision of decisions) {
      if (!session.parts.some((part) => part.view.id === decision.partId))
        throw new RipotiError('invalid-arguments', `The document has no part ${decision.partId}.`);
      const target = decision.target;
      if (target.kind === 'feature' && !findFeature(this.framework, target.featureId))
        throw new RipotiError('invalid-arguments', `There is no Key Feature ${target.featureId} in this framework.`);
    }
    // A part the screen did not send keeps its proposal, and text already there is kept.
    return session.parts.map((part) => ({
      ...part,
      decision: byPart.get(part.view.id) ?? { partId: part.view.id, target: part.view.proposed, policy: 'keep' },
    }));
  }

  private newReport(session: Session, title: string | undefined, now: string): Report {
    const name = session.cover.title ?? session.fileName.replace(/\.docx$/i, '');
    const report = createReport(this.framework, {
      id: this.clock.newId(),
      now,
      title: (title ?? name).slice(0, 2_000),
      ...(session.language && { language: session.language }),
      ...(session.cover.period && { period: nextCyclePeriod(session.cover.period) }),
    });
    return { ...report, importedFrom: { fileName: session.fileName.slice(0, 2_000), importedAt: now } };
  }

  private remember(previewId: string, session: Session): void {
    const now = Date.now();
    for (const [id, old] of this.sessions) if (now - old.createdAt > SESSION_MS) this.sessions.delete(id);
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    this.sessions.set(previewId, session);
  }
}
