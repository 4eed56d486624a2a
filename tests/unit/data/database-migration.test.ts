import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommonGroundDatabase, CURRENT_VERSION, SCHEMA_V1 } from '../../../renderer/src/data/database.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

interface V1Fixture {
  sessions: Record<string, unknown>[];
  agendaItems: ({ id: string; order: number } & Record<string, unknown>)[];
  stepNotes: Record<string, unknown>[];
}

describe('database upgrades', () => {
  it('opens a database written by schema version 1 and finds every record intact', async () => {
    const fixture = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/database-v1.json'), 'utf8')) as V1Fixture;
    const indexedDB = new IDBFactory();

    // Write the fixture exactly as version 1 of the app did.
    const v1 = new Dexie('common-ground', { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('sessions').bulkAdd(fixture.sessions);
    await v1.table('agendaItems').bulkAdd(fixture.agendaItems);
    await v1.table('stepNotes').bulkAdd(fixture.stepNotes);
    v1.close();

    const db = new CommonGroundDatabase('common-ground', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    expect(await db.sessions.orderBy('id').toArray()).toEqual(fixture.sessions);
    expect(await db.stepNotes.toArray()).toEqual(fixture.stepNotes);

    // Agenda items keep everything but trade their index for a spaced position, in the same order.
    const items = await db.agendaItems.where('[sessionId+position]').between(['s-1', -Infinity], ['s-1', Infinity]).toArray();
    expect(items.map((item) => item.id)).toEqual(['a-1', 'a-2']);
    for (const original of fixture.agendaItems) {
      const { order, ...rest } = original;
      const migrated = await db.agendaItems.get(original.id);
      expect(migrated).toEqual({ ...rest, position: (order + 1) * 1024 });
    }

    // The new tables exist and are empty.
    expect(await db.checkInRounds.count()).toBe(0);
    expect(await db.agreedActions.count()).toBe(0);
    db.close();
  });
});
