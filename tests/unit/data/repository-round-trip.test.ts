import { summaryFormat } from '../../support/summary-words.ts';
import Dexie from 'dexie';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  alliesListenNextItem,
  end,
  next,
  previous,
  recordEvent,
  restoreRun,
  runSteps,
  setSpeaker,
  skipItem,
  toggleSoftStep,
  togglePause,
  type RunState,
  type RunStep,
} from '../../../domain/run/run-state.ts';
import { stepNoteId, type AgendaItem, type Session } from '../../../domain/sessions/session-model.ts';
import type { NewAgendaItem } from '../../../domain/sessions/plan-from-content.ts';
import { composeSummary } from '../../../domain/summary/compose-summary.ts';
import { defaultSummaryChoices } from '../../../domain/summary/summary-choices.ts';
import { exportSessions, parseBackup, restoreBackup } from '../../../renderer/src/data/backup.ts';
import { inEnglish } from '../../support/storage-words.ts';
import { readBundles } from '../../../renderer/src/data/session-bundles.ts';
import { MixedMethodsError, createCheckInRepository } from '../../../renderer/src/data/check-in-repository.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { createRecordRepository } from '../../../renderer/src/data/record-repository.ts';
import { AgendaLockedError, createSessionRepository } from '../../../renderer/src/data/session-repository.ts';
import { findSampleInstrument, sampleInstrument } from '../../support/sample-instrument.ts';
import { Refusal } from '../../../renderer/src/data/errors.ts';
import { quickVault, TEST_PASSPHRASE } from '../../support/quick-vault.ts';

// Sessions are built only through the repositories, the way the app builds
// them (plan, run, check-in rounds, reflections, actions, removed items,
// duplicates); then every session is exported, read back, the database
// wiped and the backup restored: the data must come back identical, and a
// second restore beside the first must give copies that read the same.

const instrument = sampleInstrument;
const find = findSampleInstrument;
const itemIds = instrument.items.map((item) => item.id);

const text = fc.string({ unit: 'binary', maxLength: 30 });
const index = fc.nat({ max: 20 });

const newItem: fc.Arbitrary<NewAgendaItem> = fc.oneof(
  fc.record({ kind: fc.constant('break' as const), title: text, plannedMinutes: fc.integer({ min: 1, max: 60 }) }),
  fc.record({
    kind: fc.constant('check-in' as const),
    title: text,
    plannedMinutes: fc.integer({ min: 1, max: 30 }),
    instrumentIds: fc.constant([instrument.id]).map((ids) => [...ids]),
  }),
  fc.record({
    kind: fc.constant('exercise' as const),
    plannedMinutes: fc.integer({ min: 1, max: 90 }),
    exercise: fc.record({
      id: fc.constantFrom('shared-roots', 'caucus-time'),
      version: fc.integer({ min: 1, max: 3 }),
      title: text,
      durationMinutes: fc.constant(20),
      audience: fc.constant(['mixed' as const]).map((ids) => [...ids]),
      captures: fc.subarray(['notes', 'actions', 'structures-map', 'timelines'] as const).map((ids) => [...ids]),
      summarySharing: fc.constantFrom('shared' as const, 'private' as const),
      steps: fc.array(fc.record({ title: text, minutes: fc.constant(10), script: text }), { minLength: 1, maxLength: 3 }),
    }),
  }),
);

const RUN_ACTIONS = ['toggle', 'next', 'previous', 'skip', 'affected', 'ally', 'floor', 'allies', 'soft', 'extend', 'end'] as const;

const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

const operation = fc.oneof(
  weighted(
    1,
    fc.record({
      op: fc.constant('create' as const),
      title: text,
      plan: fc.array(fc.record({ item: newItem, note: fc.option(text) }), { minLength: 1, maxLength: 4 }),
    }),
  ),
  weighted(2, fc.record({ op: fc.constant('add' as const), s: index, item: newItem })),
  weighted(2, fc.record({ op: fc.constant('remove' as const), s: index, i: index })),
  // Another window still typing for an item this one removed.
  weighted(
    2,
    fc.record({ op: fc.constant('late' as const), i: index, write: fc.constantFrom('prep', 'note', 'reflection', 'action', 'run'), text }),
  ),
  weighted(2, fc.record({ op: fc.constant('move' as const), s: index, i: index, to: index })),
  weighted(1, fc.record({ op: fc.constant('minutes' as const), s: index, i: index, minutes: fc.integer({ min: 1, max: 120 }) })),
  weighted(2, fc.record({ op: fc.constant('prep' as const), s: index, i: index, text })),
  // Runs get the most turns, so sessions are started, stepped through, paused and ended.
  weighted(8, fc.record({ op: fc.constant('run' as const), s: index, action: fc.constantFrom(...RUN_ACTIONS, 'toggle', 'next', 'next') })),
  weighted(1, fc.record({ op: fc.constant('caucus' as const), s: index })),
  weighted(3, fc.record({ op: fc.constant('note' as const), s: index, text })),
  weighted(
    2,
    fc.record({
      op: fc.constant('round' as const),
      s: index,
      method: fc.constantFrom('hand-around' as const, 'tally' as const),
      turns: fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: itemIds.length, maxLength: itemIds.length }), {
        maxLength: 8,
      }),
      close: fc.boolean(),
    }),
  ),
  weighted(
    2,
    fc.record({
      op: fc.constant('reflection' as const),
      s: index,
      i: index,
      kind: fc.constantFrom('structures-map' as const, 'timelines' as const),
      text,
    }),
  ),
  weighted(2, fc.record({ op: fc.constant('action' as const), s: index, i: fc.option(index), text })),
  weighted(1, fc.record({ op: fc.constant('edit-action' as const), s: index, a: index, text })),
  weighted(1, fc.record({ op: fc.constant('remove-action' as const), s: index, a: index })),
  weighted(
    1,
    fc.record({ op: fc.constant('summary' as const), s: index, i: index, paper: fc.constantFrom('A4' as const, 'Letter' as const) }),
  ),
  weighted(1, fc.record({ op: fc.constant('duplicate' as const), s: index })),
  weighted(1, fc.record({ op: fc.constant('language' as const), s: index, language: fc.constantFrom('en' as const, 'es' as const, null) })),
);

const firstItem: NewAgendaItem = { kind: 'break', title: 'Arrival', plannedMinutes: 10 };

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function change(action: (typeof RUN_ACTIONS)[number]): (state: RunState, steps: readonly RunStep[], now: number) => RunState {
  switch (action) {
    case 'toggle':
      return togglePause;
    case 'next':
      return next;
    case 'previous':
      return previous;
    case 'skip':
      return skipItem;
    case 'affected':
    case 'ally':
      return (state, steps, now) => setSpeaker(state, steps, action, now);
    case 'floor':
      return (state, steps, now) => recordEvent(state, steps, 'floor-shift', now);
    case 'allies':
      return alliesListenNextItem;
    case 'soft':
      return toggleSoftStep;
    case 'extend':
      return (state) => addMinutes(state, 1);
    case 'end':
      return (state, _steps, now) => end(state, now);
  }
}

function newDatabase() {
  return new CommonGroundDatabase(find, `round-trip-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

async function build(db: CommonGroundDatabase, operations: readonly Operation[]) {
  let time = 1_000;
  let ids = 0;
  const clock = { now: () => (time += 7), newId: () => `id-${++ids}` };
  const sessions = createSessionRepository(db, clock);
  const checkIns = createCheckInRepository(db, clock, find);
  const records = createRecordRepository(db, clock);
  const sessionIds: string[] = [];
  const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

  async function current(sessionId: string) {
    const session = (await db.sessions.get(sessionId))!;
    const agenda = await sessions.orderedAgenda(sessionId);
    const steps = runSteps(agenda);
    return { session, agenda, steps, run: restoreRun(session.run, steps) };
  }

  const removed: AgendaItem[] = [];
  for (const o of operations) {
    if (o.op === 'late') {
      const gone = pick(removed, o.i);
      if (!gone) continue;
      const late = {
        prep: () => sessions.setPrepNote(gone, o.text),
        note: () =>
          sessions.saveStepNote({ id: stepNoteId(gone.id, 0), sessionId: gone.sessionId, agendaItemId: gone.id, stepIndex: 0 }, o.text),
        reflection: () => records.saveReflection(gone, { kind: 'timelines', data: { groups: [] } }),
        action: () => records.addAction(gone.sessionId, gone.id, o.text),
        // A run view that never heard of the removal saves a run that still names the item.
        run: async () => {
          const { run } = await current(gone.sessionId);
          await sessions.saveRun(gone.sessionId, { ...run, alliesListening: [...run.alliesListening, gone.id] });
        },
      }[o.write];
      await late().catch((error: unknown) => {
        if (!(error instanceof Refusal)) throw error;
      });
      continue;
    }
    if (o.op === 'create') {
      const plan = o.plan.map(({ item, note }) => ({ item, ...(note !== null && { prepNote: note }) }));
      sessionIds.push(await sessions.create(o.title, { plan }));
      continue;
    }
    const sessionId = pick(sessionIds, o.s);
    if (!sessionId) continue;
    const { agenda, steps, run } = await current(sessionId);
    const item = 'i' in o && typeof o.i === 'number' ? pick(agenda, o.i) : undefined;
    const step = steps.length > 0 ? steps[Math.min(run.position, steps.length - 1)] : undefined;
    try {
      switch (o.op) {
        case 'add':
          await sessions.addItem(sessionId, o.item);
          break;
        case 'remove':
          if (item) {
            await sessions.removeItem(item);
            removed.push(item);
          }
          break;
        case 'move':
          if (item) await sessions.moveItem(item, o.to % agenda.length);
          break;
        case 'minutes':
          if (item) await sessions.setPlannedMinutes(item, o.minutes);
          break;
        case 'prep':
          if (item) await sessions.setPrepNote(item, o.text);
          break;
        case 'language':
          await sessions.updateDetails(sessionId, { participantLanguage: o.language });
          break;
        case 'run':
          if (steps.length > 0) await sessions.saveRun(sessionId, change(o.action)(run, steps, clock.now()));
          break;
        case 'caucus': {
          const at = agenda.find((candidate) => candidate.id === step?.itemId);
          if (at && run.endedAt === null) {
            const inserted = await sessions.insertAfter(at, { kind: 'break', title: 'Caucus time', plannedMinutes: 10 });
            const updated = runSteps(inserted.agenda);
            await sessions.saveRun(sessionId, recordEvent(run, updated, 'caucus-call', clock.now()));
          }
          break;
        }
        case 'note':
          if (step && run.startedAt !== null) {
            const note = { sessionId, agendaItemId: step.itemId, stepIndex: step.stepIndex };
            await sessions.saveStepNote({ ...note, id: stepNoteId(step.itemId, step.stepIndex) }, o.text);
          }
          break;
        case 'round': {
          const roundId = await checkIns.open({
            sessionId,
            agendaItemId: step?.itemId ?? null,
            instrumentIds: [instrument.id],
            purpose: 'check-in',
            method: o.method,
          });
          const answerSets = o.turns.map((turn) =>
            Object.fromEntries(turn.flatMap((value, n) => (value === null ? [] : [[itemIds[n]!, value]]))),
          );
          if (o.method === 'hand-around') {
            for (const answers of answerSets) await checkIns.submitTurn(roundId, [{ instrument, answers }]);
          } else {
            const counts: Record<string, Record<string, number>> = {};
            for (const answers of answerSets)
              for (const [itemId, value] of Object.entries(answers)) {
                counts[itemId] ??= {};
                counts[itemId][String(value)] = (counts[itemId][String(value)] ?? 0) + 1;
              }
            await checkIns.addCounts(roundId, instrument, counts);
          }
          if (o.close) await checkIns.close(roundId);
          break;
        }
        case 'reflection':
          if (item)
            await records.saveReflection(
              item,
              o.kind === 'structures-map'
                ? {
                    kind: o.kind,
                    data: {
                      theme: o.text,
                      groups: [{ id: 'g1', label: 'Group A' }],
                      leaves: [{ id: 'l1', groupId: 'g1', text: o.text }],
                      structures: [{ id: 'r1', layer: 'root', text: o.text, leafIds: ['l1'], differences: [], chosen: true }],
                    },
                  }
                : { kind: o.kind, data: { groups: [{ id: 'g1', label: 'Group A', events: [{ id: 'e1', when: '1990s', text: o.text }] }] } },
            );
          break;
        case 'action':
          await records.addAction(sessionId, o.i === null ? null : (pick(agenda, o.i)?.id ?? null), o.text);
          break;
        case 'edit-action':
        case 'remove-action': {
          const action = pick(await db.agreedActions.where('sessionId').equals(sessionId).sortBy('id'), o.a);
          if (action && o.op === 'edit-action') await records.updateAction(action.id, o.text);
          if (action && o.op === 'remove-action') await records.removeAction(action.id);
          break;
        }
        case 'summary':
          await sessions.saveSummarySettings(sessionId, {
            choices: { ...defaultSummaryChoices(), includedPrivateItems: item ? [item.id] : [] },
            paper: o.paper,
          });
          break;
        case 'duplicate':
          sessionIds.push(await sessions.duplicate(sessionId));
          break;
      }
    } catch (error) {
      // The repositories refuse some changes on purpose (a run's past stays as it ran; a round
      // answered on the device takes no typed counts); anything else is a failure.
      if (!(error instanceof AgendaLockedError || error instanceof MixedMethodsError)) throw error;
    }
  }
}

async function dump(db: CommonGroundDatabase) {
  return Promise.all([db.sessions, ...db.sessionTables()].map((table) => table.orderBy('id').toArray()));
}

/** What the summary says of a session, without its ids: a copy restored beside it must read the same. */
async function summaryText(db: CommonGroundDatabase, session: Session) {
  const [bundle] = await readBundles(db, [session.id]);
  const document = composeSummary(
    {
      session: { ...bundle!.session, title: '' },
      agenda: bundle!.agendaItems,
      stepNotes: bundle!.stepNotes,
      checkIns: [],
      trends: [],
      reflections: bundle!.reflections,
      actions: [...bundle!.agreedActions].sort((a, b) => a.createdAt - b.createdAt || a.text.localeCompare(b.text)),
    },
    { ...defaultSummaryChoices(), followUps: true, includedPrivateItems: session.summary?.choices.includedPrivateItems ?? [] },
    summaryFormat(),
  );
  return document.sections.map((section) => section.blocks);
}

/** Every stored row, as IndexedDB holds it (through a connection without the vault's middleware). */
async function rawRows(db: CommonGroundDatabase): Promise<unknown[]> {
  const raw = new Dexie(db.name, { indexedDB: db._options.indexedDB!, IDBKeyRange });
  await raw.open();
  const rows = (await Promise.all(raw.tables.filter((table) => table.name !== 'vault').map((table) => table.toArray()))).flat();
  raw.close();
  return rows;
}

const PLAIN_FIELDS = new Set(['id', 'sessionId', 'agendaItemId', 'roundId', 'position', 'stepIndex', '$v', '$sealed']);

describe.each([
  { vault: 'off', runs: 60 },
  { vault: 'on', runs: 25 },
])('sessions built through the repositories survive a backup, with the vault $vault', ({ vault, runs }) => {
  it('export → read → wipe → restore gives identical data, and a copy restored beside it reads the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 10, maxLength: 60, size: 'max' }), async (operations) => {
        const db = newDatabase();
        if (vault === 'on') await quickVault(db).turnOn(TEST_PASSPHRASE);
        // The first session is planned and started, so every run goes through a running session too.
        const start = [
          {
            op: 'create',
            title: 'First',
            plan: [
              { item: firstItem, note: null },
              { item: firstItem, note: 'Tea' },
            ],
          },
          { op: 'run', s: 0, action: 'toggle' },
        ] as const satisfies Operation[];
        await build(db, [...start, ...operations]);
        const before = await dump(db);

        const parsed = parseBackup(await exportSessions(db, 'all', 5), find);
        if (!parsed.ok) throw new Error(inEnglish(parsed.refusal));
        await Promise.all([db.sessions, ...db.sessionTables()].map((table) => table.clear()));
        await restoreBackup(db, parsed.backup, 'keep-both', () => 'unused');
        expect(await dump(db)).toEqual(before);

        let copies = 0;
        await restoreBackup(db, parsed.backup, 'keep-both', () => `copy-${++copies}`);
        const all = await db.sessions.toArray();
        for (const original of parsed.backup.sessions) {
          const copy = all.find(
            (session) =>
              session.id.startsWith('copy-') &&
              session.createdAt === original.session.createdAt &&
              session.title === `${original.session.title} (restored)`,
          );
          expect(copy).toBeDefined();
          expect(await summaryText(db, copy!)).toEqual(await summaryText(db, original.session));
        }
        const again = parseBackup(await exportSessions(db, 'all', 6), find);
        if (!again.ok) throw new Error(inEnglish(again.refusal));
        if (vault === 'on') {
          // Sealed through and through: nothing but ids, positions and the sealed bytes is stored in the clear.
          for (const row of await rawRows(db)) expect(Object.keys(row as object).filter((field) => !PLAIN_FIELDS.has(field))).toEqual([]);
        }
        db.close();
      }),
      { numRuns: runs },
    );
  }, 120_000);
});
