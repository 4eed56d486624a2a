import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
import { withFreshProfile } from '../support/fresh-profile.ts';
import { planSession } from '../support/app-steps.ts';

/** WCAG 2.1 A and AA rules that axe can check automatically, as in accessibility.spec.ts. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Writes the exercise everything below uses, leaving out its safety notes. */
async function writeWithoutSafetyNotes(page: Page) {
  await page.goto('/#/library');
  await page.getByRole('link', { name: 'Write a new exercise' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a new exercise' })).toBeVisible();
  const form = page.getByRole('form', { name: 'The exercise' });
  await form.getByLabel('Title', { exact: true }).fill('Listening in threes');
  await page
    .getByLabel('Summary', { exact: true })
    .fill('Three people take turns to speak, listen and notice, about a time they were heard.');
  await form.getByLabel('Why this exercise', { exact: true }).fill('Being listened to without interruption is rare in meetings.');
  await form.getByLabel('Duration in minutes', { exact: true }).fill('20');
  await form.getByLabel('Smallest group', { exact: true }).fill('6');
  await form.getByLabel('Largest group', { exact: true }).fill('24');
  await form.getByRole('group', { name: 'Audience' }).getByLabel('Mixed group', { exact: true }).check();
  await page
    .getByRole('group', { name: 'What it rests on' })
    .getByLabel('Needs-based model (respect, empowerment, acceptance)', { exact: true })
    .check();
  await form.getByLabel('Step 1 title', { exact: true }).fill('Speak and listen');
  await form.getByLabel('Step 1 minutes', { exact: true }).fill('15');
  await form.getByLabel('Step 1: what to say and do', { exact: true }).fill('Form groups of three. Each person speaks for three minutes.');
  await page.getByRole('button', { name: 'Add a step' }).click();
  await form.getByLabel('Step 2 title', { exact: true }).fill('Round');
  await form.getByLabel('Step 2 minutes', { exact: true }).fill('5');
  await form.getByLabel('Step 2: what to say and do', { exact: true }).fill('Ask each group for one word about how it felt.');
  await form.getByLabel('Facilitator notes', { exact: true }).fill('Keep time gently.');
  await form.getByLabel('What the group may keep', { exact: true }).fill('Nothing.');
  await form.getByLabel('What must never be written down', { exact: true }).fill('What anyone said.');
  await form.getByLabel('Source 1 authors', { exact: true }).fill('Rogers, C. R.');
  await form.getByLabel('Source 1 year', { exact: true }).fill('1961');
  await form.getByLabel('Source 1 title', { exact: true }).fill('On becoming a person');
  await form.getByLabel('Source 1 journal or publisher', { exact: true }).fill('Houghton Mifflin');
}

test.describe('own exercises', () => {
  test('are written in the editor, checked as typed, kept, marked as the facilitator’s own, and exported as a file', async ({
    page,
    baseURL,
    offsiteRequests,
  }, testInfo) => {
    await writeWithoutSafetyNotes(page);

    // The content check's message sits next to the field it concerns, and saving waits for it.
    const safety = page.getByRole('form', { name: 'The exercise' }).getByLabel('Safety notes', { exact: true });
    await expect(safety).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#own-safetyNotes-problems')).toHaveText('This must not be empty.');
    await expect(page.getByRole('heading', { name: '1 thing to fix before saving' })).toBeVisible();
    const save = page.getByRole('button', { name: 'Save to my exercises' });
    await expect(save).toBeDisabled();
    expect(await violations(page)).toEqual([]);
    await shoot(page, 'editor-error', page.getByRole('group', { name: 'Notes' }));

    // The summary's link goes to the field.
    await page.getByRole('button', { name: 'Safety notes' }).click();
    await expect(safety).toBeFocused();
    await safety.fill('Nobody has to speak: passing is always fine.');
    await expect(page.getByRole('heading', { name: 'Ready to save' })).toBeVisible();
    await expect(safety).not.toHaveAttribute('aria-invalid', 'true');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: 'Listening in threes' })).toBeVisible();
    await shoot(page, 'editor-preview', preview);
    await save.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Listening in threes' })).toBeVisible();
    await expect(page.getByText('Yours', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Safety' }).locator('..')).toContainText('Nobody has to speak');

    // Planned and run like any exercise: the plan keeps its own copy, and the run shows its safety notes.
    await planSession(page, { title: 'An evening of listening', exercises: ['Listening in threes (20 minutes, yours)'] });
    await page.getByRole('link', { name: 'Run this session' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText('Nobody has to speak: passing is always fine.')).toBeVisible();

    await page.goto('/#/library');
    const shelf = page.getByRole('region', { name: 'My exercises' });
    await expect(shelf.getByRole('link', { name: 'Listening in threes' })).toBeVisible();
    await expect(shelf.getByText('Yours', { exact: true })).toBeVisible();

    await shelf.getByRole('link', { name: 'Listening in threes' }).click();
    const article = page.getByRole('article', { name: 'Listening in threes' });
    const asWritten = await article.innerText();
    expect(await violations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as Markdown file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('listening-in-threes.md');
    const file = testInfo.outputPath('listening-in-threes.md');
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('Nobody has to speak: passing is always fine.');

    // Another facilitator imports the file: previewed and checked before it is kept, then read exactly as written.
    await withFreshProfile(baseURL!, offsiteRequests, async (fresh) => {
      await fresh.goto('/');
      await fresh.getByRole('button', { name: 'Continue without a passphrase' }).click();
      await fresh.goto('/#/library');
      await expect(fresh.getByText('Exercises you write or adapt are kept here')).toBeVisible();
      await fresh.getByLabel('Import shared files…').setInputFiles(file);
      await expect(fresh.getByText('“listening-in-threes.md” passes every check.')).toBeVisible();
      const preview = fresh.getByRole('region', { name: 'Preview' });
      await expect(preview.getByRole('heading', { name: 'Listening in threes' })).toBeVisible();
      await shoot(fresh, 'import-preview', fresh.getByRole('heading', { name: 'Import shared exercises and templates' }));
      expect(await violations(fresh)).toEqual([]);
      await fresh.getByRole('button', { name: 'Add to my exercises' }).click();
      await expect(fresh.getByRole('button', { name: 'Export as Markdown file' })).toBeVisible();
      const imported = fresh.getByRole('article', { name: 'Listening in threes' });
      expect(await imported.innerText()).toBe(asWritten);
      await fresh.goto('/#/library');
      await expect(fresh.getByRole('region', { name: 'My exercises' }).getByRole('link', { name: 'Listening in threes' })).toBeVisible();
    });
    expect(offsiteRequests).toEqual([]);
  });

  test('a shipped exercise adapted keeps a note of what it came from', async ({ page }) => {
    await page.goto('/#/library');
    // The shelf of own exercises comes in after the list has painted: wait for it, so the list below is the library's.
    await expect(page.getByText('Exercises you write or adapt are kept here')).toBeVisible();
    const first = page.getByRole('region', { name: 'Results' }).locator('.card-list').last().getByRole('link').first();
    await expect(first).toHaveText(/\S/);
    const title = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('link', { name: 'Adapt this' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Adapt “${title}”` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ready to save' })).toBeVisible();
    await page.getByRole('form', { name: 'The exercise' }).getByLabel('Title', { exact: true }).fill(`${title}, our way`);
    await expect(page.getByRole('heading', { name: 'Ready to save' })).toBeVisible();
    await page.getByRole('button', { name: 'Save to my exercises' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${title}, our way` })).toBeVisible();
    await expect(page.getByText(`Yours, adapted from “${title}”`)).toBeVisible();
    await page.goto('/#/library');
    await expect(page.getByRole('region', { name: 'My exercises' }).getByText(`Yours, adapted from “${title}”`)).toBeVisible();
    await shoot(page, 'library-own', page.getByRole('heading', { level: 1 }));

    // Edited later: the same checks, including the library's (an adapted exercise keeps its original's sources).
    await page
      .getByRole('region', { name: 'My exercises' })
      .getByRole('link', { name: `${title}, our way` })
      .click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit your exercise' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ready to save' })).toBeVisible();
    const form = page.getByRole('form', { name: 'The exercise' });
    await form.getByLabel('Source 1 DOI (optional)', { exact: true }).fill('');
    await form.getByLabel('Source 1 title', { exact: true }).fill('A different paper altogether');
    await expect(page.getByRole('heading', { name: '1 thing to fix before saving' })).toBeVisible();
    await expect(page.locator('.own-editor__summary li')).toContainText(['Sources: leaves out']);
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await page.getByRole('link', { name: 'Back to the exercise' }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('form', { name: 'The exercise' }).getByLabel('Title', { exact: true }).fill(`${title}, our way (v2)`);
    await expect(page.getByRole('heading', { name: 'Ready to save' })).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${title}, our way (v2)` })).toBeVisible();
    await page.goto('/#/library');

    // Deleting it asks first, then it is gone from the library.
    await page
      .getByRole('region', { name: 'My exercises' })
      .getByRole('link', { name: `${title}, our way (v2)` })
      .click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await expect(page.getByRole('alert')).toContainText('Sessions planned from it keep their own copy.');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'My exercises' }).getByText(`${title}, our way`)).toHaveCount(0);
  });
});
