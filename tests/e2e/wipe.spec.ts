import { openParticipantDisplay, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { filesHolding } from '../support/profile-search.ts';

// The wipe, from the user's side: everything the app kept is gone from the
// screens, and the app's own storage no longer holds what was typed.
//
// What a browser tab cannot do, and this test records rather than hides: the
// IndexedDB LevelDB files can keep old versions of records until Chromium
// compacts them, and the browser's own session-restore files keep tab titles.
// That is why the desktop app clears the profile's storage folders on a
// relaunch (electron/main/profile-wipe.ts, unit-tested), and why the screen
// says what a wipe in a browser cannot promise.

test('a wipe deletes every session and leaves nothing of a typed note in the profile’s files', async ({ page, context, profileDir }) => {
  const canary = `canary-${Date.now().toString(36)}-wipe`;
  await planSession(page, { title: `Session ${canary}`, exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#step-note').fill(`Agreed: ${canary}`);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const display = await openParticipantDisplay(page, context);
  await expect(display.getByRole('main', { name: 'Participant display' })).not.toBeEmpty();

  await page.getByRole('link', { name: 'Sessions', exact: true }).click();
  // The vault's one-word hint ("off") is set again by the test's profile as the app starts afresh; it says nothing of anyone.
  const storedKeys = () =>
    page.evaluate(
      () => Object.keys(localStorage).filter((key) => key !== 'common-ground:vault').length + Object.keys(sessionStorage).length,
    );
  // A draft a crashed window left in the journal (saved text leaves none): the wipe must take it too.
  await page.evaluate((text) => localStorage.setItem('common-ground:draft:crashed-window', JSON.stringify({ text, savedAt: 1 })), canary);
  expect(await storedKeys()).toBe(1);
  const panel = page.getByRole('region', { name: 'Wipe this device' });
  await panel.getByRole('button', { name: 'Wipe everything on this device…' }).click();
  const confirm = panel.getByRole('form', { name: 'Confirm the wipe' });
  await expect(confirm).toContainText('What it cannot promise');
  const button = confirm.getByRole('button', { name: 'Wipe everything now' });
  await expect(button).toBeDisabled();
  await confirm.getByLabel('Type “wipe” to confirm').fill('wipe');
  await button.click();

  await expect(page.getByText('No sessions yet. Create one above.')).toBeVisible();
  // The projector went blank with it.
  await expect(display.getByRole('main', { name: 'Participant display' })).toBeEmpty();
  // The app starts afresh: nothing of the old local and session storage, and no database of sessions.
  expect(await storedKeys()).toBe(0);
  await context.close();
  const holding = await filesHolding(profileDir, canary);
  // A guard: the files behind local and session storage hold nothing of it either.
  expect(holding.filter((file) => /Local Storage|Session Storage|WebStorage/.test(file))).toEqual([]);
  // Anything left is in files a page cannot clear: IndexedDB's own logs and tables, and the browser's session restore.
  expect(holding.filter((file) => !/\/IndexedDB\/|^Default\/Sessions\//.test(file))).toEqual([]);
  test.info().annotations.push({ type: 'left in the browser’s own files', description: holding.join(', ') || 'nothing' });
});
