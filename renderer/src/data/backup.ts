import { parseBackup, serializeBackup, type Backup, type SessionBundle } from '../../../domain/backup/backup-format.ts';
import { stepNoteId, tallyId, type Session } from '../../../domain/sessions/session-model.ts';
import { reflectionId } from './record-repository.ts';
import type { CommonGroundDatabase } from './database.ts';

// Loaded on demand (it carries the validator): export and restore whole sessions.

export { parseBackup };

export async function exportSessions(db: CommonGroundDatabase, sessionIds: readonly string[] | 'all', now: number): Promise<string> {
  const bundles = await db.transaction('r', [db.sessions, ...db.sessionTables()], async () => {
    const sessions =
      sessionIds === 'all'
        ? await db.sessions.orderBy('id').toArray()
        : (await db.sessions.bulkGet([...sessionIds])).filter((s) => s !== undefined);
    return Promise.all(
      sessions.map(async (session): Promise<SessionBundle> => {
        const of = <T>(table: { where(index: string): { equals(value: string): { sortBy(key: string): Promise<T[]> } } }) =>
          table.where('sessionId').equals(session.id).sortBy('id');
        return {
          session,
          agendaItems: await of(db.agendaItems),
          prepNotes: await of(db.prepNotes),
          stepNotes: await of(db.stepNotes),
          checkInRounds: await of(db.checkInRounds),
          checkInTallies: await of(db.checkInTallies),
          reflections: await of(db.reflections),
          agreedActions: await of(db.agreedActions),
        };
      }),
    );
  });
  return serializeBackup(bundles, now);
}

/** Ids in the backup that already name a session here. */
export async function conflictingSessions(db: CommonGroundDatabase, backup: Backup): Promise<string[]> {
  const existing = await db.sessions.bulkGet(backup.sessions.map((bundle) => bundle.session.id));
  return existing.filter((session) => session !== undefined).map((session) => session.title);
}

export type ConflictChoice = 'keep-both' | 'replace';

/** A session's own references to its agenda items (its run, its summary choices), following the items to their new ids. */
function withItemIdsRemapped(session: Session, remap: (old: string) => string): Session {
  const { run, summary } = session;
  return {
    ...session,
    ...(run && {
      run: {
        ...run,
        records: run.records.map((record) => ({ ...record, itemId: remap(record.itemId) })),
        events: run.events.map((event) => ({ ...event, itemId: remap(event.itemId) })),
        airtime: {
          byItem: Object.fromEntries(Object.entries(run.airtime.byItem).map(([itemId, sums]) => [remap(itemId), sums])),
          current: run.airtime.current && { ...run.airtime.current, itemId: remap(run.airtime.current.itemId) },
        },
        alliesListening: (run.alliesListening ?? []).map(remap),
      },
    }),
    ...(summary && {
      summary: { ...summary, choices: { ...summary.choices, includedPrivateItems: summary.choices.includedPrivateItems.map(remap) } },
    }),
  };
}

/** Gives every record of a bundle a new id, keeping the links between them. */
function withNewIds(bundle: SessionBundle, newId: () => string): SessionBundle {
  const map = new Map<string, string>();
  const remap = (old: string) => {
    let next = map.get(old);
    if (!next) map.set(old, (next = newId()));
    return next;
  };
  const sessionId = remap(bundle.session.id);
  const own = <T extends { id: string; sessionId: string }>(record: T): T => ({ ...record, id: remap(record.id), sessionId });
  return {
    session: withItemIdsRemapped({ ...bundle.session, id: sessionId, title: `${bundle.session.title} (restored)` }, remap),
    agendaItems: bundle.agendaItems.map(own),
    prepNotes: bundle.prepNotes.map(own),
    // Notes and reflections the app finds by their item's id keep that shape of id, built from the item's new id.
    stepNotes: bundle.stepNotes.map((note) => {
      const agendaItemId = remap(note.agendaItemId);
      const found = note.id === stepNoteId(note.agendaItemId, note.stepIndex);
      return { ...own(note), ...(found && { id: stepNoteId(agendaItemId, note.stepIndex) }), agendaItemId };
    }),
    checkInRounds: bundle.checkInRounds.map((round) => ({ ...own(round), agendaItemId: round.agendaItemId && remap(round.agendaItemId) })),
    checkInTallies: bundle.checkInTallies.map((tally) => {
      const roundId = remap(tally.roundId);
      return { ...tally, id: tallyId(roundId, tally.instrumentId), sessionId, roundId };
    }),
    reflections: bundle.reflections.map((reflection) => {
      const agendaItemId = remap(reflection.agendaItemId);
      const found = reflection.id === reflectionId(reflection.agendaItemId, reflection.kind);
      return { ...own(reflection), ...(found && { id: reflectionId(agendaItemId, reflection.kind) }), agendaItemId };
    }),
    agreedActions: bundle.agreedActions.map((action) => ({
      ...own(action),
      agendaItemId: action.agendaItemId && remap(action.agendaItemId),
    })),
  };
}

/**
 * Writes a validated backup in one transaction: either every session is
 * restored or nothing changes. Sessions whose ids already exist are either
 * restored beside them under new ids, or replace them.
 */
export async function restoreBackup(
  db: CommonGroundDatabase,
  backup: Backup,
  choice: ConflictChoice,
  newId: () => string,
): Promise<number> {
  const tables = db.sessionTables();
  await db.transaction('rw', [db.sessions, ...tables], async () => {
    for (const original of backup.sessions) {
      const exists = (await db.sessions.get(original.session.id)) !== undefined;
      const bundle = exists && choice === 'keep-both' ? withNewIds(original, newId) : original;
      if (exists && choice === 'replace') {
        for (const table of tables) await table.where('sessionId').equals(original.session.id).delete();
        await db.sessions.delete(original.session.id);
      }
      await db.sessions.add(bundle.session);
      await db.agendaItems.bulkAdd(bundle.agendaItems);
      await db.prepNotes.bulkAdd(bundle.prepNotes);
      await db.stepNotes.bulkAdd(bundle.stepNotes);
      await db.checkInRounds.bulkAdd(bundle.checkInRounds);
      await db.checkInTallies.bulkAdd(bundle.checkInTallies);
      await db.reflections.bulkAdd(bundle.reflections);
      await db.agreedActions.bulkAdd(bundle.agreedActions);
    }
  });
  return backup.sessions.length;
}
