import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../electron/main/content-security-policy.ts';
import { findElectronBinary } from '../../scripts/electron-runtime.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';

const binary = findElectronBinary();

test.skip(
  binary === null,
  'the Electron binary is not installed on this machine (it downloads from GitHub, which cannot be reached here); these desktop-shell tests run wherever "npx install-electron" has fetched it',
);

let app: ElectronApplication;
let page: Page;
let userData: string;

// A fresh data folder per test: no test sees another's IndexedDB.
test.beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'common-ground-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    // The project folder, as `electron .` would: package.json names out/main/index.js.
    args: [PROJECT_ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, COMMON_GROUND_USER_DATA_DIR: userData },
  });
  page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
});

test.afterEach(async () => {
  await app?.close();
  await rm(userData, { recursive: true, force: true });
});

test('opens on the sessions screen from the app:// scheme', async () => {
  expect(page.url()).toMatch(/^app:\/\/common-ground\/index\.html#\/sessions$/);
  await expect(page.getByTestId('app-info')).toContainText('Desktop app');
});

test('runs the renderer isolated and sandboxed, without Node', async () => {
  // The options themselves are checked in tests/unit/electron/main-window.test.ts;
  // here, what the page can actually reach.
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as { commonGroundHost: object }).commonGroundHost).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    bridge: [
      'carriedVaultWritten',
      'copyText',
      'getAppInfo',
      'onLockRequested',
      'openExternalLink',
      'openParticipantDisplay',
      'phoneRoundAddresses',
      'phoneRoundAnswered',
      'printPage',
      'rehomeVault',
      'savePdf',
      'saveTextFile',
      'startPhoneRound',
      'stopPhoneRound',
      'takeCarriedVault',
      'wipeProfile',
    ],
  });
});

test('sends the strict Content-Security-Policy and blocks remote requests', async () => {
  const result = await page.evaluate(async () => {
    const header = (await fetch('/index.html')).headers.get('content-security-policy');
    let remoteBlocked = false;
    try {
      await fetch('https://example.org/');
    } catch {
      remoteBlocked = true;
    }
    return { header, remoteBlocked };
  });
  expect(result).toEqual({ header: CONTENT_SECURITY_POLICY_HEADER, remoteBlocked: true });
});

test('refuses navigation away from the app and new windows', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/common-ground\//);
  expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('answers the app over the typed bridge', async () => {
  const info = await page.evaluate(() =>
    (window as unknown as { commonGroundHost: { getAppInfo(): Promise<unknown> } }).commonGroundHost.getAppInfo(),
  );
  expect(info).toMatchObject({ name: expect.any(String), shell: 'desktop' });
});

test('opens the participant display in a second window of the app, closable with Esc', async () => {
  const [display] = await Promise.all([
    app.waitForEvent('window'),
    page.evaluate(() =>
      (
        window as unknown as { commonGroundHost: { openParticipantDisplay(id: string): Promise<void> } }
      ).commonGroundHost.openParticipantDisplay('no-such-session'),
    ),
  ]);
  await expect.poll(() => display.url()).toMatch(/^app:\/\/common-ground\/index\.html#\/display\/no-such-session$/);
  await expect(display.getByRole('main', { name: 'Participant display' })).toBeVisible();
  await display.keyboard.press('Escape');
  await expect.poll(() => app.windows().length).toBe(1);
});

test('saves the session summary as a PDF through the main process, to the file the user picks', async () => {
  const file = path.join(userData, 'summary.pdf');
  // The system save dialog cannot be driven by a test; it answers with a chosen path instead.
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
  }, file);
  await page.getByLabel('Title', { exact: true }).fill('Printed evening');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('button', { name: 'Add a break' }).click();
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'PDF saved.' })).toBeVisible();
  expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
