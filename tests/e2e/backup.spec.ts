import { readFile, writeFile } from 'node:fs/promises';
import { expectNoEnglish } from '../support/no-english.ts';
import path from 'node:path';
import { expect, test } from '../support/fixtures.ts';
import { withFreshProfile } from '../support/fresh-profile.ts';

test.describe('backup and restore', () => {
  test('exports all sessions, and restores them after they are deleted', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Coalition day');
    await page.getByLabel('Start from').selectOption({ label: 'Template: First session for a mixed group' });
    await page.getByRole('button', { name: 'Create session' }).click();
    await page
      .getByLabel(/^Preparation note for/)
      .first()
      .fill('Book the hall with step-free access.');
    await page
      .getByLabel(/^Preparation note for/)
      .first()
      .blur();
    await expect(page.locator('.prep-note .save-status').first()).toHaveText('Saved');
    await page.getByRole('link', { name: '← Back to sessions' }).click();

    await page.getByRole('button', { name: 'Export all sessions…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^common-ground-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('backup.json');
    await download.saveAs(file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'common-ground-backup', version: 6 });

    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByText('No sessions yet.')).toBeVisible();

    await page.getByLabel('Restore from a backup file…').setInputFiles(file);
    await expect(page.getByText('Restored 1 session.')).toBeVisible();
    await page.getByRole('link', { name: 'Coalition day' }).click();
    await expect(page.getByLabel(/^Preparation note for/).first()).toHaveValue('Book the hall with step-free access.');

    // Restoring the same file again asks what to do with the session that is already here.
    await page.getByRole('link', { name: '← Back to sessions' }).click();
    await page.getByLabel('Restore from a backup file…').setInputFiles(file);
    await expect(page.getByRole('alertdialog')).toContainText('“Coalition day”');
    await page.getByRole('button', { name: 'Keep both' }).click();
    await expect(page.locator('.session-row__title')).toHaveCount(2);
    expect((await page.locator('.session-row__title').allTextContents()).sort()).toEqual(['Coalition day', 'Coalition day (restored)']);
  });

  test('refuses a damaged backup with a clear message and changes nothing', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Keep me');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('link', { name: '← Back to sessions' }).click();

    const damaged = testInfo.outputPath('damaged.json');
    await writeFile(damaged, '{"format":"common-ground-backup","version":1,"exportedAt":1,"sessions":[{"session":');
    await page.getByLabel('Restore from a backup file…').setInputFiles(damaged);
    await expect(page.getByRole('alert')).toHaveText(
      'Nothing was restored. This file is not a complete Common Ground backup: it may be cut short or damaged.',
    );
    await expect(page.locator('.session-row__title')).toHaveText(['Keep me']);

    const newer = path.join(path.dirname(damaged), 'newer.json');
    await writeFile(newer, JSON.stringify({ format: 'common-ground-backup', version: 7, exportedAt: 1, sessions: [] }));
    await page.getByLabel('Restore from a backup file…').setInputFiles(newer);
    await expect(page.getByRole('alert')).toContainText('made by a newer version of Common Ground');
    await expect(page.locator('.session-row__title')).toHaveText(['Keep me']);

    // A protected file from a newer version is refused before anyone is asked for its passphrase.
    const newerProtected = path.join(path.dirname(damaged), 'newer.cgbackup');
    await writeFile(newerProtected, JSON.stringify({ format: 'common-ground-encrypted-backup', version: 2, sealed: '' }));
    await page.getByLabel('Restore from a backup file…').setInputFiles(newerProtected);
    await expect(page.getByRole('alert')).toHaveText(
      'Nothing was restored. This backup was made by a newer version of Common Ground (encrypted backup version 2). Update the app, then restore it.',
    );
    await expect(page.getByLabel('Passphrase for this backup')).toHaveCount(0);
    await expect(page.locator('.session-row__title')).toHaveText(['Keep me']);
  });

  test('exports a session protected with a passphrase, and restores it on a fresh profile only with that passphrase', async ({
    page,
    baseURL,
    offsiteRequests,
  }, testInfo) => {
    // Argon2id runs for about 0.7 s on each export and each attempt to open, by design.
    test.setTimeout(120_000);
    const secret = `kestrel-${Date.now().toString(36)}-lantern`;
    const title = `Coalition night ${secret}`;
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Start from').selectOption({ label: 'Template: First session for a mixed group' });
    await page.getByRole('button', { name: 'Create session' }).click();
    const note = page.getByLabel(/^Preparation note for/).first();
    await note.fill(`Meet at the side door: ${secret}`);
    await note.blur();
    await expect(page.locator('.prep-note .save-status').first()).toHaveText('Saved');
    await page.getByRole('link', { name: '← Back to sessions' }).click();

    // The session's own export offers the passphrase, and holds it to its rules before anything is saved.
    await page.getByRole('button', { name: 'Export…' }).click();
    const form = page.getByRole('form', { name: `Export “${title}”` });
    await form.getByLabel('Protect this file with a passphrase').check();
    await expect(form).toContainText('Without this passphrase the file cannot be opened by anyone, including you.');
    await form.getByLabel('Passphrase', { exact: true }).fill('too short');
    await form.getByLabel('Type the passphrase again').fill('too short');
    await form.getByRole('button', { name: 'Save the protected file' }).click();
    await expect(form.getByRole('alert')).toHaveText('The passphrase needs at least 10 characters.');
    await expect(form.getByLabel('Passphrase', { exact: true })).toBeFocused();
    await form.getByLabel('Passphrase', { exact: true }).fill('our hall has a side door');
    await form.getByRole('button', { name: 'Save the protected file' }).click();
    await expect(form.getByRole('alert')).toHaveText('The two passphrases are not the same. Type it again.');
    await form.getByLabel('Type the passphrase again').fill('our hall has a side door');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      form.getByRole('button', { name: 'Save the protected file' }).click(),
    ]);
    await expect(page.getByText('Saved to a file, protected with its passphrase.')).toBeVisible();
    expect(download.suggestedFilename()).toMatch(/^common-ground-session-\d{4}-\d{2}-\d{2}\.cgbackup$/);
    const file = testInfo.outputPath('protected.cgbackup');
    await download.saveAs(file);
    const saved = await readFile(file, 'utf8');
    expect(saved).not.toContain(secret);
    expect(saved).not.toContain('Coalition');
    expect(JSON.parse(saved)).toMatchObject({ format: 'common-ground-encrypted-backup', version: 1, kdf: { algorithm: 'argon2id' } });

    await withFreshProfile(baseURL!, offsiteRequests, async (fresh) => {
      await fresh.goto('/');
      // A new device: the person makes the vault's first-run choice, then restores.
      await fresh.getByRole('button', { name: 'Continue without a passphrase' }).click();
      await expect(fresh.getByText('No sessions yet.')).toBeVisible();
      await fresh.getByLabel('Restore from a backup file…').setInputFiles(file);
      const passphrase = fresh.getByLabel('Passphrase for this backup');
      await expect(passphrase).toBeFocused();
      await passphrase.fill('our hall has a front door');
      await passphrase.press('Enter');
      await expect(fresh.getByRole('alert')).toContainText('That passphrase does not open this backup', { timeout: 30_000 });
      await expect(fresh.getByText('No sessions yet.')).toBeVisible();
      // The file stays chosen: the right passphrase opens it without choosing it again.
      await expect(passphrase).toBeFocused();
      await passphrase.fill('our hall has a side door');
      await passphrase.press('Enter');
      await expect(fresh.getByText('Restored 1 session.')).toBeVisible({ timeout: 30_000 });
      await fresh.getByRole('link', { name: title }).click();
      await expect(fresh.getByLabel(/^Preparation note for/).first()).toHaveValue(`Meet at the side door: ${secret}`);
    });
    expect(offsiteRequests).toEqual([]);
  });
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('a backup damaged in one field is refused in Spanish words, naming the field and what is wrong there', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Título', { exact: true }).fill('Guárdame');
    await page.getByRole('button', { name: 'Crear sesión' }).click();
    await page.getByRole('link', { name: '← Volver a las sesiones' }).click();

    const damaged = testInfo.outputPath('damaged.json');
    await writeFile(
      damaged,
      JSON.stringify({ format: 'common-ground-backup', version: 6, exportedAt: 1, sessions: [{}], ownExercises: [], ownTemplates: [] }),
    );
    await page.getByLabel('Restaurar desde una copia…').setInputFiles(damaged);
    await expect(page.getByRole('alert')).toHaveText(
      'No se restauró nada. Esta copia de seguridad está dañada o se cambió a mano. En «sessions.0.session»: falta.',
    );
    await expectNoEnglish(page, 'the refused restore');
    await expect(page.locator('.session-row__title')).toHaveText(['Guárdame']);
  });
});
