import { createHash } from 'node:crypto';
import { RipotiError } from '@/shared/errors';
import { checkCandidate, parseFrameworkText, type FrameworkRefusal } from '@/shared/framework/candidate';
import type { Framework } from '@/shared/framework/schema';
import type {
  FrameworkAccepted,
  FrameworkOffer,
  FrameworkOfferState,
  FrameworkOrigin,
} from '@/shared/ipc/channels/framework';
import { effectOnDraft, lossRefusal, type DraftEffect } from '@/shared/report/framework-change';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../clock';
import type { HistoryService } from '../history/history-service';
import type { ReportRepository } from '../reports/report-repository';
import type { CouchDatabase } from '../sync/couch-database';
import { readCountyQuestions } from './county-questions';
import type { FrameworkStore } from './framework-store';

/** Refusals of the county server's questions that need no word to the officer: they are what is in use, or older. */
const QUIET_FROM_SERVER: readonly FrameworkRefusal['code'][] = ['already-in-use', 'older-version'];

/** What the county server offers the questions through (the sync service, with its settings and password). */
export interface CountyDatabaseAccess {
  withCountyDatabase<T>(signal: AbortSignal, work: (database: CouchDatabase, server: string) => Promise<T>): Promise<T>;
}

interface Considered {
  readonly state: FrameworkOfferState;
  readonly framework?: Framework;
  /** The offered data's content key, so that taking it settles it for the rest of the session. */
  readonly key?: string;
}

/**
 * New questions from the national office, from a file or the county server: checked
 * (checkCandidate), tried on every draft on this computer in memory (effectOnDraft), shown to
 * the officer as an offer, and only on their word adopted. Accepting keeps a history snapshot
 * of each draft, makes the new questions durable, then re-files each draft under them.
 */
export class FrameworkService {
  private pending: Considered = { state: { state: 'none' } };
  /** Server questions already settled this session (taken, dismissed, or the ones in use): not offered again at every sync. */
  private readonly settled = new Set<string>();
  /** The revision of the questions document last read from each server: unchanged, it is not downloaded again. */
  private readonly seenRevs = new Map<string, string>();
  private readonly listeners = new Set<(framework: Framework) => void>();

  constructor(
    private readonly store: FrameworkStore,
    private readonly reports: ReportRepository,
    private readonly clock: Clock,
    private readonly history: HistoryService | null = null,
  ) {}

  current(): Framework {
    return this.store.current();
  }

  /** Told after new questions are in use (the services re-read them; the menu and the page redraw). */
  onAdopted(listener: (framework: Framework) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  offer(): FrameworkOfferState {
    return this.pending.state;
  }

  dismiss(): void {
    if (this.pending.key) this.settled.add(this.pending.key);
    this.pending = { state: { state: 'none' } };
  }

  /**
   * Reads the questions published in the county database and offers them when they are new.
   * Run after each sync and from the questions page; the same questions are not offered twice
   * in a session once the officer has taken or dismissed them, and the ones in use raise nothing.
   */
  async checkCounty(
    county: CountyDatabaseAccess,
    signal: AbortSignal = new AbortController().signal,
  ): Promise<FrameworkOfferState> {
    const current = this.current();
    const { read, server } = await county.withCountyDatabase(signal, async (database, address) => ({
      read: await readCountyQuestions(database, current.id, this.seenRevs.get(address)),
      server: address,
    }));
    if (read === undefined || read === 'unchanged') return this.offer();
    this.seenRevs.set(server, read.rev);
    const raw = read.raw;
    const key = contentKey(raw);
    if (this.settled.has(key)) return this.offer();
    const before = this.pending;
    const state = await this.consider(raw, { kind: 'server', server });
    if (state.state === 'refused' && QUIET_FROM_SERVER.includes(state.refusal.code)) {
      this.settled.add(key);
      this.pending = before;
    }
    return this.offer();
  }

  /** A questions file's text, as the officer chose it (menu, page or CLI). */
  considerText(text: string, origin: FrameworkOrigin): Promise<FrameworkOfferState> {
    const parsed = parseFrameworkText(text);
    if (!parsed.ok) return Promise.resolve(this.refused(origin, parsed.refusal));
    return this.consider(parsed.value, origin);
  }

  /** A file that could not even be read (gone, not allowed, far too big): said like any other refusal. */
  unreadable(origin: FrameworkOrigin, message: string): FrameworkOfferState {
    return this.refused(origin, { code: 'unreadable', message, params: {} });
  }

  /** Checks new questions and keeps them as the offer (or the refusal) the page shows. */
  async consider(raw: unknown, origin: FrameworkOrigin): Promise<FrameworkOfferState> {
    const current = this.current();
    const candidate = checkCandidate(raw, current);
    if (!candidate.ok) return this.refused(origin, candidate.refusal);
    const effects = await this.effects(candidate.framework, current);
    const loss = lossRefusal(effects.map((entry) => entry.effect));
    if (loss) return this.refused(origin, loss);
    const offer: FrameworkOffer = {
      id: offerIdOf(candidate.framework),
      origin,
      receivedAt: this.clock.nowIso(),
      version: candidate.framework.version,
      title: candidate.framework.title,
      publisher: candidate.framework.publisher.name,
      source: candidate.framework.source,
      changes: candidate.changes,
      drafts: effects.map(({ effect: { lost: _lost, ...rest } }) => rest),
    };
    this.pending = { state: { state: 'offered', offer }, framework: candidate.framework, key: contentKey(raw) };
    return this.pending.state;
  }

  /** Adopts the offer the officer read (by its id), after checking it again against what is in use now. */
  async accept(offerId: string): Promise<FrameworkAccepted> {
    const { state, framework } = this.pending;
    if (state.state !== 'offered' || state.offer.id !== offerId || !framework) {
      throw new RipotiError(
        'conflict',
        'These questions are no longer the ones on offer. Open the update again to see what it changes.',
      );
    }
    const current = this.current();
    const again = checkCandidate(framework, current);
    if (!again.ok) throw new RipotiError('invalid-data', again.refusal.message);
    const effects = await this.effects(framework, current);
    const loss = lossRefusal(effects.map((entry) => entry.effect));
    if (loss) throw new RipotiError('invalid-data', loss.message);
    for (const { before } of effects) await this.history?.snapshotOf(before, 'before-questions-update');
    // Questions first, drafts after: a crash in between leaves drafts that are re-filed under
    // the new questions when they are next read, exactly as here. The other order would read
    // already re-filed drafts under the old questions and archive their new Key Features.
    await this.store.adopt(framework);
    const now = this.clock.nowIso();
    for (const { migrated } of effects) await this.reports.put({ ...migrated, updatedAt: now });
    if (this.pending.key) this.settled.add(this.pending.key);
    this.pending = { state: { state: 'none' } };
    for (const listener of this.listeners) listener(framework);
    return { version: framework.version, migrated: effects.length };
  }

  private async effects(
    next: Framework,
    current: Framework,
  ): Promise<{ before: Report; effect: DraftEffect; migrated: Report }[]> {
    const results: { before: Report; effect: DraftEffect; migrated: Report }[] = [];
    for (const summary of await this.reports.list()) {
      const before = await this.reports.get(summary.id);
      const previous = (await this.store.version(before.frameworkRef.version)) ?? current;
      results.push({ before, ...effectOnDraft(before, next, previous) });
    }
    return results;
  }

  private refused(origin: FrameworkOrigin, refusal: FrameworkRefusal): FrameworkOfferState {
    this.pending = { state: { state: 'refused', origin, receivedAt: this.clock.nowIso(), refusal } };
    return this.pending.state;
  }
}

function offerIdOf(framework: Framework): string {
  return createHash('sha256').update(JSON.stringify(framework)).digest('hex');
}

/** The same published questions give the same key, however often they are read. */
function contentKey(raw: unknown): string {
  return createHash('sha256').update(JSON.stringify({ raw })).digest('hex');
}
