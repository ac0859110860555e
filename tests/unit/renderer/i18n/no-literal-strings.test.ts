import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The lint rule that keeps visible text out of components, run here so that the test suite
 * (not only `npm run lint`) fails when a component shows an untranslated string. The rule is
 * taken from the project's real ESLint config as it applies to a component, then run alone with
 * a plain parser, so this takes a second rather than type-checking the whole app.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../../..');

const rulesSchema = z.object({ rules: z.object({ 'no-restricted-syntax': z.array(z.unknown()).min(2) }) });

async function linter(): Promise<ESLint> {
  const computed: unknown = await new ESLint({ cwd: repoRoot }).calculateConfigForFile(
    path.join(repoRoot, 'renderer/src/App.tsx'),
  );
  const rule = rulesSchema.parse(computed).rules['no-restricted-syntax'] as Linter.RuleEntry;
  const overrideConfig: Linter.Config[] = [
    {
      files: ['**/*.tsx'],
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: { 'no-restricted-syntax': rule },
    },
  ];
  return new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig });
}

async function messagesFor(code: string): Promise<string[]> {
  const [result] = await (await linter()).lintText(code, { filePath: path.join(repoRoot, 'renderer/src/Example.tsx') });
  return (result?.messages ?? []).map((message) => `${message.line}:${message.column}`);
}

describe('the lint rule against untranslated strings in components', () => {
  it('rejects literal text, literal children and literal accessible names', async () => {
    expect(await messagesFor('export const A = () => <p>Save and continue</p>;')).toHaveLength(1);
    expect(await messagesFor("export const A = () => <p>{'Hifadhi'}</p>;")).toHaveLength(1);
    expect(await messagesFor("export const A = (p: { ok: boolean }) => <p>{p.ok ? 'Saved' : ''}</p>;")).toHaveLength(1);
    expect(await messagesFor('export const A = (p: { n: number }) => <p>{`${p.n} words left`}</p>;')).toHaveLength(1);
    expect(await messagesFor('export const A = () => <button aria-label="Close" />;')).toHaveLength(1);
    expect(await messagesFor('export const A = () => <img alt="Logo" src="x.png" />;')).toHaveLength(1);
  });

  it('accepts translated text, symbols, numbers and non-visible attributes', async () => {
    const code = [
      "import { useTranslation } from 'react-i18next';",
      'export function A(p: { from: string; to: string }) {',
      '  const { t } = useTranslation();',
      '  return (',
      '    <section className="steps" data-step="profile" id="a-b" aria-label={t(\'report.steps\')}>',
      "      <h1>{t('report.profile')}</h1>",
      '      <p>{p.from} – {p.to} · 45 %</p>',
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    expect(await messagesFor(code)).toEqual([]);
  });

  it('finds no untranslated string in the renderer’s components', async () => {
    const results = await (await linter()).lintFiles(['renderer/src/**/*.tsx']);
    const offenders = results.flatMap((result) =>
      result.messages.map(
        (message) => `${path.relative(repoRoot, result.filePath)}:${message.line}:${message.column} ${message.message}`,
      ),
    );
    expect(results.length).toBeGreaterThan(3);
    expect(offenders).toEqual([]);
  });
});
