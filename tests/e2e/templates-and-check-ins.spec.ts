import { expect, test } from '../support/fixtures.ts';

test.describe('workshop templates', () => {
  test('lists the templates and shows an agenda whose times add up to its total', async ({ page }) => {
    await page.goto('/');
    // The main navigation's link: a new profile's sessions screen also offers "Browse the workshop templates",
    // and whether it is there yet when the click comes depends on how fast the empty list loads.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshop templates' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Workshop templates' })).toBeFocused();
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(4);

    await page.getByRole('link', { name: /first session/i }).click();
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const lengths = await table.locator('tbody .agenda__minutes').allTextContents();
    const sum = lengths.reduce((total, text) => total + Number(text.match(/\d+/)?.[0]), 0);
    const totalText = await table.locator('tfoot .agenda__minutes').textContent();
    const [, hours = '0', minutes = '0'] = totalText?.match(/^(?:(\d+) h)? ?(?:(\d+) min(?:utes)?)?$/) ?? [];
    expect(Number(hours) * 60 + Number(minutes)).toBe(sum);
    await expect(page.locator('.facts').getByText(totalText!)).toBeVisible();

    // Each exercise in the agenda opens its own page.
    const exerciseLink = table.locator('tbody').getByRole('link').first();
    const exerciseTitle = await exerciseLink.textContent();
    await exerciseLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(exerciseTitle!);
  });
});

test.describe('check-in instruments', () => {
  test('shows the items as participants will see them, with the anonymity floor and the formative label', async ({ page }) => {
    await page.goto('/#/check-ins');
    await expect(page.getByRole('article')).toHaveCount(4);
    await page.getByRole('link', { name: /respect and empowerment/i }).click();

    await expect(page.getByRole('note')).toContainText(/not a measurement/i);
    await expect(page.getByText('Results shown only from')).toBeVisible();
    const preview = page.locator('.participant-preview');
    const items = preview.getByRole('group');
    expect(await items.count()).toBeGreaterThanOrEqual(4);
    for (const item of await items.all()) {
      await expect(item.getByRole('radio')).toHaveCount(6); // five points and "Pass"
      await expect(item.getByRole('radio').first()).toBeDisabled();
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Patterns and what to do' })).toBeVisible();
    await expect(page.getByText(/Practical step: Insert caucus time now/).first()).toBeVisible();
  });
});
