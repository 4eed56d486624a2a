import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup as parseBackupFile, serializeBackup, type Backup } from '../../../domain/backup/backup-format.ts';
import { blankSession } from '../../../domain/sessions/plan-from-content.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';
import { exportSessions, parseBackup, restoreBackup } from '../../../renderer/src/data/backup.ts';
import { inEnglish, refusedWith } from '../../support/storage-words.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { findSampleInstrument as find } from '../../support/sample-instrument.ts';

let db: CommonGroundDatabase;
let counter = 0;
const newId = () => `new-${++counter}`;

/** A session as backup version 2 (the app's 0.1.0) wrote it: check-ins as tallies. */
function bundle(id: string, title = 'Evening') {
  return {
    session: { ...blankSession({ id, title, now: 1_000 }), scheduledFor: '2027-01-02T18:00', availableMinutes: 90 },
    agendaItems: [
      { id: `${id}-a`, sessionId: id, position: 1024, kind: 'break', title: 'Break', plannedMinutes: 10 },
      {
        id: `${id}-b`,
        sessionId: id,
        position: 2048,
        kind: 'check-in',
        title: 'Check-in',
        plannedMinutes: 10,
        instrumentIds: ['sample-check-in'],
      },
    ],
    prepNotes: [{ id: `${id}-a`, sessionId: id, text: 'Tea', updatedAt: 4 }],
    stepNotes: [{ id: `${id}-n`, sessionId: id, agendaItemId: `${id}-a`, stepIndex: 0, text: 'Agreed to pause', updatedAt: 5 }],
    checkInRounds: [
      {
        id: `${id}-r`,
        sessionId: id,
        agendaItemId: `${id}-b`,
        instrumentIds: ['sample-check-in'],
        purpose: 'check-in',
        method: 'hand-around',
        turns: 6,
        sequence: 1,
        openedAt: 6,
        closedAt: 7,
      },
    ],
    checkInTallies: [
      {
        id: `${id}-r_sample-check-in`,
        sessionId: id,
        roundId: `${id}-r`,
        instrumentId: 'sample-check-in',
        respondents: 5,
        counts: { heard: { '4': 5 } } as Record<string, Record<string, number>>,
      },
    ],
    reflections: [
      {
        id: `${id}-map`,
        sessionId: id,
        agendaItemId: `${id}-a`,
        kind: 'structures-map',
        updatedAt: 8,
        data: {
          theme: 'Housing',
          groups: [{ id: 'g1', label: 'Group A' }],
          leaves: [{ id: 'l1', groupId: 'g1', text: 'Evictions at short notice' }],
          structures: [{ id: 'r1', layer: 'root', text: 'Weak tenancy law', leafIds: ['l1'], differences: [], chosen: true }],
        },
      },
    ],
    agreedActions: [{ id: `${id}-act`, sessionId: id, agendaItemId: null, text: 'Write to the council', createdAt: 8 }],
  };
}

function backupText(sessions: unknown[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 9, sessions, ...overrides });
}

async function dump() {
  return Promise.all([db.sessions, ...db.sessionTables()].map((table) => table.orderBy('id').toArray()));
}

beforeEach(async () => {
  db = new CommonGroundDatabase(find, 'backup-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});

async function importText(text: string) {
  const result = parseBackup(text, find);
  if (!result.ok) return inEnglish(result.refusal);
  await restoreBackup(db, result.backup, 'keep-both', newId);
  return 'restored';
}

describe('backup import refuses bad files and changes nothing', () => {
  const valid = backupText([bundle('s1')]);

  it.each([
    ['malformed JSON', '{"format": "common-ground-backup", ', /cut short or damaged/],
    ['a truncated file', valid.slice(0, valid.length - 20), /cut short or damaged/],
    ['another kind of file', JSON.stringify({ hello: 'world' }), /not a Common Ground backup/],
    ['a newer version', backupText([bundle('s1')], { version: 7 }), /newer version of Common Ground \(backup version 7\)/],
    ['an older unknown version', backupText([bundle('s1')], { version: 0 }), /version \(0\) is not one this app can read/],
    [
      'a huge string',
      backupText([{ ...bundle('s1'), session: { ...bundle('s1').session, title: 'x'.repeat(600) } }]),
      /damaged or was changed by hand: “sessions\.0\.session\.title” is longer than 500 characters\./,
    ],
    ['a prototype key', valid.replace('"stepIndex":0', '"stepIndex":0,"__proto__":{"polluted":true}'), /damaged or was changed by hand/],
    [
      'a prototype key in answers',
      valid.replace('{"heard":{"4":5}}', '{"__proto__":{"4":5}}'),
      /damaged or was changed by hand: it contains a “__proto__” key/,
    ],
    [
      'a constructor key',
      valid.replace('"text":"Agreed to pause"', '"text":"x","constructor":{"prototype":{}}'),
      /damaged or was changed by hand/,
    ],
    ['wrong types', valid.replace('"plannedMinutes":10', '"plannedMinutes":"ten"'), /damaged or was changed by hand/],
    [
      'a record of another session',
      backupText([{ ...bundle('s1'), stepNotes: [{ ...bundle('s1').stepNotes[0], sessionId: 'elsewhere' }] }]),
      /belong to a different session/,
    ],
    [
      'a note on a missing item',
      backupText([{ ...bundle('s1'), stepNotes: [{ ...bundle('s1').stepNotes[0], agendaItemId: 'gone' }] }]),
      /agenda item that is not in the file/,
    ],
    [
      'a reflection whose map points at a missing leaf',
      valid.replace('"leafIds":["l1"]', '"leafIds":["gone"]'),
      /“sessions\.0\.reflections\.0\.data\.structures\.0\.leafIds” names a leaf that is not on the map\./,
    ],
    [
      'answers for an instrument the round did not open',
      valid.replace('"instrumentId":"sample-check-in"', '"instrumentId":"ally-centring"'),
      /round or instrument that is not in the file/,
    ],
    ['a duplicated id', backupText([bundle('s1'), bundle('s1')]), /is used twice/],
    ['an oversized file', ' '.repeat(50 * 1024 * 1024 + 1), /too large/],
  ])('refuses %s', async (_label, text, message) => {
    await restoreBackup(db, (parseBackup(backupText([bundle('existing')]), find) as { backup: Backup }).backup, 'keep-both', newId);
    const before = await dump();
    expect(await importText(text)).toMatch(message);
    expect(await dump()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('writes nothing at all when one session of several cannot be restored as chosen', async () => {
    await db.agendaItems.add({
      id: 's2-a',
      sessionId: 'other',
      position: 1,
      kind: 'break',
      title: 'B',
      plannedMinutes: 5,
    } as AgendaItem);
    const before = await dump();
    const result = parseBackup(backupText([bundle('s1'), bundle('s2')]), find);
    if (!result.ok) throw new Error(inEnglish(result.refusal));
    expect(await refusedWith(restoreBackup(db, result.backup, 'replace', newId))).toMatch(/shares records with/);
    expect(await dump()).toEqual(before);
  });
});

describe('backups from version 1', () => {
  it('are read with their answer sets added up and closed as a round closes now, their rounds given the fields rounds now have', () => {
    const { checkInTallies, checkInRounds, ...rest } = bundle('s1');
    const v1 = {
      ...rest,
      reflections: [],
      checkInRounds: checkInRounds.map(({ id, sessionId, agendaItemId, instrumentIds, openedAt, closedAt }) => ({
        id,
        sessionId,
        agendaItemId,
        instrumentIds,
        openedAt,
        closedAt,
      })),
      checkInResponses: [
        { id: 'x1', sessionId: 's1', roundId: 's1-r', instrumentId: 'sample-check-in', answers: { heard: 4 } },
        { id: 'x2', sessionId: 's1', roundId: 's1-r', instrumentId: 'sample-check-in', answers: { heard: 2, voice: 5 } },
      ],
    };
    const result = parseBackup(backupText([v1], { version: 1 }), find);
    if (!result.ok) throw new Error(inEnglish(result.refusal));
    const [read] = result.backup.sessions;
    expect(result.backup.version).toBe(6);
    expect(read!.checkInRounds[0]).toMatchObject({ purpose: 'check-in', method: 'hand-around', turns: 0, sequence: 1 });
    // Two people: below the floor, so nothing of their answers is carried forward.
    expect(read!.checkInResults).toEqual([
      { id: 's1-r_sample-check-in', sessionId: 's1', roundId: 's1-r', instrumentId: 'sample-check-in', belowFloor: true },
    ]);
    expect(checkInTallies).toHaveLength(1);
  });
});

describe('backup conflicts', () => {
  it('keeps both under new ids, with links intact, or replaces', async () => {
    const ran = bundle('s1');
    // As the app stores them: a step's note and an item's map are found by ids built from the item's id.
    ran.stepNotes = [{ ...ran.stepNotes[0]!, id: 's1-a_0' }];
    ran.reflections = [{ ...ran.reflections[0]!, id: 's1-a_structures-map' }];
    ran.session = {
      ...ran.session,
      run: {
        position: 0,
        timer: { durationMs: 600_000, elapsedBeforeMs: 0, runningSince: null },
        startedAt: 10,
        endedAt: 20,
        records: [{ itemId: 's1-a', stepIndex: 0, plannedMs: 600_000, startedAt: 10, endedAt: 20 }],
        events: [{ kind: 'floor-shift', at: 15, itemId: 's1-a' }],
        airtime: { byItem: { 's1-a': { affected: 5, ally: 3 } }, current: null },
        softSteps: [],
        alliesListening: ['s1-b'],
      },
      summary: {
        choices: { notes: true, checkIns: true, reflections: true, actions: true, followUps: false, includedPrivateItems: ['s1-b'] },
        paper: 'A4',
      },
    };
    const original = (parseBackup(backupText([ran]), find) as { backup: Backup }).backup;
    await restoreBackup(db, original, 'keep-both', newId);
    await restoreBackup(db, original, 'keep-both', newId);
    const sessions = await db.sessions.toArray();
    expect(sessions.map((s) => s.title).sort()).toEqual(['Evening', 'Evening (restored)']);
    const copy = sessions.find((s) => s.title === 'Evening (restored)')!;
    const notes = await db.stepNotes.where('sessionId').equals(copy.id).toArray();
    const items = await db.agendaItems.where('sessionId').equals(copy.id).toArray();
    expect(items.map((item) => item.id)).toContain(notes[0]!.agendaItemId);
    const [round] = await db.checkInRounds.where('sessionId').equals(copy.id).toArray();
    const [kept] = await db.checkInResults.where('sessionId').equals(copy.id).toArray();
    expect(kept).toMatchObject({ roundId: round!.id, id: `${round!.id}_sample-check-in`, respondents: 5 });
    // The copy's run and summary choices point at the copy's own items, so its summary reads as the original's.
    const itemIds = new Set(items.map((item) => item.id));
    const run = copy.run!;
    expect([
      ...run.records.map((r) => r.itemId),
      ...run.events.map((e) => e.itemId),
      ...Object.keys(run.airtime.byItem),
      ...run.alliesListening,
    ]).toSatisfy((ids: string[]) => ids.every((id) => itemIds.has(id)));
    expect(copy.summary!.choices.includedPrivateItems.every((id) => itemIds.has(id))).toBe(true);
    const [reflection] = await db.reflections.where('sessionId').equals(copy.id).toArray();
    expect(notes[0]!.id).toBe(`${notes[0]!.agendaItemId}_0`);
    expect(reflection!.id).toBe(`${reflection!.agendaItemId}_structures-map`);

    const changed = {
      ...original,
      sessions: [{ ...original.sessions[0]!, session: { ...original.sessions[0]!.session, title: 'Renamed' } }],
    };
    await restoreBackup(db, changed, 'replace', newId);
    expect((await db.sessions.get('s1'))?.title).toBe('Renamed');
    expect(await db.sessions.count()).toBe(2);
  });
});

describe('backup round trip', () => {
  const text = fc.string({ maxLength: 200 });
  const arbitraryBundle = fc.record({
    title: text,
    prep: text,
    note: text,
    action: text,
    minutes: fc.integer({ min: 1, max: 600 }),
    answer: fc.integer({ min: 1, max: 5 }),
  });

  it('export → wipe → import gives identical data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arbitraryBundle, { minLength: 1, maxLength: 5, selector: (b) => b.title }), async (generated) => {
        await Promise.all([db.sessions, ...db.sessionTables()].map((table) => table.clear()));
        for (const [index, g] of generated.entries()) {
          const b = bundle(`s${index}`, g.title);
          b.agendaItems[0] = { ...b.agendaItems[0]!, plannedMinutes: g.minutes };
          b.prepNotes[0] = { ...b.prepNotes[0]!, text: g.prep };
          b.stepNotes[0] = { ...b.stepNotes[0]!, text: g.note };
          b.agreedActions[0] = { ...b.agreedActions[0]!, text: g.action };
          b.checkInTallies[0] = { ...b.checkInTallies[0]!, counts: { heard: { [String(g.answer)]: 5 } } };
          const read = parseBackup(backupText([b]), find);
          if (!read.ok) throw new Error(inEnglish(read.refusal));
          await restoreBackup(db, read.backup, 'keep-both', newId);
        }
        const before = await dump();
        const exported = await exportSessions(db, 'all', 123);
        await Promise.all([db.sessions, ...db.sessionTables()].map((table) => table.clear()));
        expect(await importText(exported)).toBe('restored');
        expect(await dump()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});

describe('backups written by earlier versions', () => {
  // Each written from a session that was planned, run with notes, airtime, a floor shift, a
  // hand-around round, a map and an action, ended, and duplicated. A field added to any stored
  // shape without a default would make them unreadable.
  it('version 2 (written by 0.1.0) still restores, its check-ins closed as a round closes now', async () => {
    const text = await readFile(new URL('../../fixtures/backup-v2.json', import.meta.url), 'utf8');
    const result = parseBackup(text, find);
    if (!result.ok) throw new Error(inEnglish(result.refusal));
    await restoreBackup(db, result.backup, 'keep-both', newId);
    expect(await db.sessions.count()).toBe(2);
    const ran = (await db.sessions.toArray()).find((session) => session.run)!;
    expect(ran.run!.records.length).toBeGreaterThan(0);
    expect(await db.checkInResults.toArray()).toEqual([expect.objectContaining({ belowFloor: false, respondents: 5 })]);
    // Everything but the check-ins is as the file held it.
    const original = JSON.parse(text) as { sessions: Record<string, unknown>[] };
    const exported = JSON.parse(await exportSessions(db, 'all', 0)) as { sessions: Record<string, unknown>[] };
    const withoutCheckIns = (bundle: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(bundle).filter(([key]) => !key.startsWith('checkIn')));
    expect(exported.sessions.map(withoutCheckIns)).toEqual(original.sessions.map(withoutCheckIns));
    expect(JSON.stringify(exported)).not.toMatch(/"counts"/);
  });

  it('version 3 restores and exports again to the letter, as version 6 with no own exercises or templates', async () => {
    const text = await readFile(new URL('../../fixtures/backup-v3.json', import.meta.url), 'utf8');
    const result = parseBackup(text, find);
    if (!result.ok) throw new Error(inEnglish(result.refusal));
    await restoreBackup(db, result.backup, 'keep-both', newId);
    expect(JSON.parse(await exportSessions(db, 'all', result.backup.exportedAt))).toEqual({
      ...JSON.parse(text),
      version: 6,
      ownExercises: [],
      ownTemplates: [],
    });
  });
});

describe('what a damaged backup says is wrong at a field', () => {
  /** Every way of breaking one value of a file: another type in its place, an unknown key beside it, a key no record takes. */
  function* breakages(value: unknown, path: (string | number)[] = []): Generator<[string, (root: unknown) => void]> {
    const at = (root: unknown, set: (parent: Record<string | number, unknown>, key: string | number) => void) => {
      let parent = root as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      set(parent, path[path.length - 1]!);
    };
    if (path.length > 0) {
      const other = typeof value === 'string' ? 42 : Array.isArray(value) ? {} : value !== null && typeof value === 'object' ? [] : 'x';
      yield [`${path.join('.')} as ${JSON.stringify(other)}`, (root) => at(root, (parent, key) => (parent[key] = other))];
    }
    if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* breakages(item, [...path, index]);
    else if (value !== null && typeof value === 'object') {
      const self = (root: unknown) =>
        path.reduce<Record<string | number, unknown>>(
          (parent, key) => parent[key] as Record<string | number, unknown>,
          root as Record<string | number, unknown>,
        );
      yield [`${path.join('.') || 'the file'} with an unknown key`, (root) => void (self(root)['surplus'] = 1)];
      yield [`${path.join('.') || 'the file'} with a key no record takes`, (root) => void (self(root)['no such key!'] = {})];
      for (const [key, item] of Object.entries(value)) yield* breakages(item, [...path, key]);
    }
  }

  it('is always in the app’s own words, never the schema library’s English, however the file is broken', () => {
    const read = parseBackup(backupText([bundle('s1')]), find);
    if (!read.ok) throw new Error('the sample backup should read');
    // This version's file, and one as 0.1.0 wrote it (its check-ins as counts).
    const files = [JSON.parse(serializeBackup(read.backup.sessions, 9)) as unknown, JSON.parse(backupText([bundle('s1')])) as unknown];
    let damaged = 0;
    for (const file of files)
      for (const [what, breakIt] of breakages(file)) {
        const root = structuredClone(file);
        breakIt(root);
        const result = parseBackupFile(JSON.stringify(root), find);
        if (result.ok || (result.problem.kind !== 'damaged' && result.problem.kind !== 'own-record-fails')) continue;
        damaged++;
        if (result.problem.kind === 'damaged') expect(result.problem.plain.kind, what).not.toBe('other');
      }
    expect(damaged).toBeGreaterThan(200);
  });
});
