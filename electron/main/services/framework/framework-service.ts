import { createHash } from 'node:crypto';
import { RipotiError } from '../../../../shared/errors';
import { checkCandidate, parseFrameworkText, type FrameworkRefusal } from '../../../../shared/framework/candidate';
import type { Framework } from '../../../../shared/framework/schema';
import type { FrameworkAccepted, FrameworkOffer, FrameworkOfferState, FrameworkOrigin } from '../../../../shared/ipc/channels/framework';
import { effectOnDraft, lossRefusal, type DraftEffect } from '../../../../shared/report/framework-change';
import type { Report } from '../../../../shared/report/schema';
import type { Clock } from '../clock';
import type { HistoryService } from '../history/history-service';
import type { ReportRepository } from '../reports/report-repository';
import type { FrameworkStore } from './framework-store';

interface Considered {
  readonly state: FrameworkOfferState;
  readonly framework?: Framework;
}

/**
 * New questions from the national office, from a file or the county server: checked
 * (checkCandidate), tried on every draft on this computer in memory (effectOnDraft), shown to
 * the officer as an offer, and only on their word adopted. Accepting keeps a history snapshot
 * of each draft, makes the new questions durable, then re-files each draft under them.
 */
export class FrameworkService {
  private pending: Considered = { state: { state: 'none' } };
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
    this.pending = { state: { state: 'none' } };
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
    this.pending = { state: { state: 'offered', offer }, framework: candidate.framework };
    return this.pending.state;
  }

  /** Adopts the offer the officer read (by its id), after checking it again against what is in use now. */
  async accept(offerId: string): Promise<FrameworkAccepted> {
    const { state, framework } = this.pending;
    if (state.state !== 'offered' || state.offer.id !== offerId || !framework) {
      throw new RipotiError('conflict', 'These questions are no longer the ones on offer. Open the update again to see what it changes.');
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
    this.pending = { state: { state: 'none' } };
    for (const listener of this.listeners) listener(framework);
    return { version: framework.version, migrated: effects.length };
  }

  private async effects(next: Framework, current: Framework): Promise<{ before: Report; effect: DraftEffect; migrated: Report }[]> {
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
