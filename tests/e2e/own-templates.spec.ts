import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { adaptExercise, ownExerciseToMarkdown } from '../../domain/content/own-exercise.ts';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
import { withFreshProfile } from '../support/fresh-profile.ts';
import { shippedExercises } from '../support/shipped-content.ts';

// A facilitator saves a session's plan as a template of their own, plans a
// new session from it, shares it (with the exercise of theirs it uses) as
// one file, and another facilitator imports and plans from it.

/** Keeps an own exercise as the app stores one, through the import screen. */
async function importExercise(page: Page, file: string) {
  await page.goto('/#/library/import');
  await page.getByLabel('Choose files…').setInputFiles(file);
  await page.getByRole('button', { name: 'Add to my exercises' }).click();
  await expect(page.getByRole('button', { name: 'Export as Markdown file' })).toBeVisible();
}

test('a plan saved as an own template plans new sessions, and travels with its exercise to another device', async ({
  page,
  baseURL,
  offsiteRequests,
}, testInfo) => {
  test.setTimeout(120_000);
  const shipped = await shippedExercises();
  const floor = shipped.find((exercise) => exercise.id === 'agreements-and-floor-protocol')!;
  const own = { ...adaptExercise(floor, new Set()), title: 'Our floor agreements' };
  const exerciseFile = testInfo.outputPath('our-floor-agreements.md');
  await (await import('node:fs/promises')).writeFile(exerciseFile, ownExerciseToMarkdown(own));
  await importExercise(page, exerciseFile);

  await planSession(page, {
    title: 'Tenants’ union, March',
    exercises: [`Our floor agreements (${own.durationMinutes} minutes, yours)`],
    breaks: 1,
  });
  await page.getByRole('link', { name: 'Save as a template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Save the plan as a template' })).toBeVisible();
  // Nothing of the session goes in: its title is named only to say so.
  await expect(page.getByText('Nothing else of “Tenants’ union, March” goes in')).toBeVisible();
  await expect(page.getByRole('heading', { name: /things to fix before saving/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as my template' })).toBeDisabled();
  await page.getByLabel('Title', { exact: true }).fill('Agreements evening');
  await page.getByLabel('Summary', { exact: true }).fill('Set the room’s agreements together, then rest.');
  await page.getByLabel('What to prepare', { exact: true }).fill('A flip chart for the agreements.');
  await page.getByLabel('About this workshop', { exact: true }).fill('We ran this with the tenants’ union.');
  await expect(page.getByRole('heading', { name: 'Ready to save' })).toBeVisible();
  await shoot(page, 'save-as-template', page.getByRole('heading', { level: 1 }));
  await page.getByRole('button', { name: 'Save as my template' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Agreements evening' })).toBeVisible();
  await expect(page.getByText('Yours', { exact: true })).toBeVisible();
  const agenda = page.getByRole('table');
  await expect(agenda.getByRole('link', { name: 'Our floor agreements' })).toBeVisible();
  const asSaved = await page.getByRole('article').innerText();
  expect(asSaved).not.toContain('Tenants’ union, March');
  await shoot(page, 'own-template', page.getByRole('heading', { level: 1 }));

  await page.getByRole('link', { name: 'Workshop templates', exact: true }).click();
  await expect(page.getByRole('region', { name: 'My templates' }).getByRole('link', { name: 'Agreements evening' })).toBeVisible();
  await shoot(page, 'templates-list', page.getByRole('heading', { level: 1 }));

  // A new session from it has the same agenda.
  await page.goto('/');
  await page.getByLabel('Title', { exact: true }).fill('April');
  await page.getByLabel('Start from').selectOption({ label: 'My template: Agreements evening' });
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: April');
  await expect(page.locator('.agenda-entry')).toHaveCount(2);
  await expect(page.locator('.agenda-entry').first()).toContainText('Our floor agreements');

  // Shared as one file with the exercise of this facilitator's it uses.
  await page.goto('/#/templates');
  await page.getByRole('region', { name: 'My templates' }).getByRole('link', { name: 'Agreements evening' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Share as files' }).click()]);
  expect(download.suggestedFilename()).toBe('agreements-evening.zip');
  const archive = testInfo.outputPath('agreements-evening.zip');
  await download.saveAs(archive);
  expect(Object.keys(unzipSync(new Uint8Array(await readFile(archive)))).sort()).toEqual([
    'exercises/our-floor-agreements.md',
    'templates/agreements-evening.md',
  ]);

  await withFreshProfile(baseURL!, offsiteRequests, async (fresh) => {
    await fresh.goto('/');
    await fresh.getByRole('button', { name: 'Continue without a passphrase' }).click();
    await fresh.goto('/#/library');
    await fresh.getByLabel('Import shared files…').setInputFiles(archive);
    await expect(fresh.getByText('“agreements-evening.zip” passes every check: 1 exercise and 1 template.')).toBeVisible();
    await fresh.getByRole('button', { name: 'Template: Agreements evening' }).click();
    await expect(fresh.getByRole('region', { name: 'Preview' }).getByRole('link', { name: 'Our floor agreements' })).toBeVisible();
    await shoot(fresh, 'import-template-preview', fresh.getByRole('heading', { level: 1 }));
    await fresh.getByRole('button', { name: 'Add 1 exercise and 1 template' }).click();
    await expect(fresh.getByRole('heading', { level: 1, name: 'Agreements evening' })).toBeVisible();
    expect(await fresh.getByRole('article').innerText()).toBe(asSaved);
    await fresh.goto('/');
    await fresh.getByLabel('Title', { exact: true }).fill('Elsewhere');
    await fresh.getByLabel('Start from').selectOption({ label: 'My template: Agreements evening' });
    await fresh.getByRole('button', { name: 'Create session' }).click();
    await expect(fresh.locator('.agenda-entry')).toHaveCount(2);
  });

  // Its exercise deleted here: the template says why it cannot be planned from, and no session is made.
  await page.goto('/#/library');
  await page.getByRole('region', { name: 'My exercises' }).getByRole('link', { name: 'Our floor agreements' }).click();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
  await page.goto('/#/templates');
  await page.getByRole('region', { name: 'My templates' }).getByRole('link', { name: 'Agreements evening' }).click();
  await expect(page.getByText('No session can be planned from it as it stands:')).toBeVisible();
  await page.goto('/');
  await page.getByLabel('Title', { exact: true }).fill('May');
  await page.getByLabel('Start from').selectOption({ label: 'My template: Agreements evening' });
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('alert')).toContainText('names an exercise that is no longer kept here, so no session was made from it');
  expect(offsiteRequests).toEqual([]);
});

test('several own exercises are shared as one archive laid out like the library', async ({ page }, testInfo) => {
  const shipped = await shippedExercises();
  const writeFile = (await import('node:fs/promises')).writeFile;
  for (const [index, exercise] of shipped.slice(0, 2).entries()) {
    const file = testInfo.outputPath(`own-${index}.md`);
    await writeFile(file, ownExerciseToMarkdown({ ...adaptExercise(exercise, new Set()), title: `Shared ${index + 1}` }));
    await importExercise(page, file);
  }
  await page.goto('/#/library');
  await page.getByRole('link', { name: 'Share several…' }).click();
  await expect(page.getByRole('button', { name: 'Choose what to share' })).toBeDisabled();
  await page.getByLabel('Shared 1').check();
  await page.getByLabel('Shared 2').check();
  await shoot(page, 'share-several', page.getByRole('heading', { level: 1 }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save 2 files as a .zip' }).click(),
  ]);
  const archive = testInfo.outputPath('shared.zip');
  await download.saveAs(archive);
  const files = unzipSync(new Uint8Array(await readFile(archive)));
  expect(Object.keys(files).sort()).toEqual(['exercises/shared-1.md', 'exercises/shared-2.md']);
  expect(new TextDecoder().decode(files['exercises/shared-1.md'])).toMatch(/^---\nid: own-[a-z0-9]{12}\n/);
  await expect(page.getByRole('status')).toHaveText('Saved 2 files as shared-exercises-and-templates.zip.');
});
