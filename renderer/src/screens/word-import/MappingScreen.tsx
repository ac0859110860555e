import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allAreas } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import {
  EXISTING_TEXT_POLICIES,
  IMPORT_FIELDS,
  type ExistingTextPolicy,
  type ImportDecision,
  type ImportPartView,
  type WordImportPreview,
} from '@/shared/ipc/channels/word-import';
import { localize } from '@/shared/language';
import type { Report } from '@/shared/report/schema';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { useFormat } from '../../i18n/useFormat';
import {
  initialDecisions,
  meetsExistingText,
  targetOfValue,
  targetValue,
  toImportDecisions,
  withPolicy,
  withTarget,
  type Decisions,
} from './mapping-state';

export type ImportInto = { kind: 'new' } | { kind: 'report'; reportId: string };

const FIELD_CHOICES = ['auto', ...IMPORT_FIELDS] as const;

interface Props {
  readonly preview: WordImportPreview;
  readonly framework: Framework;
  /** The open report, when the import starts from one; null on the Reports list. */
  readonly report: Report | null;
  readonly busy: boolean;
  readonly onImport: (into: ImportInto, decisions: ImportDecision[]) => void;
  readonly onCancel: () => void;
}

/**
 * The mapping screen: every part of the Word file with its first words, its size and the
 * proposed place, which the officer changes (Key Feature, field, annex, skip) before anything
 * is written; where a field already has text, keep (the default), add after, or replace.
 */
export function MappingScreen({ preview, framework, report, busy, onImport, onCancel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>(preview.previewId);
  const [decisions, setDecisions] = useState<Decisions>(() => initialDecisions(preview.parts));
  const [into, setInto] = useState<ImportInto>(report ? { kind: 'report', reportId: report.id } : { kind: 'new' });
  const openReport = into.kind === 'report' ? report : null;
  const featureCount = new Set(
    Object.values(decisions).flatMap((decision) =>
      decision.target.kind === 'feature' ? [decision.target.featureId] : [],
    ),
  ).size;

  return (
    <section aria-labelledby="word-mapping-heading" className="word-mapping">
      <h2 id="word-mapping-heading" ref={heading} tabIndex={-1}>
        {t('wordImport.mapping.heading', { file: preview.fileName })}
      </h2>
      <p>{t('wordImport.mapping.summary', { parts: preview.parts.length, features: featureCount })}</p>
      {preview.trackedChanges > 0 && (
        <p className="notice">{t('wordImport.mapping.tracked', { count: preview.trackedChanges })}</p>
      )}
      {preview.comments > 0 && <p className="hint">{t('wordImport.mapping.comments', { count: preview.comments })}</p>}
      {report && (
        <fieldset className="word-mapping__into">
          <legend>{t('wordImport.mapping.into.legend')}</legend>
          <label className="radio">
            <input
              type="radio"
              name="word-import-into"
              checked={into.kind === 'report'}
              onChange={() => setInto({ kind: 'report', reportId: report.id })}
            />{' '}
            {t('wordImport.mapping.into.report', { title: report.title })}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="word-import-into"
              checked={into.kind === 'new'}
              onChange={() => setInto({ kind: 'new' })}
            />{' '}
            {t('wordImport.mapping.into.new')}
          </label>
        </fieldset>
      )}
      <div className="table-scroll">
        <table className="word-mapping__table">
          <caption>{t('wordImport.mapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wordImport.mapping.columns.part')}</th>
              <th scope="col">{t('wordImport.mapping.columns.target')}</th>
              <th scope="col">{t('wordImport.mapping.columns.field')}</th>
              <th scope="col">{t('wordImport.mapping.columns.existing')}</th>
              <th scope="col">{t('wordImport.mapping.columns.why')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.parts.map((part) => {
              const decision = decisions[part.id];
              if (!decision) return null;
              const name = part.heading || t('wordImport.mapping.noHeading');
              const meets = meetsExistingText(part, decision.target, openReport);
              return (
                <tr key={part.id} data-part={part.id}>
                  <th scope="row" className={`word-mapping__part word-mapping__part--level-${Math.min(part.level, 4)}`}>
                    <span className="word-mapping__heading">{name}</span>
                    <span className="word-mapping__words">{part.firstWords}</span>
                    <span className="hint">{describeContent(t, part)}</span>
                  </th>
                  <td>
                    <select
                      aria-label={t('wordImport.mapping.targetLabel', { part: name })}
                      value={targetValue(decision.target)}
                      onChange={(event) =>
                        setDecisions((current) =>
                          withTarget(
                            current,
                            preview.parts,
                            part.id,
                            targetOfValue(event.target.value, decision.target),
                          ),
                        )
                      }
                    >
                      <option value="skip">{t('wordImport.mapping.target.skip')}</option>
                      <option value="annex">{t('wordImport.mapping.target.annex')}</option>
                      <option value="profile">{t('wordImport.mapping.target.profile')}</option>
                      {allAreas(framework).map((area) => (
                        <optgroup key={area.id} label={`${area.id} ${localize(area.title, format.language)}`}>
                          {area.features.map((feature) => (
                            <option key={feature.id} value={`feature:${feature.id}`}>
                              {feature.id} {localize(feature.title, format.language)}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                  <td>
                    {decision.target.kind === 'feature' && (
                      <select
                        aria-label={t('wordImport.mapping.fieldLabel', { part: name })}
                        value={decision.target.field}
                        onChange={(event) => {
                          const field = FIELD_CHOICES.find((candidate) => candidate === event.target.value) ?? 'auto';
                          const target = decision.target;
                          if (target.kind === 'feature')
                            setDecisions((current) =>
                              withTarget(current, preview.parts, part.id, { ...target, field }),
                            );
                        }}
                      >
                        {FIELD_CHOICES.map((field) => (
                          <option key={field} value={field}>
                            {t(`wordImport.mapping.field.${field}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td>
                    {meets ? (
                      <select
                        aria-label={t('wordImport.mapping.policyLabel', { part: name })}
                        value={decision.policy}
                        onChange={(event) =>
                          setDecisions((current) =>
                            withPolicy(
                              current,
                              part.id,
                              EXISTING_TEXT_POLICIES.find((policy) => policy === event.target.value) ?? 'keep',
                            ),
                          )
                        }
                      >
                        {EXISTING_TEXT_POLICIES.map((policy: ExistingTextPolicy) => (
                          <option key={policy} value={policy}>
                            {t(`wordImport.mapping.policy.${policy}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span aria-hidden="true">—</span>
                    )}
                  </td>
                  <td>{t(`wordImport.mapping.reason.${part.reason}`, { percent: format.percent(part.confidence) })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => onImport(into, toImportDecisions(decisions))}
        >
          {busy ? t('wordImport.mapping.importing') : t('wordImport.mapping.import')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('wordImport.mapping.cancel')}
        </button>
      </div>
    </section>
  );
}

function describeContent(t: TFunction, part: ImportPartView): string {
  const facts = [t('wordImport.mapping.words', { count: part.wordCount })];
  if (part.fields.length > 0)
    facts.push(
      t('wordImport.mapping.fields', {
        list: part.fields.map((field) => t(`wordImport.mapping.field.${field}`)).join(', '),
      }),
    );
  if (part.measureRows > 0) facts.push(t('wordImport.mapping.measures', { count: part.measureRows }));
  if (part.photos > 0) facts.push(t('wordImport.mapping.photos', { count: part.photos }));
  if (part.notApplicable) facts.push(t('wordImport.mapping.notApplicable'));
  return facts.join(' · ');
}
