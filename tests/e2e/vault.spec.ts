import { chromium, type Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { expect, test } from '../support/fixtures.ts';
import { filesHolding } from '../support/profile-search.ts';
import { PASSPHRASE, turnOnAtFirstRun } from '../support/vault-steps.ts';

// The vault from the user's side: the first-run choice, a note and a
// reflection typed with the vault on never reach the profile's files in the
// clear (searched byte for byte after the browser has closed), the lock
// unmounts everything, and the passphrase opens it again in a new browser.

test.use({ vaultChoice: null });

/** The same profile in a new browser, as after closing and reopening it. */
const reopen = (profileDir: string, baseURL: string | undefined) =>
  chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    ...(baseURL ? { baseURL } : {}),
  });

async function typeNoteAndReflection(page: Page, canary: string) {
  await planSession(page, {
    title: 'Coalition evening',
    exercises: ['Agreements and the floor protocol (25 minutes)', 'Shared roots, distinct histories (72 minutes)'],
    byLink: true,
  });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#step-note').fill(`Agreed: ${canary}-note`);
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Skip item' }).click();
  const map = page.getByRole('region', { name: 'Shared structures map' });
  await map.getByLabel('Theme').fill(`${canary}-reflection`);
  await expect(map.locator('#structures-map-status')).toHaveText('Saved');
}

test('with the vault on, a typed note and reflection never reach the profile’s files, and the lock hides everything until the passphrase', async ({
  page,
  context,
  profileDir,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const canary = `canary${Date.now().toString(36)}vault`;
  await turnOnAtFirstRun(page);
  await typeNoteAndReflection(page, canary);

  // Lock by the shortcut: the lock screen, and nothing of the session left on the page.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Coalition evening');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await context.close();
  const holding = await filesHolding(profileDir, canary);
  expect(holding).toEqual([]);

  // A new browser on the same profile: locked; a wrong passphrase is refused; the right one opens the note.
  const again = await reopen(profileDir, baseURL);
  try {
    const next = again.pages()[0] ?? (await again.newPage());
    await next.goto('/#/sessions');
    await expect(next.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
    await next.getByLabel('Passphrase').fill('not my passphrase at all');
    await next.getByRole('button', { name: 'Unlock' }).click();
    await expect(next.getByRole('alert')).toHaveText('That passphrase does not open this vault.', { timeout: 30_000 });
    await next.getByLabel('Passphrase').fill(PASSPHRASE);
    await next.getByRole('button', { name: 'Unlock' }).click();
    await next.getByRole('link', { name: 'Coalition evening' }).click({ timeout: 30_000 });
    await next.getByRole('link', { name: 'Resume the session' }).click();
    await expect(next.getByRole('region', { name: 'Shared structures map' }).getByLabel('Theme')).toHaveValue(`${canary}-reflection`);

    // Deleting the session: still nothing of it in the profile's files.
    await next.getByRole('link', { name: 'Sessions', exact: true }).click();
    await next.getByRole('button', { name: 'Delete…' }).click();
    await next.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(next.getByText('No sessions yet. Create one above.')).toBeVisible();
  } finally {
    await again.close();
  }
  expect(await filesHolding(profileDir, canary)).toEqual([]);

  // And after a wipe: the first-run choice again, and still nothing of it anywhere.
  const third = await reopen(profileDir, baseURL);
  try {
    const last = third.pages()[0] ?? (await third.newPage());
    await last.goto('/#/sessions');
    await last.getByLabel('Passphrase').fill(PASSPHRASE);
    await last.getByRole('button', { name: 'Unlock' }).click();
    const panel = last.getByRole('region', { name: 'Wipe this device' });
    await panel.getByRole('button', { name: 'Wipe everything on this device…' }).click({ timeout: 30_000 });
    await panel.getByLabel('Type “wipe” to confirm').fill('wipe');
    await panel.getByRole('button', { name: 'Wipe everything now' }).click();
    await expect(last.getByRole('heading', { level: 1, name: 'Protect what you keep here?' })).toBeVisible();
  } finally {
    await third.close();
  }
  expect(await filesHolding(profileDir, canary)).toEqual([]);
});

test('“Not now” opens the app without a vault, and Privacy turns it on later for the sessions already kept', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/#/library');
  await page.getByRole('button', { name: 'Continue without a passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible(); // not asked again
  await planSession(page, { title: 'Tenants first evening', exercises: ['Agreements and the floor protocol (25 minutes)'] });

  await page.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByTestId('vault-status')).toContainText('Off.');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByLabel(/I understand/).check();
  await page.getByRole('button', { name: 'Turn on the vault' }).click();
  await page.getByLabel('I have printed or written down the recovery key.').check({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('vault-status')).toContainText('On.');
  // The Lock button in the header locks; the session kept before is there after unlocking.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('link', { name: 'Sessions', exact: true }).click({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Tenants first evening' })).toBeVisible();
});

test('the app locks itself after the idle time the user chose', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await turnOnAtFirstRun(page);
  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByLabel('Lock after').selectOption('5');
  await expect(page.getByRole('status').filter({ hasText: 'after 5 minutes without use' })).toBeVisible();
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
});
