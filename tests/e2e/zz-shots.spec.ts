import { openParticipantDisplay, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

test.describe.configure({ mode: 'serial' });
for (const [w, h] of [
  [1280, 800],
  [1024, 768],
] as const) {
  test(`shots phones ${w}`, async ({ page, context }) => {
    await page.setViewportSize({ width: w, height: h });
    await planSession(page, { title: 'On phones', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 1 });
    await page.getByRole('link', { name: 'Run this session' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    const display = await openParticipantDisplay(page, context);
    await display.setViewportSize({ width: 1920, height: 1080 });
    await page.getByText('Open a check-in round').click();
    const form = page.getByRole('form', { name: 'Open a check-in round' });
    await form.getByRole('radio', { name: 'On participants’ own phones, over this room’s network' }).check();
    await expect(form.getByLabel('Network the phones will use')).toHaveValue('127.0.0.1');
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/phones-setup-${w}.png`, fullPage: true });
    await form.getByRole('button', { name: 'Open check-in round' }).click();
    await page.getByLabel('People in the room (only to compare; not saved)').fill('12');
    await page.getByRole('region', { name: 'Check-ins' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/phones-open-${w}.png` });
    await expect(display.getByRole('img', { name: 'QR code for the answer page' })).toBeVisible();
    await display.screenshot({ path: `/tmp/shots/phones-display-1920.png` });
    await page.getByRole('button', { name: 'Close round and show results' }).click();
  });
}
