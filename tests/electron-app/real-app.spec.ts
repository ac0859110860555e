import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getCurrentFuseWire } from '@electron/fuses';
import { answerSaveDialogWith, captureContextMenus, launch, newUserData } from './launch';
import type { RipotiApi } from '../../shared/ipc/contract';
import { findRealApp } from './real-app';

type Window = { ripoti: RipotiApi };

/**
 * The packaged app itself, driven by Playwright's Electron support: the sandboxed preload under
 * contextBridge, ripoti:// with its CSP, the save dialog, single instance and file arguments,
 * DevTools and fuses. Where no Electron binary is installed (as on the project's CI machine)
 * every test is reported as skipped with the reason, never as passed.
 */
const real = findRealApp();
test.skip(real.executable === null, real.skipReason ?? '');
const executable = real.executable ?? '';

test.describe.configure({ mode: 'serial' });

test('starts on the Reports list, with no console error and no CSP violation', async () => {
  const { app, window, problems } = await launch(executable, await newUserData());
  await expect(window.getByRole('heading', { level: 1, name: 'Your reports' })).toBeVisible();
  expect(new URL(window.url()).protocol).toBe('ripoti:');
  // The page sees only the preload's frozen API: no Node, no ipcRenderer.
  expect(
    await window.evaluate(() => ({
      api: typeof (window as unknown as { ripoti?: unknown }).ripoti,
      require: typeof (globalThis as { require?: unknown }).require,
    })),
  ).toEqual({ api: 'object', require: 'undefined' });
  await app.close();
  expect(problems).toEqual([]);
});

test('keeps what the officer typed across a quit and a restart', async () => {
  const userData = await newUserData();
  const first = await launch(executable, userData);
  await first.window.getByRole('button', { name: 'New report' }).click();
  await first.window.getByRole('link', { name: /^1\.1 Individual empowerment/ }).click();
  await first.window
    .locator('#field-sections-1-1-1-narrative')
    .pressSequentially('Literacy classes in twelve wards', { delay: 10 });
  await expect(first.window.getByTestId('save-status')).toHaveText(/^Saved \d/);
  const reportUrl = first.window.url();
  await first.app.close();

  const second = await launch(executable, userData);
  await second.window.goto(reportUrl);
  await expect(second.window.locator('#field-sections-1-1-1-narrative')).toHaveValue(
    'Literacy classes in twelve wards',
  );
  await second.app.close();
  expect([...first.problems, ...second.problems]).toEqual([]);
});

test('exports a .docx through the save dialog (stubbed at the dialog module alone)', async ({}, testInfo) => {
  const { app, window, problems } = await launch(executable, await newUserData());
  const target = testInfo.outputPath('Kilifi.docx');
  await answerSaveDialogWith(app, target);
  await window.getByRole('button', { name: 'New report' }).click();
  await window.waitForURL(/\/profile$/);
  await window.evaluate(() => (globalThis.location.hash = globalThis.location.hash.replace(/\/[^/]*$/, '/export')));
  await expect(window.getByRole('heading', { name: 'Export to Word' })).toBeVisible();
  await window.getByRole('button', { name: 'Export to Word…' }).click();
  // An empty draft: the officer confirms exporting it anyway, if asked.
  const question = window.getByRole('alertdialog');
  if (await question.isVisible({ timeout: 3_000 }).catch(() => false))
    await question.getByRole('button', { name: 'Export anyway' }).click();
  await expect
    .poll(async () => (await readFile(target).catch(() => Buffer.alloc(0))).subarray(0, 2).toString('latin1'), {
      timeout: 60_000,
    })
    .toBe('PK');
  await app.close();
  expect(problems).toEqual([]);
});

test('a .ripoti on the command line (a double-click) reaches the import screen; a second launch hands its file to the first', async ({}, testInfo) => {
  const userData = await newUserData();
  const maker = await launch(executable, userData);
  const exported = await maker.window.evaluate(async () => {
    const api = (window as unknown as Window).ripoti;
    const created = await api.createReport({ title: 'Garissa 2026', county: 'Garissa' });
    if (!created.ok) throw new Error(created.error.message);
    const file = await api.exportDraftFile({ reportId: created.value.id });
    if (!file.ok) throw new Error(file.error.message);
    return file.value.base64;
  });
  await maker.app.close();
  const draft = testInfo.outputPath('Garissa 2026.ripoti');
  await writeFile(draft, Buffer.from(exported, 'base64'));

  const opened = await launch(executable, userData, [draft]);
  await expect(opened.window.getByRole('dialog', { name: /Garissa 2026/ })).toBeVisible({ timeout: 20_000 });
  await opened.window.keyboard.press('Escape');
  // A second process with the same profile: it must hand the file over and quit at once.
  const second = spawn(executable, [`--user-data-dir=${userData}`, draft], { stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await expect(opened.window.getByRole('dialog', { name: /Garissa 2026/ })).toBeVisible({ timeout: 20_000 });
  await opened.app.close();
});

test('DevTools stay closed and cannot be opened; the menu is ours', async () => {
  const { app } = await launch(executable, await newUserData());
  const state = await app.evaluate(({ BrowserWindow, Menu }) => {
    const [window] = BrowserWindow.getAllWindows();
    window?.webContents.openDevTools();
    const roles = (Menu.getApplicationMenu()?.items ?? []).flatMap(
      (item) => item.submenu?.items.map((inner) => inner.role ?? '') ?? [],
    );
    return { opened: window?.webContents.isDevToolsOpened() ?? null, roles };
  });
  expect(state.opened).toBe(false);
  expect(state.roles).not.toContain('toggledevtools');
  expect(state.roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste']));
  await app.close();
});

test('right-click on a misspelt Kiswahili word offers the dictionary’s word and replaces it', async () => {
  const { app, window } = await launch(executable, await newUserData());
  await captureContextMenus(app);
  const created = await window.evaluate(async () => {
    const result = await (window as unknown as Window).ripoti.createReport({
      title: 'Kilifi 2026',
      county: 'Kilifi',
      language: 'sw',
    });
    return result.ok ? result.value.id : null;
  });
  await window.goto(`ripoti://app/index.html#/reports/${created ?? ''}/1.1`);
  const field = window.locator('#field-sections-1-1-1-narrative');
  // The misspelt word first in the field, so a right-click near its start lands on it.
  await field.pressSequentially('elemu ya watu wazima ', { delay: 10 });
  await window.waitForTimeout(1_000); // Chromium checks a word once the officer has moved past it.
  await field.click({ button: 'right', position: { x: 12, y: 12 } });
  const menus = () => app.evaluate(() => (globalThis as unknown as { ripotiMenus: { label: string }[][] }).ripotiMenus);
  await expect
    .poll(async () => (await menus()).at(-1)?.map((item) => item.label))
    .toEqual(expect.arrayContaining(['elimu', 'Cut', 'Copy', 'Paste']));
  await expect(field).toHaveValue('elimu ya watu wazima ');
  await app.close();
});

test('the packaged binary carries the fuses of build/fuses.mjs (the inspect fuse aside, see real-app.ts)', async () => {
  const wire = await getCurrentFuseWire(path.resolve(executable.replace(/\/Contents\/MacOS\/Ripoti$/, '')));
  const on = 49;
  const off = 48;
  // RunAsNode, cookie encryption, NODE_OPTIONS, --inspect (on in this test build), asar integrity, only asar.
  expect([wire[0], wire[1], wire[2], wire[4], wire[5]]).toEqual([off, on, off, on, on]);
});
