import type { Page } from '@playwright/test';
import jpeg from 'jpeg-js';
import { resetFocusOrder, tabTo } from './a11y/keyboard';
import { expect, test } from './harness/fixtures';

/** A small real JPEG, different for each Key Feature so each is stored as its own photo. */
function photo(shade: number): Buffer {
  return Buffer.from(jpeg.encode({ width: 320, height: 200, data: Buffer.alloc(320 * 200 * 4, shade) }, 80).data);
}

interface Answer {
  readonly feature: string;
  readonly status: 'In progress' | 'Complete' | 'Does not apply to our city';
  readonly narrative: string;
  readonly measure?: {
    indicator: string;
    unit: string;
    baseline: string;
    current: string;
    target: string;
    source: string;
  };
  readonly caption?: string;
  readonly reason?: string;
}

const ANSWERS: readonly Answer[] = [
  {
    feature: '1.1.1',
    status: 'Complete',
    narrative: 'Adult literacy classes reached 1,200 learners in twelve wards.',
    measure: {
      indicator: 'Adult literacy learners enrolled',
      unit: 'people',
      baseline: '850',
      current: '1,200',
      target: '2,000',
      source: 'County education office',
    },
    caption: 'Graduation of the adult literacy class at Mnarani ward hall, March 2025',
  },
  {
    feature: '1.1.2',
    status: 'In progress',
    narrative: 'Ward barazas let residents question the county budget.',
    measure: {
      indicator: 'Barazas held',
      unit: 'meetings',
      baseline: '12',
      current: '35.5',
      target: '48',
      source: 'Ward administrators',
    },
    caption: 'A baraza in Ganze',
  },
  {
    feature: '1.1.3',
    status: 'Complete',
    narrative: 'Libraries opened on Saturdays for families.',
    measure: {
      indicator: 'Library visits a month',
      unit: 'visits',
      baseline: '1,000',
      current: '2,450',
      target: '3,000',
      source: 'Kenya National Library Service',
    },
    caption: 'Saturday reading at Kilifi library',
  },
  {
    feature: '1.1.4',
    status: 'Does not apply to our city',
    narrative: '',
    reason: 'No such programme ran in the county during this cycle.',
  },
];

const featureRegion = (page: Page, feature: string) =>
  page.getByRole('region', { name: new RegExp(`^${feature.replace(/\./g, '\\.')} `) });

/** Moves the focused radio group's choice with the arrow keys until `label` is chosen. */
async function chooseWithArrows(page: Page, feature: string, label: string) {
  const group = featureRegion(page, feature);
  for (
    let press = 0;
    press < 4 && !(await group.getByRole('radio', { name: label, exact: true }).isChecked());
    press += 1
  )
    await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: label, exact: true })).toBeChecked();
}

test('an officer completes a whole area by keyboard alone, and after a reload every value and every choice is still there', async ({
  app,
  backend,
}) => {
  test.setTimeout(240_000);
  const report = await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi' });
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/1.1`);
  await expect(app.getByRole('heading', { level: 2, name: /^1\.1 / })).toBeFocused();
  await resetFocusOrder(app);

  for (const [index, answer] of ANSWERS.entries()) {
    const region = featureRegion(app, answer.feature);
    if (answer.reason) {
      // Not applicable: the status first, then the reason the form asks for.
      await tabTo(app, /^input\[radio\]/);
      await chooseWithArrows(app, answer.feature, answer.status);
      await tabTo(app, /^textarea Why does this Key Feature not apply\?$/);
      await app.keyboard.type(answer.reason);
      continue;
    }
    await tabTo(app, /^textarea What did the city achieve\?$/);
    await app.keyboard.type(answer.narrative);
    // The officer goes back up to say where the Key Feature is (writing put it in progress).
    await tabTo(app, /^input\[radio\]/, { backwards: true });
    await chooseWithArrows(app, answer.feature, answer.status);
    await resetFocusOrder(app);

    const measure = answer.measure;
    if (measure) {
      await tabTo(app, /^button.* Add a measure$/);
      await app.keyboard.press('Enter');
      await expect(region.getByLabel('Indicator, row 1')).toBeFocused();
      await resetFocusOrder(app);
      await app.keyboard.type(measure.indicator);
      for (const [cell, text] of [
        ['Unit', measure.unit],
        ['Baseline', measure.baseline],
        ['Current value', measure.current],
        ['Target', measure.target],
        ['Source', measure.source],
      ] as const) {
        await tabTo(app, new RegExp(`${cell}, row 1$`));
        await app.keyboard.type(text);
      }
    }

    if (answer.caption) {
      // The system's file dialog is the one thing not driven by keys here: Playwright answers it.
      await tabTo(app, /^button.* Add photos$/);
      const chooser = app.waitForEvent('filechooser');
      await app.keyboard.press('Enter');
      await (
        await chooser
      ).setFiles({ name: `ward-${answer.feature}.jpg`, mimeType: 'image/jpeg', buffer: photo(60 + index * 40) });
      // Focus goes to the new photo's caption, so the officer types it straight away.
      await expect(region.getByLabel('Caption for item 1')).toBeFocused();
      await resetFocusOrder(app);
      await app.keyboard.type(answer.caption);
    }
  }
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('save-status')).toHaveText(/^Saved \d/);
  await expect(app.getByRole('link', { name: /^1\.1 Individual empowerment.*3 of 4/ })).toBeVisible();

  const checkScreen = async () => {
    for (const answer of ANSWERS) {
      const region = featureRegion(app, answer.feature);
      // Exactly the chosen status is selected in each Key Feature.
      for (const status of ['Not started', 'In progress', 'Complete', 'Does not apply to our city']) {
        const radio = region.getByRole('radio', { name: status, exact: true });
        if (status === answer.status) await expect(radio, `${answer.feature} ${status}`).toBeChecked();
        else await expect(radio, `${answer.feature} ${status}`).not.toBeChecked();
      }
      if (answer.reason) {
        await expect(region.getByLabel('Why does this Key Feature not apply?')).toHaveValue(answer.reason);
        continue;
      }
      await expect(region.getByRole('textbox', { name: 'What did the city achieve?' })).toHaveValue(answer.narrative);
      if (answer.measure) {
        const measure = answer.measure;
        for (const [cell, text] of [
          ['Indicator', measure.indicator],
          ['Unit', measure.unit],
          ['Baseline', measure.baseline],
          ['Current value', measure.current],
          ['Target', measure.target],
          ['Source', measure.source],
        ] as const) {
          await expect(region.getByLabel(`${cell}, row 1`)).toHaveValue(text);
        }
      }
      if (answer.caption) {
        await expect(region.getByLabel('Caption for item 1')).toHaveValue(answer.caption);
        await expect(region.getByText(`ward-${answer.feature}.jpg`)).toBeVisible();
      }
    }
  };
  await checkScreen();

  await app.reload();
  await expect(app.getByRole('heading', { level: 2, name: /^1\.1 / })).toBeFocused();
  await checkScreen();

  // Every control on the page is named after its Key Feature: no name is shared across features.
  const names = await app
    .locator('main [name]')
    .evaluateAll((elements) =>
      elements.map((element) => [
        element.getAttribute('name') ?? '',
        element.closest('[data-feature-id]')?.getAttribute('data-feature-id') ?? '',
      ]),
    );
  for (const [name, feature] of names)
    if (feature)
      expect(name, `control of ${feature}`).toMatch(new RegExp(`^section-${feature.replace(/\./g, '-')}\\.`));

  // And on disk.
  const saved = await backend.services.reports.get(report.id);
  expect(['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((id) => saved.sections[id]?.status)).toEqual([
    'complete',
    'in-progress',
    'complete',
    'not-applicable',
  ]);
  expect(saved.sections['1.1.4']?.notApplicableReason).toBe(ANSWERS[3]?.reason);
  expect(saved.sections['1.1.1']?.measures.map(({ id: _id, ...cells }) => cells)).toEqual([
    {
      indicator: 'Adult literacy learners enrolled',
      unit: 'people',
      baseline: '850',
      current: '1200',
      target: '2000',
      source: 'County education office',
    },
  ]);
  expect(saved.sections['1.1.2']?.measures[0]?.current).toBe('35.5');
  for (const answer of ANSWERS.slice(0, 3)) {
    const section = saved.sections[answer.feature];
    expect(section?.narrative).toBe(answer.narrative);
    expect(section?.evidence.map((item) => item.caption)).toEqual([answer.caption]);
    const attachment = saved.attachments[section?.evidence[0]?.attachmentId ?? ''];
    expect(attachment?.fileName).toBe(`ward-${answer.feature}.jpg`);
  }
});
