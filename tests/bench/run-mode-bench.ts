import type { Browser, Page } from '@playwright/test';
import { emptyStores, median, ms, putRecords, withAppPage, type Figure, type StoreRecords } from './bench-support.ts';

const ITEMS = 40;
const STEPS_TIMED = 30;
const PORT = 4394;
const BASE = `http://127.0.0.1:${PORT}/`;
const SESSION_ID = 'bench-run';

/** A running session with a 40-item agenda, written straight into the app's database. */
function runningSession(): StoreRecords {
  const records = emptyStores('sessions', 'agendaItems');
  records['sessions']!.push({
    id: SESSION_ID,
    title: 'Long day',
    scheduledFor: null,
    availableMinutes: 480,
    mode: 'facilitated',
    status: 'planned',
    templateId: null,
    createdAt: 1,
    updatedAt: 1,
  });
  for (let i = 0; i < ITEMS; i++) {
    records['agendaItems']!.push({
      id: `item-${i}`,
      sessionId: SESSION_ID,
      position: (i + 1) * 1024,
      kind: 'exercise',
      plannedMinutes: 12,
      exercise: {
        id: `exercise-${i}`,
        version: 1,
        title: `Exercise ${i}`,
        durationMinutes: 12,
        audience: ['mixed'],
        captures: ['notes'],
        steps: [0, 1].map((k) => ({
          title: `Step ${i}.${k}`,
          minutes: 6,
          script: 'Invite the group to talk. '.repeat(30),
          prompt: 'What do **we** need to go on?',
        })),
      },
    });
  }
  return records;
}

/** Records, in epoch milliseconds, each time the text of `selector` changes. */
async function watchTitle(page: Page, selector: string): Promise<void> {
  await page.evaluate((watched) => {
    const seen: { title: string; at: number }[] = [];
    (window as unknown as { titles: typeof seen }).titles = seen;
    let last = document.querySelector(watched)?.textContent ?? '';
    new MutationObserver(() => {
      const title = document.querySelector(watched)?.textContent ?? '';
      if (title !== last) {
        last = title;
        seen.push({ title, at: performance.timeOrigin + performance.now() });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, selector);
}

async function shownAt(page: Page, title: string): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => (window as unknown as { titles: { title: string; at: number }[] }).titles.find((entry) => entry.title === expected)?.at,
    title,
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Stepping to the next step on a 40-item agenda: from the key press to the
 * new step on screen, in the run view and in the participant display.
 */
export async function benchRunMode(browser: Browser): Promise<Figure[]> {
  return withAppPage(browser, PORT, async (page, context) => {
    await page.goto(BASE);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await putRecords(page, runningSession());
    await page.goto(`${BASE}#/sessions/${SESSION_ID}/run`);
    await page.getByRole('button', { name: 'Start' }).click();
    const [display] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open participant display' }).click(),
    ]);
    await display.locator('.display__title').waitFor();
    await watchTitle(page, '#run-step-title');
    await watchTitle(display, '.display__title');

    const runView: number[] = [];
    const both: number[] = [];
    for (let step = 1; step <= STEPS_TIMED; step++) {
      const title = `Step ${Math.floor(step / 2)}.${step % 2}`;
      const pressedAt = await page.evaluate(() => {
        const at = performance.timeOrigin + performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
        return at;
      });
      const [inRunView, inDisplay] = await Promise.all([shownAt(page, title), shownAt(display, title)]);
      runView.push(inRunView - pressedAt);
      both.push(Math.max(inRunView, inDisplay) - pressedAt);
    }
    return [
      {
        name: `next step → run view updated (${ITEMS}-item agenda)`,
        value: ms(median(runView)),
        target: '< 16 ms',
        pass: median(runView) < 16,
      },
      { name: 'next step → both windows updated', value: ms(median(both)), target: '< 16 ms', pass: median(both) < 16 },
    ];
  });
}
