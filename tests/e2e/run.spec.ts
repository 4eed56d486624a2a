import type { Page } from '@playwright/test';
import { openParticipantDisplay, planSession, showMoreRunControls } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

/**
 * A controlled clock: Date.now() stands still until the test moves it, while
 * the page's own timers keep running so the app can work and redraw.
 */
async function controlledClock(page: Page) {
  let now = new Date('2027-03-05T18:00:00').getTime();
  await page.clock.setFixedTime(now);
  return async (ms: number) => {
    now += ms;
    await page.clock.setFixedTime(now);
  };
}

/** Plans the agreements exercise and `breaks` ten-minute breaks, then opens the run view. */
/** The current step's length as the stored run state has it, in minutes, read from IndexedDB (the vault is off in these tests). */
async function storedStepMinutes(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('common-ground');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const sessions = await new Promise<{ run?: { timer: { durationMs: number } } }[]>((resolve, reject) => {
      const request = db.transaction('sessions').objectStore('sessions').getAll();
      request.onsuccess = () => resolve(request.result as { run?: { timer: { durationMs: number } } }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const run = sessions.find((session) => session.run)?.run;
    return run ? run.timer.durationMs / 60_000 : null;
  });
}

async function planAndRun(page: Page, breaks = 1) {
  await planSession(page, { title: 'Run it', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks });
  await page.getByLabel('Time available (minutes)').fill(String(25 + 10 * breaks));
  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run: Run it');
}

test.describe('run mode', () => {
  test('timers tell the truth across pause, extension and a reload, with a controlled clock', async ({ page }) => {
    const advance = await controlledClock(page);
    await planAndRun(page);
    const timer = page.getByTestId('timer');
    const firstStep = (await page.locator('#run-step-title').textContent())!;
    const firstMinutes = Number((await timer.textContent())!.split(':')[0]);

    await page.getByRole('button', { name: 'Start' }).click();
    await advance(60_000);
    await expect(timer).toHaveText(`${firstMinutes - 1}:00`);

    await page.keyboard.press('Space'); // pause
    await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
    await advance(10 * 60_000);
    await expect(timer).toHaveText(`${firstMinutes - 1}:00`);
    await page.keyboard.press('Space'); // resume
    await page.keyboard.press('1'); // +1 minute
    await expect(timer).toHaveText(`${firstMinutes}:00`);

    // The extension is kept before the window goes: a reload within a few milliseconds of a key press could come first.
    await expect.poll(() => storedStepMinutes(page)).toBe(firstMinutes + 1);
    await advance(30_000);
    await page.reload();
    await expect(page.locator('#run-step-title')).toHaveText(firstStep);
    await expect(timer).toHaveText(`${firstMinutes - 1}:30`);

    // Overrun is shown plainly.
    await advance(firstMinutes * 60_000);
    await expect(timer).toHaveText('+0:30');
    await expect(page.getByRole('status').filter({ hasText: 'Over time' })).toBeVisible();
  });

  test('steps through the whole agenda by keyboard, offers to rebalance when late, and ends the session', async ({ page }) => {
    const advance = await controlledClock(page);
    await planAndRun(page, 2);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');

    // The first step runs long enough to make the plan late for the time available.
    await expect(page.getByText(/min over the time available/)).toHaveCount(0);
    await advance(15 * 60_000);
    await expect(page.getByText(/\d+ min over the time available/)).toBeVisible();
    await page.getByRole('button', { name: 'Shorten the remaining items to fit' }).click();
    await expect(page.getByText(/min over the time available/)).toHaveCount(0);

    await page.keyboard.press('s'); // skip to the first break
    await expect(page.locator('.run__progress')).toContainText('Item 2 of 3');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.run__progress')).toContainText('Item 1 of 3');
    await page.keyboard.press('s');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.run__progress')).toContainText('Item 3 of 3');
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session ended: Run it');

    await page.getByRole('link', { name: 'Sessions', exact: true }).click();
    await expect(page.locator('.session-row__meta')).toContainText('Ended');
  });

  test('a session left running is offered first on the sessions screen and resumes where it was', async ({ page }) => {
    await controlledClock(page);
    await planAndRun(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.keyboard.press('n');
    const step = (await page.locator('#run-step-title').textContent())!;
    await page.locator('#step-note').fill('Agreed: pass without giving a reason.');

    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'In progress' })).toContainText('Run it');
    await page.getByRole('link', { name: 'Resume this session' }).click();
    await expect(page.locator('#run-step-title')).toHaveText(step);
    await expect(page.locator('#step-note')).toHaveValue('Agreed: pass without giving a reason.');
  });

  test('runs a three-item session to the end with the participant display open, which never shows notes or scripts', async ({
    page,
    context,
  }) => {
    await controlledClock(page);
    await planAndRun(page, 2);
    await page.getByRole('button', { name: 'Start' }).click();
    const display = await openParticipantDisplay(page, context);
    await expect(display.getByRole('main', { name: 'Participant display' })).toBeVisible();

    const seenItems = new Set<string>();
    for (let guard = 0; guard < 20; guard++) {
      const title = (await page.locator('#run-step-title').textContent())!;
      seenItems.add((await page.locator('.run__progress').textContent())!.match(/Item (\d+) of 3/)![1]!);
      await expect(display.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(display.getByTestId('display-timer')).toHaveText(/^\d+:\d\d$/);
      // Nothing meant for the facilitator reaches the room.
      const script = page.locator('.run-step > .markdown').first();
      if (await script.count())
        expect(await display.locator('body').textContent()).not.toContain((await script.textContent())!.trim().slice(0, 40));
      await expect(display.getByText('Notes for this step')).toHaveCount(0);
      await expect(display.getByText('Facilitator notes')).toHaveCount(0);
      await expect(display.getByText('Safety')).toHaveCount(0);
      const prompt = page.getByRole('complementary', { name: 'Beside the script' }).locator('.step__prompt .markdown');
      if (await prompt.count()) await expect(display.locator('.display__prompt')).toHaveText((await prompt.textContent())!);
      const finish = page.getByRole('button', { name: 'Finish' });
      if (await finish.count()) {
        await finish.click();
        break;
      }
      await page.keyboard.press('n');
    }
    expect(seenItems.size).toBe(3);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session ended: Run it');
    await expect(display.getByRole('heading', { level: 1 })).toHaveText('Thank you.');
  });

  test('a soft timer counts on without alarm colours for a reflective step', async ({ page }) => {
    const advance = await controlledClock(page);
    await planAndRun(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await showMoreRunControls(page);
    await page.getByLabel('Soft timer for this step').check();
    await advance(60 * 60_000);
    await expect(page.getByTestId('timer')).toHaveText(/^\+\d+:\d\d$/);
    await expect(page.getByRole('region', { name: 'Step timer' })).toHaveClass(/run-timer--soft/);
    await expect(page.getByRole('status').filter({ hasText: 'Soft timer' })).toHaveText('Soft timer · Over time');
  });

  test('a step can be given any length, typed', async ({ page }) => {
    const advance = await controlledClock(page);
    await planAndRun(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await advance(30_000);
    await showMoreRunControls(page);
    await page.getByLabel('Step length').fill('7.5');
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    await expect(page.getByTestId('timer')).toHaveText('7:00');
    await page.getByRole('button', { name: 'End session…' }).click();
    await page.getByRole('button', { name: 'End session', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session ended: Run it');
  });
});

test('floor tools: a caucus call inserts caucus time and starts it; airtime shows each side’s share', async ({ page }) => {
  const advance = await controlledClock(page);
  await planAndRun(page);
  await page.getByRole('button', { name: 'Start' }).click();

  await page.getByRole('button', { name: 'Affected participant speaking' }).click();
  await advance(3 * 60_000);
  await page.keyboard.press('l'); // an ally now
  await advance(60_000);
  await expect(page.getByTestId('airtime')).toContainText('This item: affected participants 75% · allies 25%');

  await page.getByRole('button', { name: 'Floor shift' }).click();
  await page.getByRole('button', { name: 'Caucus call' }).click();
  await expect(page.locator('#run-step-title')).toHaveText('Caucus time');
  await expect(page.getByTestId('timer')).toHaveText('10:00');
  await expect(page.getByRole('status').filter({ hasText: 'caucus call' })).toHaveText('1 caucus call, 1 floor shift so far');
  await expect(page.getByTestId('airtime')).toContainText('Session: affected participants 75% · allies 25%');

  await page.getByRole('link', { name: '← Back to the plan' }).click();
  await expect(page.locator('.agenda-entry__title').nth(1)).toContainText('Caucus time');
});
