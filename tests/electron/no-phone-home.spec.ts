import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NO_UPDATE_HOST, UPDATE_CHECK_CONSENT, UPDATE_SETTINGS_FILE } from '../../electron/main/update-check.ts';
import { findElectronBinary } from '../../scripts/electron-runtime.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';

// The desktop shell as it starts: no spellcheck dictionary is fetched, DevTools and the update
// check behave as the README says. Run by the release workflow, where the Electron binary exists.

const binary = findElectronBinary();

test.skip(
  binary === null,
  'the Electron binary is not installed on this machine (it downloads from GitHub, which cannot be reached here); these desktop-shell tests run wherever "npx install-electron" has fetched it',
);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'common-ground-electron-'));
  app = await electron.launch({
    executablePath: binary!,
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

test('turns the spellchecker off and fetches no dictionary', async () => {
  expect(await app.evaluate(({ session }) => session.defaultSession.isSpellCheckerEnabled())).toBe(false);
  // Typing into a field is what would start a download, were the spellchecker on.
  await page.getByLabel('Title', { exact: true }).fill('Evening on solidarity');
  await page.waitForTimeout(2_000);
  expect(existsSync(path.join(userData, 'Dictionaries'))).toBe(false);
});

test('Check for Updates asks first, explaining the IP address, and with no update host says nothing was sent', async () => {
  // The system dialog cannot be driven by a test: the stand-in records what it was asked and answers in turn.
  await app.evaluate(({ dialog }) => {
    const answers = [1, 0, 0];
    const shown: unknown[] = [];
    (globalThis as unknown as { shownDialogs: unknown[] }).shownDialogs = shown;
    dialog.showMessageBox = (async (options: Electron.MessageBoxOptions) => {
      shown.push(options.detail);
      return { response: answers.shift() ?? 1, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  const choose = (label: string) =>
    app.evaluate(({ Menu }, wanted) => {
      const item = Menu.getApplicationMenu()
        ?.items.flatMap((top) => top.submenu?.items ?? [])
        .find((entry) => entry.label === wanted);
      item?.click();
      return item !== undefined;
    }, label);
  const shownDialogs = () => app.evaluate(() => (globalThis as unknown as { shownDialogs: unknown[] }).shownDialogs);

  // Cancelled: nothing stored, nothing checked.
  expect(await choose('Check for Updates…')).toBe(true);
  await expect.poll(shownDialogs).toEqual([UPDATE_CHECK_CONSENT]);
  expect(existsSync(path.join(userData, UPDATE_SETTINGS_FILE))).toBe(false);

  // Allowed: stored, and the plain answer that there is no update host.
  await choose('Check for Updates…');
  await expect.poll(shownDialogs).toEqual([UPDATE_CHECK_CONSENT, UPDATE_CHECK_CONSENT, NO_UPDATE_HOST]);
  expect(JSON.parse(await readFile(path.join(userData, UPDATE_SETTINGS_FILE), 'utf8'))).toEqual({ checksAllowed: true });
});
