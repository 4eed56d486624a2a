import type { BrowserContext, Locator, Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// Two tabs of one profile share IndexedDB and localStorage, as two windows of
// the desktop app do. A note may be edited in one of them at a time: the
// other follows it live, read-only, and says so plainly; no word typed in
// either is ever lost, whatever the order of typing.

const ELSEWHERE = 'Being edited in another window';
const FREE_AGAIN = 'The other window is done with this: you can edit it here again.';

interface Tab {
  page: Page;
  note: Locator;
  notice: Locator;
}

/** A second tab on the page's current screen, in the same profile. */
async function secondTab(context: BrowserContext, page: Page): Promise<Page> {
  const other = await context.newPage();
  await other.goto(page.url());
  return other;
}

const prepNote = (page: Page): Tab => {
  const note = page.getByLabel(/^Preparation note for/).first();
  return { page, note, notice: page.locator('.prep-note .note-lock-notice').first() };
};

async function planWithPrepNotes(page: Page, context: BrowserContext): Promise<[Tab, Tab]> {
  await planSession(page, { title: 'Two tabs', breaks: 1 });
  const other = await secondTab(context, page);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Plan: Two tabs');
  return [prepNote(page), prepNote(other)];
}

/** Types into a tab's note as a user would: into the field, once it lets them. */
async function typeInto(tab: Tab, text: string) {
  await tab.note.click();
  await expect(tab.note).not.toHaveAttribute('readonly');
  await tab.note.press('End');
  await tab.page.keyboard.type(text, { delay: 10 });
}

/** Leaves the field by keyboard, as a user moving on does. */
async function leave(tab: Tab) {
  await tab.note.press('Tab');
  await expect(tab.page.locator('.prep-note .save-status').first()).toHaveText('Saved');
}

async function expectToldElsewhere(tab: Tab) {
  await expect(tab.note).toHaveAttribute('readonly');
  await expect(tab.notice).toContainText(ELSEWHERE);
  await expect(tab.notice).toHaveAttribute('role', 'status');
  await expect(tab.note).toHaveAccessibleDescription(new RegExp(ELSEWHERE));
}

test.describe('one note open in two tabs', () => {
  test('the second tab follows the first live, read-only and told why, then takes over with every word', async ({ page, context }) => {
    const [a, b] = await planWithPrepNotes(page, context);

    await typeInto(a, 'Book the hall with step-free access.');
    await expectToldElsewhere(b);
    await expect(b.note).toHaveValue('Book the hall with step-free access.');

    // Trying to type in the second tab changes nothing there, and loses nothing in the first.
    await b.note.click();
    await b.page.keyboard.type(' Typed in tab B.', { delay: 10 });
    await expectToldElsewhere(b);
    await expect(b.note).toHaveValue('Book the hall with step-free access.');

    // The first tab goes on typing; the second follows as it goes.
    await a.page.keyboard.type(' Bring the slips.', { delay: 10 });
    await expect(b.note).toHaveValue('Book the hall with step-free access. Bring the slips.');

    // Once the first tab leaves the note, the second (where the user is) can edit it, starting from the latest text.
    await leave(a);
    await expect(b.note).not.toHaveAttribute('readonly');
    await expect(b.notice).toHaveText(FREE_AGAIN);
    await expect(b.note).toHaveValue('Book the hall with step-free access. Bring the slips.');
    await typeInto(b, ' And two markers.');
    await expect(b.notice).toBeEmpty();
    await expectToldElsewhere(a);
    await expect(a.note).toHaveValue('Book the hall with step-free access. Bring the slips. And two markers.');
    await leave(b);

    for (const tab of [a, b]) {
      await tab.page.reload();
      await expect(tab.note).toHaveValue('Book the hall with step-free access. Bring the slips. And two markers.');
    }
  });

  test('typing in turns, in any order and without pause, keeps every word from both tabs', async ({ page, context }) => {
    const [a, b] = await planWithPrepNotes(page, context);
    const order = [b, a, a, b, a, b, b, a];
    const words: string[] = [];
    for (const [turn, tab] of order.entries()) {
      const word = `${tab === a ? 'A' : 'B'}${turn}`;
      await typeInto(tab, `${word} `);
      words.push(word);
      await leave(tab);
    }
    // Every word, once, in the order typed (spacing aside).
    const expected = new RegExp(`^\\s*${words.join('\\s+')}\\s*$`);
    for (const tab of [a, b]) await expect(tab.note).toHaveValue(expected);
    await a.page.reload();
    await expect(a.note).toHaveValue(expected);
  });

  test('closing the tab that edits the note frees it for the other, with what was typed there', async ({ page, context }) => {
    const [a, b] = await planWithPrepNotes(page, context);
    await typeInto(a, 'Written in a tab that is about to close.');
    await expectToldElsewhere(b);

    await a.page.close(); // no blur, no leaving the field: the browser lets the note go with the tab
    await expect(b.note).not.toHaveAttribute('readonly');
    await expect(b.notice).toHaveText(FREE_AGAIN);
    await expect(b.note).toHaveValue('Written in a tab that is about to close.');
    await typeInto(b, ' Carried on here.');
    await leave(b);
    await b.page.reload();
    await expect(b.note).toHaveValue('Written in a tab that is about to close. Carried on here.');
  });

  test('a step note in the run view: the second tab says plainly that it is edited elsewhere (screenshot)', async ({ page, context }) => {
    await planSession(page, { title: 'Run in two tabs', exercises: ['Agreements and the floor protocol (25 minutes)'] });
    await page.getByRole('link', { name: 'Run this session' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    const other = await secondTab(context, page);
    const [a, b] = [page, other].map((tabPage) => ({
      page: tabPage,
      note: tabPage.locator('#step-note'),
      notice: tabPage.locator('#step-note-lock'),
    }));
    await expect(b!.note).toBeVisible();

    await a!.note.click();
    await a!.page.keyboard.type('Agreed: pass without giving a reason.', { delay: 10 });
    await expectToldElsewhere(b!);
    await expect(b!.note).toHaveValue('Agreed: pass without giving a reason.');
    await b!.note.focus();
    await b!.page.keyboard.type('n'); // neither typed into the note nor taken as "next step"
    await expect(b!.note).toHaveValue('Agreed: pass without giving a reason.');
    await expect(b!.page.locator('#run-step-title')).toHaveText((await a!.page.locator('#run-step-title').textContent())!);

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1024, height: 768 },
    ]) {
      await b!.page.setViewportSize(viewport);
      await b!.page.locator('.step-note').evaluate((field) => field.scrollIntoView({ block: 'center' }));
      await b!.page.screenshot({ path: test.info().outputPath(`step-note-elsewhere-${viewport.width}.png`) });
    }
  });

  test('the structures map: its controls are disabled in the second tab while the first edits it, and nothing is lost', async ({
    page,
    context,
  }) => {
    await planSession(page, { title: 'Map in two tabs', exercises: ['Shared roots, distinct histories (72 minutes)'] });
    await page.getByRole('link', { name: 'Run this session' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    const other = await secondTab(context, page);
    const [mapA, mapB] = [page, other].map((tabPage) => tabPage.getByRole('region', { name: 'Shared structures map' }));

    await mapA!.getByLabel('Theme').click();
    await page.keyboard.type('Housing', { delay: 10 });
    await expect(mapB!.getByText(ELSEWHERE)).toBeVisible();
    await expect(mapB!.getByLabel('Theme')).toBeDisabled();
    await expect(mapB!.getByLabel('Theme')).toHaveValue('Housing');

    // Leaving the map (focus goes outside it) frees it for the other tab.
    await page.getByRole('heading', { name: 'Shared structures map' }).click();
    await expect(mapB!.getByLabel('Theme')).toBeEnabled();
    await mapB!.getByLabel('Theme').click();
    await mapB!.getByLabel('Theme').press('End');
    await other.keyboard.type(' and land', { delay: 10 });
    await expect(mapA!.getByLabel('Theme')).toBeDisabled();
    await expect(mapA!.getByLabel('Theme')).toHaveValue('Housing and land');
    await other.getByRole('heading', { name: 'Shared structures map' }).click();
    await expect(mapA!.getByLabel('Theme')).toBeEnabled();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Shared structures map' }).getByLabel('Theme')).toHaveValue('Housing and land');
  });
});
