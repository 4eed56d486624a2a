import { expect, test } from '../support/fixtures.ts';

const CHECK_IN = 'Respect and empowerment';
const ROOTS = 'Shared roots';
const ALLIES = 'centring';

test.describe('exercise library', () => {
  test('opens on the library with every exercise and says it stays on the device', async ({ page, offsiteRequests }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/#\/library$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('3 exercises');
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(page.getByTestId('app-info')).toContainText('Web mode');
    expect(offsiteRequests).toEqual([]);
  });

  test('finds an exercise by audience filter and by search, and clears them', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Audience').selectOption({ label: 'Allies only' });
    await expect(page.getByRole('status')).toHaveText('1 of 3 exercises match');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article').getByRole('link')).toContainText(ALLIES);

    await page.getByLabel('Audience').selectOption({ label: 'Any audience' });
    await page.getByLabel('Search').fill('roots');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article').getByRole('link')).toContainText(ROOTS);

    await page.getByLabel('Framework').selectOption({ label: "Allies' motivations" });
    await expect(page.getByText('No exercise matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all exercises' }).click();
    await expect(page.getByRole('status')).toHaveText('3 exercises');
    await expect(page.getByLabel('Search')).toHaveValue('');
  });

  test('filters by duration', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Duration').selectOption({ label: 'Over 45 minutes' });
    const titles = await page.getByRole('article').getByRole('heading').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => title.includes(ROOTS))).toBe(true);
  });

  test('reads an exercise from start to end by keyboard, then returns to the filtered list', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Search').fill('empowerment');
    const link = page.getByRole('link', { name: new RegExp(CHECK_IN) });
    await link.focus();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/#\/library\/respect-and-empowerment-check-in$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(CHECK_IN);
    await expect(heading).toBeFocused();

    for (const section of ['Why this exercise', 'Steps', 'Facilitator notes', 'Safety', 'What to record', 'Sources']) {
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    }
    const steps = page
      .getByRole('list')
      .filter({ has: page.getByText('Say and do') })
      .getByRole('listitem');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    await expect(steps.first()).toContainText(/Step 1/);
    await expect(steps.first()).toContainText(/\(0:00–0:\d\d\)/);
    await expect(page.getByText('Participants see').first()).toBeVisible();
    await expect(page.getByText('Not yet checked against the full text.').first()).toBeVisible();

    // The step clocks run end to end and finish at the exercise's stated duration.
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

    await page.getByRole('link', { name: '← Back to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeFocused();
    await expect(page.getByLabel('Search')).toHaveValue('empowerment');
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('opens a deep link directly and explains an unknown exercise', async ({ page }) => {
    await page.goto('/#/library/shared-roots-distinct-histories');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(ROOTS);
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
    await page.goto('/');
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
