import path from 'node:path';
import type { Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { PROJECT_ROOT } from '../support/run-command.ts';
import { expect, test } from '../support/fixtures.ts';

// What a screen reader says, from @guidepup/virtual-screen-reader's spoken
// log. Its script comes from node_modules, served on the test's own origin;
// the app's Content-Security-Policy forbids injected script, so these tests
// alone bypass it.
test.use({ bypassCSP: true });

const SCREEN_READER = path.join(PROJECT_ROOT, 'node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js');

interface VirtualScreenReader {
  start(options: { container: Node }): Promise<void>;
  spokenPhraseLog(): Promise<string[]>;
  stop(): Promise<void>;
}

/** Starts the virtual screen reader on the whole page. */
async function startScreenReader(page: Page): Promise<void> {
  await page.route('**/__virtual-screen-reader.js', (route) => route.fulfill({ path: SCREEN_READER, contentType: 'text/javascript' }));
  await page.addScriptTag({
    type: 'module',
    content:
      "import { virtual } from '/__virtual-screen-reader.js'; window.screenReader = virtual; await virtual.start({ container: document.body }); window.screenReaderReady = true;",
  });
  await page.waitForFunction(() => 'screenReaderReady' in window);
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { screenReader: VirtualScreenReader }).screenReader.spokenPhraseLog());

test('the run timer speaks calmly: its phases and pauses, never the seconds ticking by', async ({ page }) => {
  await page.clock.install();
  await planSession(page, { title: 'Spoken', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run: Spoken');
  await startScreenReader(page);

  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('timer')).toHaveText('3:00');
  // Two and a half minutes of a three-minute step: into its last fifth.
  for (let second = 0; second < 150; second += 5) await page.clock.runFor(5_000);
  await expect(page.getByTestId('timer')).toHaveText('0:30');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
  await page.clock.runFor(5_000);

  const log = await spoken(page);
  const live = log.filter((phrase) => /^(polite|assertive): /.test(phrase));
  // Nothing spoken reads out the clock, once a second or at all.
  expect(log.filter((phrase) => /\d:\d\d/.test(phrase))).toEqual([]);
  expect(live).toEqual(['polite: On time', 'polite: Less than a fifth left', 'polite: Paused']);
});

test('a group on its own hears its timer as calmly: a fifth left, nearly out, over, stopped; never the seconds', async ({ page }) => {
  await page.clock.install();
  await planSession(page, { title: 'Spoken alone', template: "Allies' evening, without a facilitator" });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  const clock = page.getByTestId('timer');
  await expect(clock).not.toHaveText('0:00');
  const [minutes, seconds] = (await clock.textContent())!.split(':').map(Number) as [number, number];
  const cardMs = (minutes * 60 + seconds) * 1000;
  await startScreenReader(page);

  // Past the end of the first card, five seconds at a time, then stopped.
  for (let elapsed = 0; elapsed < cardMs + 10_000; elapsed += 5_000) await page.clock.runFor(5_000);
  await expect(clock).toHaveText(/^\+/);
  await page.getByRole('button', { name: 'Stop the timer' }).click();
  await expect(page.getByRole('group', { name: 'Timer' }).getByRole('status')).toHaveText('Timer stopped');
  await page.clock.runFor(5_000);

  const log = await spoken(page);
  expect(log.filter((phrase) => /\d:\d\d/.test(phrase))).toEqual([]);
  expect(log.filter((phrase) => /^(polite|assertive): Timer/.test(phrase))).toEqual([
    'polite: Timer running: less than a fifth of the time left',
    'polite: Timer running: nearly out of time',
    'polite: Timer running: over time',
    'polite: Timer stopped',
  ]);
});
