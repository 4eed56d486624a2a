import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// A session can carry a "delete after" date. The app deletes it the first
// time it runs on a later day, and says so in those words, because it cannot
// act while it is closed.

test('a session past its "delete after" date is gone the next time the app starts; one still within it says when it will go', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-03-05T12:00:00'));
  await planSession(page, { title: 'Kept a while' });
  await page.getByLabel('Delete this session after').fill('2027-04-01');
  await expect(page.getByText(/^Deleted the next time the app runs after (1 April|April 1,) 2027: its plan, notes/)).toBeVisible();

  await planSession(page, { title: 'Done with' });
  const bookmark = page.url();
  await page.getByLabel('Delete this session after').fill('2027-03-06');
  await page.getByRole('link', { name: 'Sessions', exact: true }).click();
  const rows = page.locator('.session-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Kept a while' })).toContainText(/Deleted the next time the app runs after (1 April|April 1,) 2027/);

  // Two days on, the app starts again: the session dated the 6th has gone, with everything it held; the other stays.
  await page.clock.setFixedTime(new Date('2027-03-07T09:00:00'));
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Kept a while');
  // A bookmark to it says where it went, not that the library lacks it.
  await page.goto(bookmark);
  await expect(page.getByRole('heading', { level: 1, name: 'Session not found' })).toBeVisible();
  await expect(page.getByText(/on this device: it may have been deleted, by hand or after its “delete after” date\.$/)).toBeVisible();
});
