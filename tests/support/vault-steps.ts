import { expect, type Page } from '@playwright/test';

// The vault's first run, as a facilitator takes it, for the tests that need the vault on.

export const PASSPHRASE = 'tea urn and folding chairs';

/** The first-run choice made as "Use a passphrase": returns the recovery key shown once. */
export async function turnOnAtFirstRun(page: Page): Promise<string> {
  await page.goto('/#/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Protect what you keep here?' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Choose a passphrase' });
  await form.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByLabel('Type it again').fill(PASSPHRASE);
  const turnOn = form.getByRole('button', { name: 'Turn on the vault' });
  await expect(turnOn).toBeDisabled(); // not before the consequence is acknowledged
  await form.getByLabel(/I understand: without the passphrase or the recovery key/).check();
  await turnOn.click();
  const key = (await page.getByTestId('recovery-key').textContent({ timeout: 30_000 }))!;
  expect(key).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  await page.getByLabel('I have printed or written down the recovery key.').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  return key;
}
