import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

async function exerciseCount(page: Page): Promise<number> {
  const text = await page.getByRole('status').textContent();
  return Number(text?.match(/^(\d+) exercises$/)?.[1]);
}

/** Reads the facts of every listed exercise card. */
async function listedFacts(page: Page) {
  return page.getByRole('article').evaluateAll((cards) =>
    cards.map((card) => {
      const fact = (term: string) =>
        [...card.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent ?? '';
      const [min, max] = (fact('Group size').match(/\d+/g) ?? []).map(Number);
      return { audience: fact('Audience'), minutes: Number(fact('Duration').match(/\d+/)?.[0]), min: min!, max: max ?? min! };
    }),
  );
}

test.describe('exercise library', () => {
  test('lists every exercise and says it stays on the device', async ({ page, offsiteRequests }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Exercises', exact: true }).click();
    await expect(page).toHaveURL(/#\/library$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Exercises', exact: true })).toHaveAttribute('aria-current', 'page');
    const count = await exerciseCount(page);
    expect(count).toBeGreaterThanOrEqual(14);
    await expect(page.getByRole('article')).toHaveCount(count);
    await expect(page.getByTestId('app-info')).toContainText('Web mode');
    expect(offsiteRequests).toEqual([]);
  });

  test('finds an exercise for an allies-only group of 8 under 45 minutes by filters alone, and reads it aloud', async ({ page }) => {
    await page.goto('/#/library');
    const total = await exerciseCount(page);
    await page.getByLabel('Audience').selectOption({ label: 'Allies only' });
    await page.getByLabel('Group size').fill('8');
    await page.getByLabel('Duration').selectOption({ label: 'Up to 45 minutes' });

    await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ of ${total} exercises match$`));
    const facts = await listedFacts(page);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(fact.audience).toContain('Allies only');
      expect(fact.minutes).toBeLessThanOrEqual(45);
      expect(fact.min).toBeLessThanOrEqual(8);
      expect(fact.max).toBeGreaterThanOrEqual(8);
    }

    const first = page.getByRole('article').first().getByRole('link');
    const title = await first.textContent();
    await first.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(title!);
    await expect(heading).toBeFocused();
    for (const section of ['Why this exercise', 'Steps', 'Facilitator notes', 'Safety', 'What to record', 'Sources']) {
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    }
    await expect(page.getByText('Say and do').first()).toBeVisible();

    await page.getByRole('link', { name: '← Back to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeFocused();
    await expect(page.getByLabel('Group size')).toHaveValue('8');
    await expect(page.getByRole('article')).toHaveCount(facts.length);
  });

  test('searches titles and summaries, and recovers from no results', async ({ page }) => {
    await page.goto('/#/library');
    const total = await exerciseCount(page);
    await page.getByLabel('Search').fill('roots');
    await expect(page.getByRole('article').getByRole('link', { name: 'Shared roots, distinct histories' })).toBeVisible();

    await page.getByLabel('Search').fill('zzzz no such exercise');
    await expect(page.getByText('No exercise matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all exercises' }).click();
    await expect(page.getByRole('status')).toHaveText(`${total} exercises`);
    await expect(page.getByLabel('Search')).toHaveValue('');
  });

  test('reads an exercise with step timings that run end to end to its duration', async ({ page }) => {
    await page.goto('/#/library/respect-and-empowerment-check-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Respect and empowerment check-in');
    const steps = page
      .getByRole('list')
      .filter({ has: page.getByText('Say and do') })
      .getByRole('listitem');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    await expect(steps.first()).toContainText(/Step 1/);
    await expect(steps.first()).toContainText(/\(0:00–0:\d\d\)/);
    await expect(page.getByText('Participants see').first()).toBeVisible();
    await expect(page.getByText('Not yet checked against the full text.').first()).toBeVisible();

    const duration = Number((await page.locator('.facts dd').first().textContent())?.match(/\d+/)?.[0]);
    const lastClock = await steps.last().locator('.step__clock').textContent();
    const [, hours, minutes] = lastClock?.match(/–(\d+):(\d\d)\)/) ?? [];
    expect(Number(hours) * 60 + Number(minutes)).toBe(duration);

    // The outline jumps to a step and puts the reader there.
    const outline = page.getByRole('navigation', { name: 'Steps at a glance' });
    await outline.getByRole('button').last().click();
    await expect(
      page
        .getByRole('heading', { level: 3 })
        .filter({ hasText: /^Step \d+/ })
        .last(),
    ).toBeFocused();
  });

  test('says plainly when an exercise records nothing', async ({ page }) => {
    await page.goto('/#/library/allies-centring-self-check');
    await expect(page.getByText('The app records nothing for this exercise.')).toBeVisible();
  });

  test('opens a deep link directly and explains an unknown exercise', async ({ page }) => {
    await page.goto('/#/library/shared-roots-distinct-histories');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared roots, distinct histories');
    await page.goto('/#/library/no-such-exercise');
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: '← Back to the library' })).toBeVisible();
  });

  test('asks before opening a source outside the app, and sends nothing if declined', async ({ page, context, offsiteRequests }) => {
    await page.goto('/#/library/shared-roots-distinct-histories');
    const sourceLink = page.getByRole('region', { name: 'Sources' }).getByRole('link').first();
    const href = await sourceLink.getAttribute('href');
    expect(href).toMatch(/^https:\/\//);

    page.once('dialog', (dialog) => {
      expect(dialog.type()).toBe('confirm');
      expect(dialog.message()).toContain(href);
      void dialog.dismiss();
    });
    await sourceLink.click();
    await expect(page).toHaveURL(/shared-roots-distinct-histories$/);
    expect(context.pages()).toHaveLength(1);
    expect(offsiteRequests).toEqual([]);

    page.once('dialog', (dialog) => void dialog.accept());
    const [popup] = await Promise.all([context.waitForEvent('page'), sourceLink.click()]);
    await expect.poll(() => offsiteRequests).toContain(href);
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await expect(page).toHaveURL(/shared-roots-distinct-histories$/);
  });

  test('is usable with the keyboard alone: a skip link and visible focus', async ({ page }) => {
    await page.goto('/#/library');
    // The screen renders once its words and code are in (a moment after the page loads); a key pressed before lands nowhere.
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await expect(page).toHaveURL(/#\/library$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toBeVisible();
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
