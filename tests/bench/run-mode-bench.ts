import type { Browser, Page } from '@playwright/test';
import { emptyStores, median, ms, putRecords, withAppPage, type Figure, type StoreRecords } from './bench-support.ts';

const ITEMS = 40;
const STEPS_TIMED = 30;
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

interface Shown {
  title: string;
  /** Epoch ms at the end of the first frame that rendered the new title: see `watchTitle`. */
  paintedAt: number;
}

interface BenchWindow {
  benchShown: Shown[];
  benchKeys: number[];
  benchEventTimings: { startedAt: number; duration: number }[];
}

const PAINTED = 'bench:painted ';

/**
 * Records when each new text of `selector` is painted: a MutationObserver
 * sees the change, the next requestAnimationFrame callback runs at the start
 * of the frame that renders it, and a message posted from that callback is
 * delivered once the frame's style, layout and paint are done. That is the
 * usual main-thread approximation of "on screen"; the Event Timing figure
 * below is the browser's own, up to the frame's presentation. Each paint is
 * also logged, so the bench can wait for it without polling inside the page.
 */
async function watchTitle(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    ({ watched, prefix }) => {
      const bench = window as unknown as BenchWindow;
      bench.benchShown = [];
      let last = document.querySelector(watched)?.textContent ?? '';
      new MutationObserver(() => {
        const title = document.querySelector(watched)?.textContent ?? '';
        if (title === last) return;
        last = title;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            bench.benchShown.push({ title, paintedAt: performance.timeOrigin + performance.now() });
            console.debug(prefix + title);
          };
          channel.port2.postMessage(null);
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { watched: selector, prefix: PAINTED },
  );
}

/** Records the time of each real `n` key press (the event's own time stamp) and the browser's Event Timing entries for key presses. */
async function watchKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench = window as unknown as BenchWindow;
    bench.benchKeys = [];
    bench.benchEventTimings = [];
    // Capturing on window runs before the app's own listener.
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'n') bench.benchKeys.push(performance.timeOrigin + event.timeStamp);
      },
      { capture: true },
    );
    // 16 ms is the lowest threshold the API accepts: a key press whose next
    // paint came sooner has no entry at all. Durations are rounded to 8 ms.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown')
          bench.benchEventTimings.push({ startedAt: performance.timeOrigin + entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

function paintedAt(page: Page, title: string): Promise<number> {
  return page.evaluate((expected) => {
    const shown = (window as unknown as BenchWindow).benchShown.find((entry) => entry.title === expected);
    if (!shown) throw new Error(`"${expected}" was never painted`);
    return shown.paintedAt;
  }, title);
}

/** Presses `n` and returns, for each window, the time from the key press to the end of the frame that showed `title`. */
async function pressNext(page: Page, windows: readonly Page[], title: string): Promise<number[]> {
  const painted = windows.map((target) => target.waitForEvent('console', (message) => message.text() === PAINTED + title));
  await page.keyboard.press('n');
  await Promise.all(painted);
  const pressedAt = await page.evaluate(() => (window as unknown as BenchWindow).benchKeys.at(-1)!);
  const shown = await Promise.all(windows.map((target) => paintedAt(target, title)));
  // As a facilitator would at the very least, let the page settle before the next press.
  await page.waitForTimeout(200);
  return shown.map((at) => at - pressedAt);
}

/**
 * A key press the app ignores whose handler (the bench's own) takes 40 ms:
 * its Event Timing entry must appear, or the browser is not reporting entries
 * for this window and a missing entry would not mean "under 16 ms".
 */
async function eventTimingReported(page: Page): Promise<boolean> {
  await page.evaluate(() =>
    window.addEventListener('keydown', (event) => {
      if (event.key !== 'F2') return;
      const started = performance.now();
      while (performance.now() - started < 40);
    }),
  );
  await page.keyboard.press('F2');
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as BenchWindow).benchEventTimings.some((entry) => entry.duration >= 40));
}

const stepTitle = (step: number) => `Step ${Math.floor(step / 2)}.${step % 2}`;

/**
 * Stepping to the next step on a 40-item agenda, from a real key press
 * (Playwright's keyboard, so a trusted event with the browser's own time
 * stamp) to the end of the first frame that shows the new step.
 *
 * First the run view alone, where the browser's own Event Timing figure is
 * read too; then with the participant display open (a popup sharing the run
 * view's main thread in the browser), in both windows. Once a page has
 * opened a popup, headless Chromium often stops reporting its Event Timing
 * entries (seen here with Chromium 156), which is why that figure comes from
 * the first part, checked by a deliberately slow press.
 */
export async function benchRunMode(browser: Browser): Promise<Figure[]> {
  return withAppPage(browser, async (page, context, base) => {
    await page.goto(base);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await putRecords(page, runningSession());
    await page.goto(`${base}#/sessions/${SESSION_ID}/run`);
    await page.getByRole('button', { name: 'Start' }).click();
    await watchKeys(page);
    await watchTitle(page, '#run-step-title');

    let step = 0;
    const alone: number[] = [];
    for (let press = 0; press < STEPS_TIMED; press++) alone.push(...(await pressNext(page, [page], stepTitle(++step))));
    const keyTimes = await page.evaluate(() => (window as unknown as BenchWindow).benchKeys);
    if (keyTimes.length !== STEPS_TIMED) throw new Error(`the run view saw ${keyTimes.length} key presses, not ${STEPS_TIMED}`);
    const timings = await page.evaluate(() => (window as unknown as BenchWindow).benchEventTimings);
    const reported = await eventTimingReported(page);
    // A press without an entry was painted within 16 ms (the API's lowest threshold).
    const eventDurations = keyTimes.map((at) => timings.find((entry) => Math.abs(entry.startedAt - at) < 1)?.duration ?? 0);
    const eventMedian = median(eventDurations);
    const slowPresses = eventDurations.filter((duration) => duration >= 16).length;

    // The display is opened from the run view's "More controls".
    await page.getByRole('button', { name: 'More controls' }).click();
    const [display] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open participant display' }).click(),
    ]);
    await display.locator('.display__title').waitFor();
    // The facilitator works in the run view; the display is the other window.
    await page.bringToFront();
    await watchTitle(display, '.display__title');
    const runView: number[] = [];
    const both: number[] = [];
    for (let press = 0; press < STEPS_TIMED; press++) {
      const [inRunView, inDisplay] = (await pressNext(page, [page, display], stepTitle(++step))) as [number, number];
      runView.push(inRunView);
      both.push(Math.max(inRunView, inDisplay));
    }

    return [
      {
        name: `next step → run view painted, display open (${ITEMS} items)`,
        value: ms(median(runView)),
        target: '< 16 ms',
        pass: median(runView) < 16,
      },
      { name: 'next step → both windows painted', value: ms(median(both)), target: '< 16 ms', pass: median(both) < 16 },
      { name: 'next step → run view painted, alone', value: ms(median(alone)), target: '< 16 ms', pass: median(alone) < 16 },
      reported
        ? {
            name: `  the same by Event Timing (${slowPresses}/${STEPS_TIMED} presses ≥ 16 ms)`,
            value: eventMedian < 16 ? '< 16 ms' : `${eventMedian} ms`,
            target: '< 16 ms',
            pass: eventMedian < 16,
          }
        : { name: '  the same by Event Timing', value: 'no entries', target: 'entries reported', pass: false },
    ];
  });
}
