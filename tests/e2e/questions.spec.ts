import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resetFocusOrder, tabTo } from './a11y/keyboard';
import { expect, test } from './harness/fixtures';
import { framework2016 } from '../fixtures/frameworks/national';
import { createTestServices } from './harness/test-services';
import { connectBridge } from './harness/connect-bridge';

const questionsFile = () => ({
  name: 'maswali-2016.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(framework2016(), null, 2)),
});

test.describe('the report’s questions from the national office', () => {
  test('by keyboard: a file read, what it changes shown, accepted; after a restart the new questions and the re-filed draft are there', async ({
    app,
    backend,
    browser,
    renderer,
  }) => {
    const report = await backend.services.reports.create({ title: 'Kilifi 2026', county: 'Kilifi' });
    for (const [id, narrative] of [
      ['1.2.4', 'The Kilifi cultural festival hosted 40 learning stalls.'],
      ['3.3.3', 'Bursaries for 300 adult learners.'],
    ] as const) {
      const section = report.sections[id];
      if (!section) throw new Error('framework shape changed');
      await backend.services.reports.updateSection(report.id, id, { ...section, status: 'in-progress', narrative });
    }
    await app.reload();
    await app.getByRole('link', { name: 'Settings' }).click();
    await app.getByRole('link', { name: 'See the questions in use, or update them from a file' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'The report’s questions' })).toBeFocused();
    await expect(app.getByText('Key Features of Learning Cities, version uil-2015-paraphrase-1')).toBeVisible();
    await expect(
      app.getByText(/^The text is a paraphrase of Key Features of Learning Cities \(UIL, 2013/),
    ).toBeVisible();

    await app.getByLabel('Update the questions from a file').setInputFiles(questionsFile());
    const offer = app.getByRole('region', { name: 'New questions: version 2016-paraphrase-test' });
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('From the file maswali-2016.json.');
    await expect(
      offer.getByRole('region', { name: 'Key Features with a new number: your text moves with them' }),
    ).toContainText('1.2.4 → 1.2.5 Participation in cultural activities');
    await expect(offer.getByRole('region', { name: /^Key Features joined into one/ })).toContainText(
      '1.1.3 + 1.1.4 → 1.1.3 Gender equality and a safe, inclusive community',
    );
    await expect(offer.getByRole('region', { name: /^Key Features no longer asked/ })).toContainText(
      '3.3.3 Learning opportunities that are affordable for all',
    );
    await expect(offer).toContainText(
      '“Kilifi 2026”: text moves 1.2.4 → 1.2.5. “Kilifi 2026”: the text of 3.3.3 goes to the report’s archive.',
    );
    // Nothing changes before the officer says so.
    expect(backend.services.framework.version).toBe('uil-2015-paraphrase-1');

    await resetFocusOrder(app);
    await tabTo(app, /^button.* Use these questions$/);
    await app.keyboard.press('Enter');
    await expect(
      app.getByRole('status').filter({ hasText: 'Now using version 2016-paraphrase-test. 1 draft was re-filed' }),
    ).toBeVisible();
    await expect(app.getByText('Key Features of Learning Cities, version 2016-paraphrase-test')).toBeVisible();

    // On disk: the questions kept, the draft re-filed, a copy of it from before in History.
    const stored = JSON.parse(await readFile(path.join(backend.dataDir, 'framework', 'current.json'), 'utf8')) as {
      version: string;
    };
    expect(stored.version).toBe('2016-paraphrase-test');
    expect((await backend.services.drafts?.history.list(report.id))?.map((entry) => entry.reason)).toContain(
      'before-questions-update',
    );

    // A restart on the same folder: the questions in use and the draft as re-filed.
    const restarted = await createTestServices({ dataDir: backend.dataDir });
    const page = await (await browser.newContext()).newPage();
    await connectBridge(page, restarted.services, renderer.url);
    await page.goto(`${renderer.url}/index.html#/reports/${report.id}/1.2`);
    await expect(page.getByRole('region', { name: /^1\.2\.5 / }).getByLabel('What did the city achieve?')).toHaveValue(
      'The Kilifi cultural festival hosted 40 learning stalls.',
    );
    await expect(page.getByRole('region', { name: /^1\.2\.4 / })).toHaveCount(0);
    await page.goto(`${renderer.url}/index.html#/reports/${report.id}/review`);
    await expect(page.getByText('Bursaries for 300 adult learners.')).toBeAttached();
    await page.goto(`${renderer.url}/index.html#/questions`);
    await expect(page.getByText('Key Features of Learning Cities, version 2016-paraphrase-test')).toBeVisible();
  });

  test('a damaged file, or one from someone else, is refused in the officer’s language and changes nothing', async ({
    app,
    backend,
  }) => {
    backend.services.settings.update({ interfaceLanguage: 'fr' });
    await app.goto(`${new URL(app.url()).origin}/index.html#/questions`);
    await app.reload();
    const picker = app.getByLabel('Mettre à jour les questions à partir d’un fichier');
    await picker.setInputFiles({
      name: 'photo.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "ripoti-framework", "formatVersion": 1, "tiers": ['),
    });
    await expect(app.getByRole('alert')).toContainText('Ces questions n’ont pas été prises');
    await expect(app.getByRole('alert')).toContainText('Ce n’est pas un fichier de questions Ripoti.');
    const { profile: _dropped, ...noProfile } = framework2016();
    await picker.setInputFiles({
      name: 'incomplet.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(noProfile)),
    });
    await expect(app.getByRole('alert')).toContainText('Le fichier de questions est endommagé ou incomplet (profile');
    await picker.setInputFiles({
      name: 'consultant.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...framework2016(), publisher: { id: 'a-consultant', name: { en: 'A consultant' } } }),
      ),
    });
    await expect(app.getByRole('alert')).toContainText(
      'Ces questions ne viennent pas du bureau national (éditeur «\u00a0a-consultant\u00a0»)',
    );
    expect(backend.services.framework.version).toBe('uil-2015-paraphrase-1');
  });

  test('new questions waiting are announced on every screen', async ({ app, backend }) => {
    await backend.services.frameworks.considerText(JSON.stringify(framework2016()), {
      kind: 'file',
      fileName: 'maswali.json',
    });
    await app.reload();
    await expect(
      app.getByRole('status').filter({
        hasText: 'New questions from the national office (version 2016-paraphrase-test) are waiting for you.',
      }),
    ).toBeVisible();
    await app.getByRole('link', { name: 'See what changes' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'The report’s questions' })).toBeVisible();
    await app.getByRole('button', { name: 'Not now' }).click();
    await expect(app.getByRole('region', { name: /^New questions/ })).toHaveCount(0);
    expect(backend.services.frameworks.offer()).toEqual({ state: 'none' });
  });
});
