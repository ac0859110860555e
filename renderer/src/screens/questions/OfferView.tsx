import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkOffer } from '@/shared/ipc/channels/framework';
import { localize } from '@/shared/language';
import { api } from '../../api';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import { ChangeList } from './ChangeList';
import { originText } from './refusal-text';

/**
 * New questions, before the officer takes them: where they come from, what they change, and
 * what moves in each draft on this computer. "Use these questions" names this offer's id, so
 * main adopts exactly what was read here.
 */
export function OfferView({ offer, onDone }: { offer: FrameworkOffer; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const describe = useDescribeError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const origin = originText(t, offer.origin);

  async function accept() {
    setBusy(true);
    const result = await api().acceptFramework({ offerId: offer.id });
    setBusy(false);
    if (!result.ok) return setError(describe(result.error));
    onDone(t('questions.accepted', { version: result.value.version, count: result.value.migrated }));
  }

  async function dismiss() {
    await api().dismissFrameworkOffer();
    onDone('');
  }

  return (
    <section aria-labelledby="questions-offer-heading" className="questions-offer">
      <h2 id="questions-offer-heading">{t('questions.offer.heading', { version: offer.version })}</h2>
      <p>{origin}</p>
      <p>{t('questions.current.publisher', { publisher: localize(offer.publisher, language) })}</p>
      <p>
        {offer.source.text === 'paraphrase'
          ? t('questions.current.paraphrase', { edition: offer.source.edition })
          : t('questions.offer.checked', { edition: offer.source.edition })}
      </p>
      <h3>{t('questions.changes.heading')}</h3>
      <ChangeList changes={offer.changes} />
      <h3>{t('questions.drafts.heading')}</h3>
      {offer.drafts.length === 0 ? (
        <p>{t('questions.drafts.none')}</p>
      ) : (
        <ul>
          {offer.drafts.map((draft) => {
            const moves = [...draft.renamed, ...draft.merged].map((move) => `${move.from} → ${move.to}`);
            return (
              <li key={draft.reportId}>
                {moves.length === 0 &&
                  draft.archived.length === 0 &&
                  t('questions.drafts.unchanged', { title: draft.title })}
                {moves.length > 0 && t('questions.drafts.moves', { title: draft.title, moves: moves.join(', ') })}
                {moves.length > 0 && draft.archived.length > 0 && ' '}
                {draft.archived.length > 0 &&
                  t('questions.drafts.archived', { title: draft.title, features: draft.archived.join(', ') })}
              </li>
            );
          })}
        </ul>
      )}
      <p className="hint">{t('questions.offer.safe')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void accept()} disabled={busy}>
          {t('questions.accept')}
        </button>
        <button type="button" className="button" onClick={() => void dismiss()} disabled={busy}>
          {t('questions.dismiss')}
        </button>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
