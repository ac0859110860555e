import AxeBuilder from '@axe-core/playwright';
import { bundledFramework } from '../../shared/framework/load';
import { expect, test } from './harness/fixtures';
import { readmeScreenshot } from './harness/readme-screenshot';

test.describe('the app shell', () => {
  test('renders the reports screen with its heading focused and the framework version', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1, name: 'Your reports' })).toBeFocused();
    await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(app.getByText(`framework ${bundledFramework().version}`)).toBeVisible();
  });

  test('has no axe-core violations on the reports and settings screens', async ({ app }) => {
    const onReports = await new AxeBuilder({ page: app }).analyze();
    expect(onReports.violations).toEqual([]);
    await app.getByRole('link', { name: 'Settings' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const onSettings = await new AxeBuilder({ page: app }).analyze();
    expect(onSettings.violations).toEqual([]);
  });

  test('blocks an injected inline script with its Content-Security-Policy', async ({ app }) => {
    const outcome = await app.evaluate(async () => {
      const violation = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
          once: true,
        });
      });
      const script = document.createElement('script');
      script.textContent = 'window.__inlineScriptRan = true;';
      document.head.append(script);
      return {
        directive: await violation,
        ran: (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true,
      };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.directive).toMatch(/^script-src/);
  });

  test('exposes a frozen API whose calls are validated by the real handlers', async ({ app }) => {
    const result = await app.evaluate(async () => {
      const api = (window as unknown as { ripoti: Record<string, (args: unknown) => Promise<unknown>> }).ripoti;
      const frozen = Object.isFrozen(api);
      const bad = await api['getReport']?.({ id: 'not-a-uuid' });
      const missing = await api['getReport']?.({ id: '00000000-0000-4000-8000-000000000000' });
      return { frozen, bad, missing };
    });
    expect(result.frozen).toBe(true);
    expect(result.bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(result.missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('creates a report and lists it, and remembers the interface language', async ({ app }) => {
    await app.getByRole('button', { name: 'New report' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Learning city progress report' })).toBeVisible();
    await app.getByRole('link', { name: 'All reports' }).click();
    await expect(app.getByRole('table')).toContainText('Learning city progress report');
    await readmeScreenshot(app, 'shell');
  });
});
