import type { Browser, Page } from '@playwright/test';
import { AUTOSAVE_COMMIT_MEASURE, PLANNER_READY_MARK, SESSIONS_READY_MARK } from '../../renderer/src/navigation/performance-marks.ts';
import { emptyStores, median, ms, percentile, putRecords, withAppPage, type Figure } from './bench-support.ts';

const SESSIONS = 1_000;
const ITEMS_PER_SESSION = 20;
const NOTES_PER_SESSION = 50;

/** Writes the synthetic sessions straight into the app's database, as the app would have, fifty at a time. */
export async function seed(page: Page): Promise<void> {
  const step = { title: 'Discuss', minutes: 10, script: 'Invite the group to talk. '.repeat(20), prompt: 'What do we need?' };
  for (let s = 0; s < SESSIONS; s += 50) {
    const records = emptyStores('sessions', 'agendaItems', 'stepNotes');
    for (let i = s; i < Math.min(SESSIONS, s + 50); i++) {
      const id = `bench-${String(i).padStart(4, '0')}`;
      const day = String((i % 28) + 1).padStart(2, '0');
      records['sessions']!.push({
        id,
        title: `Workshop ${i}`,
        scheduledFor: `2027-${String((i % 12) + 1).padStart(2, '0')}-${day}T18:00`,
        availableMinutes: 240,
        mode: 'facilitated',
        status: 'planned',
        templateId: null,
        createdAt: 1_700_000_000_000 + i,
        updatedAt: 1_700_000_000_000 + i,
      });
      for (let j = 0; j < ITEMS_PER_SESSION; j++) {
        records['agendaItems']!.push({
          id: `${id}-item-${j}`,
          sessionId: id,
          position: (j + 1) * 1024,
          kind: 'exercise',
          plannedMinutes: 12,
          exercise: {
            id: `exercise-${j}`,
            version: 1,
            title: `Exercise ${j}`,
            durationMinutes: 12,
            audience: ['mixed'],
            captures: ['notes'],
            steps: [step, step],
          },
        });
      }
      for (let n = 0; n < NOTES_PER_SESSION; n++) {
        records['stepNotes']!.push({
          id: `${id}-note-${n}`,
          sessionId: id,
          agendaItemId: `${id}-item-${n % ITEMS_PER_SESSION}`,
          stepIndex: n % 2,
          text: 'The group agreed to return to this after the break. '.repeat(3),
          updatedAt: 1_700_000_000_000,
        });
      }
    }
    await putRecords(page, records);
  }
}

/**
 * The baseline: a plain textarea outside the app whose input handler does a
 * raw IndexedDB put of the whole text, typed the same way. Measured from the
 * input handler to the commit, exactly like the app's autosave measure.
 */
export async function rawPutWhileTyping(page: Page, text: string): Promise<number[]> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('bench-raw', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('records', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
    });
    const times: number[] = [];
    (window as unknown as { rawTimes: number[] }).rawTimes = times;
    const area = Object.assign(document.createElement('textarea'), { id: 'bench-raw-input' });
    document.body.append(area);
    area.addEventListener('input', () => {
      const start = performance.now();
      const tx = db.transaction('records', 'readwrite');
      tx.objectStore('records').put({ id: 'prep-note', sessionId: 'bench', text: area.value, updatedAt: Date.now() });
      tx.oncomplete = () => times.push(performance.now() - start);
    });
  });
  await page.locator('#bench-raw-input').click();
  await page.keyboard.type(text, { delay: 25 });
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { rawTimes: number[] }).rawTimes);
}

/**
 * Types a preparation note in the open plan and returns each keystroke's
 * time to its IndexedDB commit (the app's own measure), and a raw put's
 * time for the same typing in the same page.
 */
export async function autosaveWhileTyping(page: Page): Promise<{ commits: number[]; raw: number[] }> {
  await page
    .getByLabel(/^Preparation note for/)
    .first()
    .click();
  await page.evaluate((name) => performance.clearMeasures(name), AUTOSAVE_COMMIT_MEASURE);
  const typed = 'The hall opens at six; bring the tea urn and the slips. '.repeat(4);
  await page.keyboard.type(typed, { delay: 25 });
  await page.waitForFunction(() => document.querySelector('.prep-note .save-status')?.textContent === 'Saved');
  const commits = await page.evaluate((name) => performance.getEntriesByName(name).map((entry) => entry.duration), AUTOSAVE_COMMIT_MEASURE);
  return { commits, raw: await rawPutWhileTyping(page, typed) };
}

export async function benchSessions(browser: Browser): Promise<Figure[]> {
  return withAppPage(browser, async (page, _context, base) => {
    await page.goto(`${base}#/sessions`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SESSIONS_READY_MARK);
    await seed(page);

    // Sessions screen: reload to it and read when its list was on screen.
    const screenTimes: number[] = [];
    for (let run = 0; run < 7; run++) {
      await page.goto(`${base}#/sessions`);
      await page.reload();
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SESSIONS_READY_MARK);
      screenTimes.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, SESSIONS_READY_MARK));
    }
    if ((await page.locator('.result-count').textContent()) !== `${SESSIONS} sessions`)
      throw new Error('the sessions screen did not count every session');

    // Opening a session: from the click to its plan on screen.
    const openTimes: number[] = [];
    for (let run = 0; run < 9; run++) {
      await page.goto(`${base}#/sessions`);
      await page.locator('.session-row').first().waitFor();
      await page.evaluate(() => performance.mark('bench:open'));
      await page
        .locator('.session-row__title a')
        .nth(run * 5)
        .click();
      await page.waitForFunction(
        (mark) =>
          performance
            .getEntriesByName(mark)
            .some((entry) => entry.startTime > performance.getEntriesByName('bench:open').at(-1)!.startTime),
        PLANNER_READY_MARK,
      );
      openTimes.push(
        await page.evaluate(
          (mark) => performance.getEntriesByName(mark).at(-1)!.startTime - performance.getEntriesByName('bench:open').at(-1)!.startTime,
          PLANNER_READY_MARK,
        ),
      );
    }

    // Autosave: keystroke → committed IndexedDB write, against a raw put in the same page.
    const { commits, raw } = await autosaveWhileTyping(page);

    // Typing into a 20,000-character note: no frame may take longer than 50 ms.
    const note = page.getByLabel(/^Preparation note for/).nth(1);
    await note.fill('A long preparation note. '.repeat(800));
    await page.evaluate(() => {
      (window as unknown as { longFrames: number[] }).longFrames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { longFrames: number[] }).longFrames.push(entry.duration);
      }).observe({ type: 'long-animation-frame', buffered: false });
    });
    await note.press('End');
    await page.keyboard.type(' and one more sentence typed at the end of it.', { delay: 30 });
    await page.waitForTimeout(300);
    const longFrames = await page.evaluate(() => (window as unknown as { longFrames: number[] }).longFrames);

    const screen = median(screenTimes);
    const open = median(openTimes);
    const commitP95 = percentile(commits, 95);
    const rawP95 = percentile(raw, 95);
    return [
      { name: `sessions screen interactive (${SESSIONS} sessions)`, value: ms(screen), target: '< 300 ms', pass: screen < 300 },
      { name: 'session opens', value: ms(open), target: '< 150 ms', pass: open < 150 },
      {
        name: `autosave keystroke → commit, p95 (${commits.length} commits)`,
        value: ms(commitP95),
        target: `≤ 2 × raw put while typing, p95 (${ms(rawP95)})`,
        pass: commitP95 <= 2 * rawP95,
      },
      {
        name: 'frames over 50 ms typing in a 20,000-character note',
        value: String(longFrames.length),
        target: '0',
        pass: longFrames.length === 0,
      },
    ];
  });
}
