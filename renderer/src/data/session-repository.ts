import { POSITION_STEP, positionBetween } from '../../../domain/sessions/plan-from-content.ts';
import type { RunState } from '../../../domain/run/run-state.ts';
import type { AgendaItem, PrepNote, Session, SessionMode } from '../../../domain/sessions/session-model.ts';
import type { SummarySettings } from '../../../domain/summary/summary-choices.ts';
import type { CommonGroundDatabase } from './database.ts';

export interface SessionDetails {
  title: string;
  scheduledFor: string | null;
  availableMinutes: number | null;
  mode: SessionMode;
}

/** Everything a deleted session owned, kept in memory so "Undo" can put it back exactly. */
export interface DeletedSession {
  session: Session;
  records: { table: string; rows: unknown[] }[];
}

export interface Clock {
  now(): number;
  newId(): string;
}

export const systemClock: Clock = { now: () => Date.now(), newId: () => crypto.randomUUID() };

/**
 * Intention-revealing operations on sessions and their agendas. Each write
 * that touches more than one record runs in one transaction, so a failure
 * leaves nothing half-done.
 */
export function createSessionRepository(db: CommonGroundDatabase, clock: Clock = systemClock) {
  const touch = (sessionId: string) => db.sessions.update(sessionId, { updatedAt: clock.now() });

  async function orderedAgenda(sessionId: string): Promise<AgendaItem[]> {
    return db.agendaItems.where('[sessionId+position]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
  }

  return {
    orderedAgenda,

    async createPlanned(session: Session, agenda: readonly AgendaItem[], prepNotes: readonly PrepNote[] = []): Promise<string> {
      await db.transaction('rw', db.sessions, db.agendaItems, db.prepNotes, async () => {
        await db.sessions.add(session);
        await db.agendaItems.bulkAdd([...agenda]);
        await db.prepNotes.bulkAdd([...prepNotes]);
      });
      return session.id;
    },

    async updateDetails(sessionId: string, details: Partial<SessionDetails>): Promise<void> {
      await db.sessions.update(sessionId, { ...details, updatedAt: clock.now() });
    },

    /** A new planned session with the same plan and prep notes; nothing from any run is copied. */
    async duplicate(sessionId: string): Promise<string> {
      return db.transaction('rw', db.sessions, db.agendaItems, db.prepNotes, async () => {
        const original = await db.sessions.get(sessionId);
        if (!original) throw new Error('That session no longer exists.');
        const now = clock.now();
        const copy: Session = {
          ...original,
          id: clock.newId(),
          title: `${original.title} (copy)`,
          status: 'planned',
          createdAt: now,
          updatedAt: now,
        };
        delete copy.run; // a copy is a plan, not a run
        const agenda = await orderedAgenda(sessionId);
        const notes = new Map((await db.prepNotes.where('sessionId').equals(sessionId).toArray()).map((note) => [note.id, note]));
        await db.sessions.add(copy);
        for (const item of agenda) {
          const id = clock.newId();
          await db.agendaItems.add({ ...item, id, sessionId: copy.id });
          const note = notes.get(item.id);
          if (note) await db.prepNotes.add({ ...note, id, sessionId: copy.id, updatedAt: now });
        }
        return copy.id;
      });
    },

    async delete(sessionId: string): Promise<DeletedSession> {
      const tables = db.sessionTables();
      return db.transaction('rw', [db.sessions, ...tables], async () => {
        const session = await db.sessions.get(sessionId);
        if (!session) throw new Error('That session no longer exists.');
        const records = [];
        for (const table of tables) {
          const rows = await table.where('sessionId').equals(sessionId).toArray();
          records.push({ table: table.name, rows });
          await table.where('sessionId').equals(sessionId).delete();
        }
        await db.sessions.delete(sessionId);
        return { session, records };
      });
    },

    async restore(deleted: DeletedSession): Promise<void> {
      const tables = db.sessionTables();
      await db.transaction('rw', [db.sessions, ...tables], async () => {
        await db.sessions.add(deleted.session);
        for (const { table, rows } of deleted.records) await db.table(table).bulkAdd(rows);
      });
    },

    async addExercise(sessionId: string, item: AgendaItem): Promise<void> {
      await db.transaction('rw', db.sessions, db.agendaItems, async () => {
        const agenda = await orderedAgenda(sessionId);
        await db.agendaItems.add({ ...item, sessionId, position: (agenda.at(-1)?.position ?? 0) + POSITION_STEP });
        await touch(sessionId);
      });
    },

    /** Puts an item straight after another (e.g. caucus time called during a run); returns the agenda as it now stands. */
    async insertAfter(after: AgendaItem, item: AgendaItem): Promise<AgendaItem[]> {
      return db.transaction('rw', db.sessions, db.agendaItems, async () => {
        const agenda = await orderedAgenda(after.sessionId);
        const following = agenda[agenda.findIndex((candidate) => candidate.id === after.id) + 1];
        await db.agendaItems.add({ ...item, sessionId: after.sessionId, position: positionBetween(after.position, following?.position) });
        await touch(after.sessionId);
        return orderedAgenda(after.sessionId);
      });
    },

    async removeItem(item: AgendaItem): Promise<void> {
      await db.transaction('rw', [db.sessions, db.agendaItems, db.prepNotes, db.stepNotes, db.reflections, db.agreedActions], async () => {
        await db.agendaItems.delete(item.id);
        await db.prepNotes.delete(item.id);
        await db.stepNotes.where('agendaItemId').equals(item.id).delete();
        await db.reflections.where('agendaItemId').equals(item.id).delete();
        await db.agreedActions
          .where('sessionId')
          .equals(item.sessionId)
          .filter((action) => action.agendaItemId === item.id)
          .delete();
        await touch(item.sessionId);
      });
    },

    /** Moves an item to a new index in its session's agenda by rewriting only its position. */
    async moveItem(item: AgendaItem, toIndex: number): Promise<void> {
      await db.transaction('rw', db.sessions, db.agendaItems, async () => {
        const others = (await orderedAgenda(item.sessionId)).filter((other) => other.id !== item.id);
        const index = Math.max(0, Math.min(toIndex, others.length));
        await db.agendaItems.update(item.id, { position: positionBetween(others[index - 1]?.position, others[index]?.position) });
        await touch(item.sessionId);
      });
    },

    async setPlannedMinutes(item: AgendaItem, minutes: number): Promise<void> {
      await db.agendaItems.update(item.id, { plannedMinutes: minutes });
      await touch(item.sessionId);
    },

    /** Stores where a run stands; the session is running until the run has ended. */
    async saveRun(sessionId: string, run: RunState): Promise<void> {
      const status = run.endedAt !== null ? 'ended' : run.startedAt !== null ? 'running' : 'planned';
      await db.sessions.update(sessionId, { run, status, updatedAt: clock.now() });
    },

    async saveSummarySettings(sessionId: string, summary: SummarySettings): Promise<void> {
      await db.sessions.update(sessionId, { summary });
    },

    async saveStepNote(note: { id: string; sessionId: string; agendaItemId: string; stepIndex: number }, text: string): Promise<void> {
      await db.stepNotes.put({ ...note, text, updatedAt: clock.now() });
    },

    /** One put of one small record: the autosave hot path. */
    async setPrepNote(item: Pick<AgendaItem, 'id' | 'sessionId'>, text: string): Promise<void> {
      await db.prepNotes.put({ id: item.id, sessionId: item.sessionId, text, updatedAt: clock.now() });
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
