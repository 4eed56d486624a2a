import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { findSampleInstrument } from '../../support/sample-instrument.ts';
import { createSessionRepository, type SessionRepository } from '../../../renderer/src/data/session-repository.ts';

let db: CommonGroundDatabase;
let repository: SessionRepository;
let ids: number;

let s: string;

const titles = async (sessionId = s) =>
  (await repository.orderedAgenda(sessionId)).map((item) => (item.kind === 'break' ? item.title : item.id));

beforeEach(async () => {
  db = new CommonGroundDatabase(findSampleInstrument, 'test', { indexedDB: new IDBFactory(), IDBKeyRange });
  ids = 0;
  repository = createSessionRepository(db, { now: () => 1_000 + ids, newId: () => `id-${++ids}` });
  s = await repository.create('Evening');
  for (const title of ['A', 'B', 'C', 'D']) await repository.addItem(s, { kind: 'break', title, plannedMinutes: 10 });
});

describe('session repository', () => {
  it('appends items in order and moves one without renumbering the others', async () => {
    expect(await titles()).toEqual(['A', 'B', 'C', 'D']);
    const before = await repository.orderedAgenda(s);
    await repository.moveItem(before[3]!, 0);
    expect(await titles()).toEqual(['D', 'A', 'B', 'C']);
    await repository.moveItem(before[0]!, 3);
    expect(await titles()).toEqual(['D', 'B', 'C', 'A']);
    await repository.moveItem(before[2]!, 1);
    expect(await titles()).toEqual(['D', 'C', 'B', 'A']);
    const after = await repository.orderedAgenda(s);
    expect(after.find((item) => item.kind === 'break' && item.title === 'B')?.position).toBe(before[1]!.position);
  });

  it('deletes a session with everything it owns, and undo restores it exactly', async () => {
    const before = await repository.orderedAgenda(s);
    await db.stepNotes.add({ id: 'n', sessionId: s, agendaItemId: before[0]!.id, stepIndex: 0, text: 'note', updatedAt: 5 });
    const snapshot = {
      session: await db.sessions.get(s),
      agenda: await repository.orderedAgenda(s),
      notes: await db.stepNotes.toArray(),
    };

    const deleted = await repository.delete(s);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.agendaItems.count()).toBe(0);
    expect(await db.stepNotes.count()).toBe(0);

    await repository.restore(deleted);
    expect({
      session: await db.sessions.get(s),
      agenda: await repository.orderedAgenda(s),
      notes: await db.stepNotes.toArray(),
    }).toEqual(snapshot);
  });

  it('duplicates the plan and prep notes as a new planned session', async () => {
    const first = (await repository.orderedAgenda(s))[0]!;
    await repository.setPrepNote(first, 'Bring markers');
    await db.sessions.update(s, { status: 'ended' });

    const copyId = await repository.duplicate(s);
    const copy = await db.sessions.get(copyId);
    expect(copy).toMatchObject({ title: 'Evening (copy)', status: 'planned' });
    const agenda = await repository.orderedAgenda(copyId);
    expect(agenda.map((item) => (item.kind === 'break' ? item.title : ''))).toEqual(['A', 'B', 'C', 'D']);
    expect((await db.prepNotes.get(agenda[0]!.id))?.text).toBe('Bring markers');
    expect((await db.prepNotes.get(first.id))?.text).toBe('Bring markers');
    expect(new Set(agenda.map((item) => item.id)).size).toBe(4);
    expect(await titles(s)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('removes an item together with its step notes', async () => {
    const [first] = await repository.orderedAgenda(s);
    await db.stepNotes.add({ id: 'n', sessionId: s, agendaItemId: first!.id, stepIndex: 0, text: 'x', updatedAt: 1 });
    await repository.removeItem(first!);
    expect(await titles()).toEqual(['B', 'C', 'D']);
    expect(await db.stepNotes.count()).toBe(0);
  });
});
