import { AxeAudit } from './a11y/axe-audit';
import { createDispatcher } from '../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '../../electron/main/security/trusted-sender';
import { bridgeScript } from './harness/bridge-script';
import { expect, test } from './harness/fixtures';
import { createTestServices } from './harness/test-services';

test('the first start asks for the language in all three languages, and the choice holds at the next start', async ({
  browser,
  renderer,
}) => {
  const backend = await createTestServices({ firstStart: true });
  try {
    const page = await (await browser.newContext()).newPage();
    const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck(renderer.url));
    await page.exposeBinding('__ripotiInvoke', (source, channel: string, args: unknown) =>
      dispatch(channel, args, source.frame.url()),
    );
    await page.addInitScript({ content: await bridgeScript() });
    await page.goto(`${renderer.url}/index.html`);

    const question = page.getByRole('heading', { level: 1 });
    await expect(question).toBeFocused();
    await expect(question).toHaveText(/Choose your language.*Chagua lugha yako.*Choisissez votre langue/);
    await expect(page.locator('[lang="sw-KE"]').first()).toHaveText('Chagua lugha yako');
    const audit = new AxeAudit();
    await audit.check(page, 'first start, language question');

    // By keyboard: Tab to Kiswahili, Enter.
    for (
      let press = 0;
      press < 10 &&
      !(await page
        .getByRole('button', { name: 'Kiswahili' })
        .evaluate((element) => element === document.activeElement));
      press += 1
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Ripoti zako' })).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sw-KE');
    expect(backend.services.settings.get()).toMatchObject({ interfaceLanguage: 'sw', interfaceLanguageChosen: true });
    // The draft-file picker speaks Kiswahili too (the browser's own said "Choose File").
    await expect(page.getByRole('button', { name: 'Leta faili la rasimu (.ripoti)' })).toBeVisible();
    await audit.check(page, 'reports list after choosing Kiswahili');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Ripoti zako' })).toBeFocused();
    audit.finish('first start');
    await page.close();
  } finally {
    await backend.dispose();
  }
});
