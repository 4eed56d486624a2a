import { agendaEditRefusal, agendaLock, type AgendaEdit } from '../../../domain/sessions/agenda-editing.ts';
import {
  POSITION_STEP,
  blankSession,
  positionBetween,
  type NewAgendaItem,
  type PlannedItem,
  type TemplateDetails,
} from '../../../domain/sessions/plan-from-content.ts';
import {
  SESSION_TABLE_NAMES,
  forgetItem,
  freshIds,
  itemLink,
  remapBundle,
  remapSession,
  withOnlyItems,
} from '../../../domain/sessions/session-references.ts';
import type { RunState } from '../../../domain/run/run-state.ts';
import type { AgendaItem, Session, SessionBundle, SessionMode } from '../../../domain/sessions/session-model.ts';
import type { SummarySettings } from '../../../domain/summary/summary-choices.ts';
import type { CommonGroundDatabase } from './database.ts';
import { AgendaLockedError, ItemGoneError, Refusal } from './errors.ts';

export { AgendaLockedError };
import { readBundles } from './session-bundles.ts';
import { suffixedTitle, type ParticipantLanguage } from '../../../domain/sessions/session-vocabulary.ts';
import { expiredSessionIds, type LocalDate } from '../../../domain/sessions/retention.ts';

export interface SessionDetails {
  title: string;
  scheduledFor: string | null;
  availableMinutes: number | null;
  mode: SessionMode;
  /** "YYYY-MM-DD", or null to keep the session until it is deleted by hand. */
  deleteAfter: string | null;
  /** The language participants are shown the session in, or null for the app's language. */
  participantLanguage: ParticipantLanguage | null;
}

/** Everything a deleted session owned, kept in memory so "Undo" can put it back exactly. */
export interface DeletedSession {
  session: Session;
  records: { table: string; rows: unknown[] }[];
}

/**
 * A write for an agenda item, inside the caller's transaction: refused if the
 * item (and so its session) is gone, removed in another window while this
 * one was still typing. A record left behind would point at nothing, and a
 * backup holding it could not be restored.
 */
export async function itemStillThere(db: CommonGroundDatabase, itemId: string): Promise<void> {
  if ((await db.agendaItems.get(itemId)) === undefined) throw new ItemGoneError('item');
}

export interface Clock {
  now(): number;
  newId(): string;
}

function emptyBundle(session: Session): SessionBundle {
  return {
    session,
    agendaItems: [],
    prepNotes: [],
    stepNotes: [],
    checkInRounds: [],
    checkInResults: [],
    reflections: [],
    agreedActions: [],
  };
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

  /** The session and its agenda, if the edit is one its run allows (see domain/sessions/agenda-editing.ts). */
  async function editable(sessionId: string, edit: AgendaEdit): Promise<{ session: Session; agenda: AgendaItem[] }> {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Refusal({ key: 'refusal.noSession' });
    const agenda = await orderedAgenda(sessionId);
    const refusal = agendaEditRefusal(agendaLock(session, agenda), edit);
    if (refusal) throw new AgendaLockedError(refusal);
    return { session, agenda };
  }

  return {
    // ---- Reading ----

    orderedAgenda,

    get: (sessionId: string): Promise<Session | undefined> => db.sessions.get(sessionId),

    /** Every session, for the sessions screen. */
    list: (): Promise<Session[]> => db.sessions.toArray(),

    /** A session with its agenda in order, as the planner and the run read it. */
    async withAgenda(sessionId: string): Promise<{ session: Session | undefined; agenda: AgendaItem[] }> {
      return { session: await db.sessions.get(sessionId), agenda: await orderedAgenda(sessionId) };
    },

    /** Whole sessions with everything they own, read at one moment: the summary, the session record and backups read these. */
    bundles: (sessionIds: readonly string[] | 'all'): Promise<SessionBundle[]> => readBundles(db, sessionIds),

    async bundle(sessionId: string): Promise<SessionBundle | undefined> {
      return (await readBundles(db, [sessionId]))[0];
    },

    prepNoteText: async (itemId: string): Promise<string> => (await db.prepNotes.get(itemId))?.text ?? '',

    stepNoteText: async (noteId: string): Promise<string> => (await db.stepNotes.get(noteId))?.text ?? '',

    // ---- Writing ----

    /** A new session, blank or with a plan (from a template); every id is made here. */
    async create(title: string, { details = {}, plan = [] }: { details?: Partial<TemplateDetails>; plan?: readonly PlannedItem[] } = {}) {
      const now = clock.now();
      const session: Session = { ...blankSession({ id: clock.newId(), title, now }), ...details };
      const agenda = plan.map(
        ({ item }, index) => ({ ...item, id: clock.newId(), sessionId: session.id, position: (index + 1) * POSITION_STEP }) as AgendaItem,
      );
      const prepNotes = plan.flatMap(({ prepNote }, index) =>
        prepNote ? [{ id: agenda[index]!.id, sessionId: session.id, text: prepNote, updatedAt: now }] : [],
      );
      await db.transaction('rw', db.sessions, db.agendaItems, db.prepNotes, async () => {
        await db.sessions.add(session);
        await db.agendaItems.bulkAdd(agenda);
        await db.prepNotes.bulkAdd(prepNotes);
      });
      return session.id;
    },

    async updateDetails(sessionId: string, details: Partial<SessionDetails>): Promise<void> {
      await db.sessions.update(sessionId, { ...details, updatedAt: clock.now() });
    },

    /**
     * A new planned session with the same plan, prep notes and summary
     * choices, every link following the copy's own new ids; nothing from any
     * run is copied.
     */
    async duplicate(sessionId: string, copySuffix = ' (copy)'): Promise<string> {
      return db.transaction('rw', db.sessions, db.agendaItems, db.prepNotes, async () => {
        const original = await db.sessions.get(sessionId);
        if (!original) throw new Refusal({ key: 'refusal.noSession' });
        const now = clock.now();
        const remap = freshIds(clock.newId);
        const copy = remapSession(
          { ...original, title: suffixedTitle(original.title, copySuffix), status: 'planned', createdAt: now, updatedAt: now },
          remap,
        );
        delete copy.run; // a copy is a plan, not a run
        const agenda = await orderedAgenda(sessionId);
        const notes = await db.prepNotes.where('sessionId').equals(sessionId).toArray();
        const plan = remapBundle({ ...emptyBundle(original), agendaItems: agenda, prepNotes: notes }, remap);
        await db.sessions.add(copy);
        await db.agendaItems.bulkAdd(plan.agendaItems);
        await db.prepNotes.bulkAdd(plan.prepNotes.map((note) => ({ ...note, updatedAt: now })));
        return copy.id;
      });
    },

    async delete(sessionId: string): Promise<DeletedSession> {
      const tables = db.sessionTables();
      return db.transaction('rw', [db.sessions, ...tables], async () => {
        const session = await db.sessions.get(sessionId);
        if (!session) throw new Refusal({ key: 'refusal.noSession' });
        return { session, records: await db.removeSession(sessionId) };
      });
    },

    /**
     * Deletes every session whose "delete after" date is before `today`, each
     * with everything it owns, as deleting it by hand does. Returns how many.
     */
    async sweepExpired(today: LocalDate): Promise<number> {
      const tables = db.sessionTables();
      return db.transaction('rw', [db.sessions, ...tables], async () => {
        const due = expiredSessionIds(await db.sessions.toArray(), today);
        for (const sessionId of due) {
          await db.removeSession(sessionId);
        }
        return due.length;
      });
    },

    async restore(deleted: DeletedSession): Promise<void> {
      const tables = db.sessionTables();
      await db.transaction('rw', [db.sessions, ...tables], async () => {
        await db.sessions.add(deleted.session);
        for (const { table, rows } of deleted.records) await db.table(table).bulkAdd(rows);
      });
    },

    /** Adds an item at the end of the agenda; returns its id. */
    async addItem(sessionId: string, item: NewAgendaItem): Promise<string> {
      return db.transaction('rw', db.sessions, db.agendaItems, async () => {
        const { agenda } = await editable(sessionId, { kind: 'add' });
        const id = clock.newId();
        await db.agendaItems.add({ ...item, id, sessionId, position: (agenda.at(-1)?.position ?? 0) + POSITION_STEP } as AgendaItem);
        await touch(sessionId);
        return id;
      });
    },

    /** Puts an item straight after another (e.g. caucus time called during a run); returns its id and the agenda as it now stands. */
    async insertAfter(after: AgendaItem, item: NewAgendaItem): Promise<{ id: string; agenda: AgendaItem[] }> {
      return db.transaction('rw', db.sessions, db.agendaItems, async () => {
        const { agenda } = await editable(after.sessionId, { kind: 'add' });
        const following = agenda[agenda.findIndex((candidate) => candidate.id === after.id) + 1];
        const id = clock.newId();
        const position = positionBetween(after.position, following?.position);
        await db.agendaItems.add({ ...item, id, sessionId: after.sessionId, position } as AgendaItem);
        await touch(after.sessionId);
        return { id, agenda: await orderedAgenda(after.sessionId) };
      });
    },

    /**
     * Removes an item and everything that hangs on it: its notes, reflections
     * and actions go with it; a check-in round opened during it stays, with
     * its results, belonging to no item; the session's run and summary
     * choices forget it.
     */
    async removeItem(item: AgendaItem): Promise<void> {
      await db.transaction('rw', [db.sessions, ...db.sessionTables()], async () => {
        const { session } = await editable(item.sessionId, { kind: 'remove', item });
        for (const table of SESSION_TABLE_NAMES) {
          const link = itemLink(table);
          if (!link) continue;
          const rows = db
            .table(table)
            .where('sessionId')
            .equals(item.sessionId)
            .filter((row: Record<string, unknown>) => row[link.field] === item.id);
          if (link.whenItemRemoved === 'delete') await rows.delete();
          else await rows.modify({ [link.field]: null });
        }
        await db.agendaItems.delete(item.id);
        await db.sessions.put({ ...forgetItem(session, item.id), updatedAt: clock.now() });
      });
    },

    /** Moves an item to a new index in its session's agenda by rewriting only its position. */
    async moveItem(item: AgendaItem, toIndex: number): Promise<void> {
      await db.transaction('rw', db.sessions, db.agendaItems, async () => {
        const { agenda } = await editable(item.sessionId, { kind: 'move', item, toIndex });
        const others = agenda.filter((other) => other.id !== item.id);
        const index = Math.max(0, Math.min(toIndex, others.length));
        await db.agendaItems.update(item.id, { position: positionBetween(others[index - 1]?.position, others[index]?.position) });
        await touch(item.sessionId);
      });
    },

    async setPlannedMinutes(item: AgendaItem, minutes: number): Promise<void> {
      await db.transaction('rw', db.sessions, db.agendaItems, async () => {
        await editable(item.sessionId, { kind: 'resize', item });
        await db.agendaItems.update(item.id, { plannedMinutes: minutes });
        await touch(item.sessionId);
      });
    },

    /** Stores where a run stands; the session is running until the run has ended. */
    /**
     * Stores where a run stands; the session is running until the run has
     * ended. A run view open in another window may not know an item was
     * removed since: what it says of items no longer in the agenda is left out.
     */
    async saveRun(sessionId: string, run: RunState): Promise<void> {
      const status = run.endedAt !== null ? 'ended' : run.startedAt !== null ? 'running' : 'planned';
      await db.transaction('rw', db.sessions, db.agendaItems, async () => {
        const session = await db.sessions.get(sessionId);
        if (!session) throw new ItemGoneError('session');
        const itemIds = new Set((await orderedAgenda(sessionId)).map((item) => item.id));
        const current = withOnlyItems({ ...session, run }, itemIds);
        await db.sessions.put({ ...current, status, updatedAt: clock.now() });
      });
    },

    async saveSummarySettings(sessionId: string, summary: SummarySettings): Promise<void> {
      await db.sessions.update(sessionId, { summary });
    },

    async saveStepNote(note: { id: string; sessionId: string; agendaItemId: string; stepIndex: number }, text: string): Promise<void> {
      await db.transaction('rw', db.agendaItems, db.stepNotes, async () => {
        await itemStillThere(db, note.agendaItemId);
        await db.stepNotes.put({ ...note, text, updatedAt: clock.now() });
      });
    },

    /** One small record, once its item is known to be there still: the autosave hot path. */
    async setPrepNote(item: Pick<AgendaItem, 'id' | 'sessionId'>, text: string): Promise<void> {
      await db.transaction('rw', db.agendaItems, db.prepNotes, async () => {
        await itemStillThere(db, item.id);
        await db.prepNotes.put({ id: item.id, sessionId: item.sessionId, text, updatedAt: clock.now() });
      });
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
