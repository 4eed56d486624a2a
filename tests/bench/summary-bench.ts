import type { Browser, Page } from '@playwright/test';
import type { CheckInInstrument } from '../../domain/content/check-in-schema.ts';
import { SUMMARY_READY_MARK } from '../../renderer/src/navigation/performance-marks.ts';
import { closeTalliedRounds, type LegacyTally, type TalliedRound } from '../../domain/check-ins/legacy-check-ins.ts';
import { shippedCheckIns } from '../support/shipped-content.ts';
import { emptyStores, median, ms, putRecords, withAppPage, type Figure, type StoreRecords } from './bench-support.ts';

export const SUMMARY_SESSION_ID = 'bench-summary';

export interface SummaryScale {
  items: number;
  stepsPerItem: number;
  notes: number;
  rounds: number;
}

/** The large session: eight hours, 40 steps, 2,000 notes, 20 check-in rounds. */
export const EIGHT_HOUR_SESSION: SummaryScale = { items: 20, stepsPerItem: 2, notes: 2_000, rounds: 20 };

/** A finished session of the given size, as the app would have stored it. */
function finishedSession(scale: SummaryScale, findCheckIn: (id: string) => CheckInInstrument | undefined): StoreRecords {
  const records = emptyStores('sessions', 'agendaItems', 'stepNotes', 'checkInRounds', 'checkInResults', 'reflections', 'agreedActions');
  // Rounds are made as counts, then closed as the app closes them: only what may be shown is stored.
  const talliedRounds: TalliedRound[] = [];
  const tallies: LegacyTally[] = [];
  const MIN = 60_000;
  const start = Date.UTC(2027, 2, 6, 9, 0);
  const stepMinutes = 480 / (scale.items * scale.stepsPerItem);
  const stepRecords: { itemId: string; stepIndex: number; plannedMs: number; startedAt: number; endedAt: number }[] = [];
  for (let i = 0; i < scale.items; i++) {
    for (let k = 0; k < scale.stepsPerItem; k++) {
      const at = start + (i * scale.stepsPerItem + k) * stepMinutes * MIN;
      stepRecords.push({
        itemId: `item-${i}`,
        stepIndex: k,
        plannedMs: stepMinutes * MIN,
        startedAt: at,
        endedAt: at + stepMinutes * 1.1 * MIN,
      });
    }
  }
  records['sessions']!.push({
    id: SUMMARY_SESSION_ID,
    title: 'Coalition day: housing, policing and the budget',
    scheduledFor: '2027-03-06T09:00',
    availableMinutes: 480,
    mode: 'facilitated',
    status: 'ended',
    templateId: null,
    createdAt: 1,
    updatedAt: 2,
    run: {
      position: scale.items * scale.stepsPerItem - 1,
      timer: { durationMs: 0, elapsedBeforeMs: 0, runningSince: null },
      startedAt: start,
      endedAt: start + 500 * MIN,
      records: stepRecords,
      events: [
        { kind: 'caucus-call', at: start + 90 * MIN, itemId: 'item-3' },
        { kind: 'floor-shift', at: start + 200 * MIN, itemId: 'item-8' },
      ],
      airtime: { byItem: { 'item-1': { affected: 20 * MIN, ally: 12 * MIN } }, current: null },
      softSteps: [],
      alliesListening: [],
    },
  });
  for (let i = 0; i < scale.items; i++) {
    records['agendaItems']!.push({
      id: `item-${i}`,
      sessionId: SUMMARY_SESSION_ID,
      position: (i + 1) * 1024,
      kind: 'exercise',
      plannedMinutes: Math.round(stepMinutes * scale.stepsPerItem),
      exercise: {
        id: `exercise-${i}`,
        version: 1,
        title: i === 0 ? 'Shared roots, distinct histories' : `Working session ${i}: what we heard and agreed`,
        durationMinutes: Math.round(stepMinutes * scale.stepsPerItem),
        audience: ['coalition'],
        captures: i === 0 ? ['structures-map', 'timelines', 'actions', 'notes'] : ['notes', 'actions'],
        summarySharing: 'shared',
        steps: Array.from({ length: scale.stepsPerItem }, (_, k) => ({
          title: k === 0 ? 'Open the question' : `Decide together (${k})`,
          minutes: stepMinutes,
          script: 'Invite the group to talk.',
        })),
      },
    });
  }
  const sentences = [
    'The group named rent rises and short-notice evictions as the sharpest pressures this year.',
    'Several people said the council’s consultation felt like a formality; the caucus asked that the next meeting be held in the estate hall.',
    'Agreed to collect **public** information on the landlord’s planning applications before the next session.',
    'Nobody needs to speak for their whole community; points were noted without names.',
  ];
  for (let n = 0; n < scale.notes; n++) {
    const step = n % (scale.items * scale.stepsPerItem);
    const item = Math.floor(step / scale.stepsPerItem);
    records['stepNotes']!.push({
      id: `note-${String(n).padStart(5, '0')}`,
      sessionId: SUMMARY_SESSION_ID,
      agendaItemId: `item-${item}`,
      stepIndex: step % scale.stepsPerItem,
      text: `${sentences[n % sentences.length]} ${sentences[(n + 1) % sentences.length]}`,
      updatedAt: start + n,
    });
  }
  for (let r = 0; r < scale.rounds; r++) {
    const roundId = `round-${String(r).padStart(2, '0')}`;
    const instruments = r % 2 === 0 ? ['respect-and-empowerment'] : ['respect-and-empowerment', 'ally-centring'];
    talliedRounds.push({
      id: roundId,
      sessionId: SUMMARY_SESSION_ID,
      agendaItemId: null,
      instrumentIds: instruments,
      purpose: r === scale.rounds - 1 ? 'check-out' : 'check-in',
      method: 'hand-around',
      turns: 9,
      sequence: r + 1,
      openedAt: start + r * 20 * MIN,
      closedAt: start + r * 20 * MIN + 5 * MIN,
    });
    const people = r % 5 === 3 ? 4 : 8;
    const value = String(5 - (r % 4));
    tallies.push({
      id: `${roundId}_respect-and-empowerment`,
      sessionId: SUMMARY_SESSION_ID,
      roundId,
      instrumentId: 'respect-and-empowerment',
      respondents: people,
      counts: Object.fromEntries(
        ['knowledge-as-expertise', 'direction-stayed-with-us', 'free-to-speak-or-pass', 'allies-added-capacity'].map((item) => [
          item,
          { [value]: people },
        ]),
      ),
    });
    if (instruments.length > 1) {
      tallies.push({
        id: `${roundId}_ally-centring`,
        sessionId: SUMMARY_SESSION_ID,
        roundId,
        instrumentId: 'ally-centring',
        respondents: 6,
        counts: Object.fromEntries(
          ['more-airtime', 'proposed-instead-of-asked', 'wanted-recognition', 'unrequested-help'].map((item) => [item, { '2': 4, '4': 2 }]),
        ),
      });
    }
  }
  const closed = closeTalliedRounds(talliedRounds, tallies, findCheckIn, start);
  records['checkInRounds']!.push(...closed.rounds);
  records['checkInResults']!.push(...closed.results);
  records['reflections']!.push({
    id: 'item-0_structures-map',
    sessionId: SUMMARY_SESSION_ID,
    agendaItemId: 'item-0',
    kind: 'structures-map',
    updatedAt: start,
    data: {
      theme: 'Housing',
      groups: [
        { id: 'g1', label: 'Tenants’ union' },
        { id: 'g2', label: 'Migrant workers’ group' },
        { id: 'g3', label: 'Disabled people’s network' },
      ],
      leaves: [
        { id: 'l1', groupId: 'g1', text: 'Evicted with two weeks’ notice' },
        { id: 'l2', groupId: 'g1', text: 'Repairs ignored for months' },
        { id: 'l3', groupId: 'g2', text: 'Overcrowded shared rooms' },
        { id: 'l4', groupId: 'g2', text: 'Landlords asking for papers' },
        { id: 'l5', groupId: 'g3', text: 'No accessible homes on the list' },
      ],
      structures: [
        { id: 's1', layer: 'institution', text: 'Letting agencies', leafIds: ['l1', 'l4'], differences: [], chosen: false },
        {
          id: 's2',
          layer: 'institution',
          text: 'The council’s housing department',
          leafIds: ['l2', 'l5'],
          differences: [],
          chosen: false,
        },
        {
          id: 's3',
          layer: 'root',
          text: 'No-fault eviction law',
          leafIds: ['l1', 'l3'],
          differences: [{ groupId: 'g2', text: 'Losing the home can also mean losing the right to stay' }],
          chosen: true,
        },
        {
          id: 's4',
          layer: 'root',
          text: 'Housing budget cut since 2010',
          leafIds: ['l2', 'l5', 'l3'],
          differences: [],
          chosen: false,
        },
      ],
    },
  });
  records['reflections']!.push({
    id: 'item-0_timelines',
    sessionId: SUMMARY_SESSION_ID,
    agendaItemId: 'item-0',
    kind: 'timelines',
    updatedAt: start,
    data: {
      groups: [
        {
          id: 't1',
          label: 'Tenants’ union',
          events: [
            { id: 'e1', when: '1980s', text: 'Council homes sold off' },
            { id: 'e2', when: '2015', text: 'Rent strike on the estate' },
          ],
        },
        { id: 't2', label: 'Migrant workers’ group', events: [{ id: 'e3', when: '2014', text: 'Right to Rent checks begin' }] },
      ],
    },
  });
  for (let a = 0; a < 12; a++) {
    records['agreedActions']!.push({
      id: `action-${a}`,
      sessionId: SUMMARY_SESSION_ID,
      agendaItemId: `item-${a % scale.items}`,
      text: ['Write to the housing committee', 'Map the council’s housing budget', 'Hold the next meeting in the estate hall'][a % 3]!,
      createdAt: start + a,
    });
  }
  return records;
}

/** Writes a finished session of the given size straight into the app's database. */
export async function seedFinishedSession(page: Page, scale: SummaryScale): Promise<void> {
  const instruments = await shippedCheckIns();
  await putRecords(
    page,
    finishedSession(scale, (id) => instruments.find((instrument) => instrument.id === id)),
  );
}

/** Opens the summary from another screen and waits for it to be on screen; returns the time taken. */
async function openSummary(page: Page): Promise<number> {
  await page.evaluate(() => {
    location.hash = '#/library';
  });
  await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
  return page.evaluate(
    ({ sessionId, mark }) =>
      new Promise<number>((resolve) => {
        performance.clearMarks(mark);
        const started = performance.now();
        new PerformanceObserver((list, observer) => {
          const ready = list.getEntriesByName(mark)[0];
          if (!ready) return;
          observer.disconnect();
          resolve(ready.startTime - started);
        }).observe({ entryTypes: ['mark'] });
        location.hash = `#/sessions/${sessionId}/summary`;
      }),
    { sessionId: SUMMARY_SESSION_ID, mark: SUMMARY_READY_MARK },
  );
}

export async function benchSummary(browser: Browser): Promise<Figure[]> {
  return withAppPage(browser, async (page, _context, base) => {
    await page.goto(base);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedFinishedSession(page, EIGHT_HOUR_SESSION);
    await openSummary(page); // loads the screen's code once, as any first visit does
    const renders: number[] = [];
    for (let run = 0; run < 5; run++) renders.push(await openSummary(page));
    const pdfs: number[] = [];
    let pages = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const pdf = await page.pdf({ preferCSSPageSize: true });
      pdfs.push(performance.now() - started);
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    return [
      {
        name: 'summary on screen (8 h, 40 steps, 2,000 notes, 20 rounds)',
        value: ms(median(renders)),
        target: '< 1000 ms',
        pass: median(renders) < 1000,
      },
      { name: `summary as PDF (${pages} pages)`, value: ms(median(pdfs)), target: '< 3000 ms', pass: median(pdfs) < 3000 },
    ];
  });
}
