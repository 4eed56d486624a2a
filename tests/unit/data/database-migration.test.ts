import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import { shippedCheckIns } from '../../support/shipped-content.ts';
import { CommonGroundDatabase, CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../../renderer/src/data/database.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

type Row = { id: string; sessionId?: string; order?: number; position?: number; prepNote?: string } & Record<string, unknown>;
type Fixture = Record<string, Row[]>;

let instruments: CheckInInstrument[];
const find = (id: string) => instruments.find((instrument) => instrument.id === id);

beforeAll(async () => {
  instruments = await shippedCheckIns();
});

async function fixture(name: string): Promise<Fixture> {
  return JSON.parse(await readFile(path.join(PROJECT_ROOT, 'tests/fixtures', name), 'utf8')) as Fixture;
}

/** Writes a fixture exactly as an earlier version of the app did, then opens it with the current one. */
async function upgradeFrom(version: number, schema: Record<string, string>, data: Fixture): Promise<CommonGroundDatabase> {
  const indexedDB = new IDBFactory();
  const old = new Dexie('common-ground', { indexedDB, IDBKeyRange });
  old.version(version).stores(schema);
  for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
  old.close();
  const db = new CommonGroundDatabase(find, 'common-ground', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  return db;
}

/** Agenda items as the current schema keeps them: a spaced position, the prep note in its own table. */
function expectedItem(row: Row): Row {
  const rest: Row = { ...row };
  delete rest.order;
  delete rest.prepNote;
  return { ...rest, position: row.position ?? (row.order! + 1) * 1024 };
}

async function expectIntact(db: CommonGroundDatabase, data: Fixture): Promise<void> {
  const byId = (rows: readonly { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(await db.sessions.orderBy('id').toArray()).toEqual(byId(data['sessions']!));
  expect(await db.stepNotes.orderBy('id').toArray()).toEqual(byId(data['stepNotes']!));
  for (const table of ['reflections', 'agreedActions'] as const) {
    expect(await db[table].orderBy('id').toArray()).toEqual(byId(data[table] ?? []));
  }
  // Rounds from before version 4 were private hand-arounds; they gain the fields rounds now have.
  expect(await db.checkInRounds.orderBy('id').toArray()).toEqual(
    byId(
      (data['checkInRounds'] ?? []).map((round) => ({
        ...round,
        purpose: 'check-in',
        method: 'hand-around',
        turns: 0,
        changeRequests: 0,
        sequence: 1,
      })),
    ),
  );
  expect(await db.agendaItems.orderBy('id').toArray()).toEqual(byId(data['agendaItems']!.map(expectedItem)));
  const notes = await db.prepNotes.orderBy('id').toArray();
  const expectedNotes =
    data['prepNotes'] ??
    data['agendaItems']!.filter((row) => row.prepNote).map((row) => ({ id: row.id, sessionId: row.sessionId, text: row.prepNote }));
  expect(notes.map(({ id, sessionId, text }) => ({ id, sessionId, text }))).toEqual(
    byId(expectedNotes.map(({ id, sessionId, text }) => ({ id, sessionId, text }))),
  );
  // Order within a session survives: a-1 came before a-2.
  const ordered = await db.agendaItems.where('[sessionId+position]').between(['s-1', -Infinity], ['s-1', Infinity]).toArray();
  expect(ordered.map((item) => item.id)).toEqual(['a-1', 'a-2']);
}

describe('database upgrades', () => {
  it('opens a database written by schema version 3 (the previous one), finds every record intact and keeps answers only as tallies', async () => {
    const data = await fixture('database-v3.json');
    const db = await upgradeFrom(3, SCHEMA_V3, data);
    await expectIntact(db, data);
    // Three stored answer sets (one of them empty) were two people: below the floor, so only that fact is kept.
    expect(await db.checkInResults.toArray()).toEqual([
      { id: 'r-1_ally-acceptance', sessionId: 's-2', roundId: 'r-1', instrumentId: 'ally-acceptance', belowFloor: true },
    ]);
    expect(db.tables.map((table) => table.name)).not.toContain('checkInResponses');
    expect(db.tables.map((table) => table.name)).not.toContain('checkInTallies');
    db.close();
  });

  it('opens a database written by schema version 2 and finds every record intact', async () => {
    const data = await fixture('database-v2.json');
    const db = await upgradeFrom(2, SCHEMA_V2, data);
    await expectIntact(db, data);
    db.close();
  });

  it('carries a version 1 database through every upgrade', async () => {
    const data = await fixture('database-v1.json');
    const db = await upgradeFrom(1, SCHEMA_V1, data);
    await expectIntact(db, data);
    db.close();
  });

  it('closes the tallies of database version 4 into what a closed round keeps now: no counts, nothing below the floor', async () => {
    const round = (id: string, sequence: number, closedAt: number | null) => ({
      id,
      sessionId: 's-1',
      agendaItemId: null,
      instrumentIds: ['respect-and-empowerment'],
      purpose: 'check-in',
      method: 'hand-around',
      turns: 6,
      sequence,
      openedAt: sequence,
      closedAt,
    });
    const everyItem = (value: number, people: number) =>
      Object.fromEntries(find('respect-and-empowerment')!.items.map((item) => [item.id, { [String(value)]: people }]));
    const tally = (roundId: string, respondents: number, value: number) => ({
      id: `${roundId}_respect-and-empowerment`,
      sessionId: 's-1',
      roundId,
      instrumentId: 'respect-and-empowerment',
      respondents,
      counts: everyItem(value, respondents),
    });
    const data = {
      sessions: [
        {
          id: 's-1',
          title: 'Evening',
          scheduledFor: null,
          availableMinutes: null,
          mode: 'facilitated',
          status: 'ended',
          templateId: null,
          createdAt: 1,
          updatedAt: 2,
        },
      ],
      checkInRounds: [round('r-1', 1, 10), round('r-2', 2, 20), round('r-3', 3, null)],
      checkInTallies: [tally('r-1', 6, 4), tally('r-2', 4, 2), tally('r-3', 7, 3)],
    };
    const indexedDB = new IDBFactory();
    const old = new Dexie('common-ground', { indexedDB, IDBKeyRange });
    old.version(4).stores(SCHEMA_V4);
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
    old.close();
    const db = new CommonGroundDatabase(find, 'common-ground', { indexedDB, IDBKeyRange });
    await db.open();
    const results = await db.checkInResults.orderBy('id').toArray();
    expect(results.map((result) => (result.belowFloor ? 'below the floor' : [result.respondents, result.meanTenths]))).toEqual([
      [6, 40],
      'below the floor',
      // Seven people after six: one joined, so only the track average is kept.
      [7, 30],
    ]);
    expect(results[2]!.belowFloor === false && results[2]!.items.every((item) => !item.shown && item.why === 'compared')).toBe(true);
    expect(JSON.stringify(results)).not.toMatch(/counts/);
    // The round that was still open is closed, not lost.
    expect((await db.checkInRounds.get('r-3'))?.closedAt).toEqual(expect.any(Number));
    db.close();
  });
});
