import Dexie, { type EntityTable, type Table } from 'dexie';
import type { OwnExerciseRecord } from '../../../domain/content/own-exercise.ts';
import type { OwnTemplateRecord } from '../../../domain/content/own-template.ts';
import {
  closeTalliedRounds,
  talliesFromAnswerSets,
  upgradeLegacyRounds,
  type LegacyAnswerSet,
  type LegacyRound,
  type LegacyTally,
  type TalliedRound,
} from '../../../domain/check-ins/legacy-check-ins.ts';
import type { FindInstrument } from '../../../domain/backup/backup-format.ts';
import { POSITION_STEP } from '../../../domain/sessions/plan-from-content.ts';
import { OWN_EXERCISES_TABLE, OWN_TEMPLATES_TABLE, VAULT_TABLE, VaultKeeper, type VaultRow } from './vault-middleware.ts';
import { SESSION_TABLE_NAMES } from '../../../domain/sessions/session-references.ts';
import type {
  AgendaItem,
  AgreedAction,
  CheckInRound,
  CheckInResult,
  PrepNote,
  Reflection,
  Session,
  StepNote,
} from '../../../domain/sessions/session-model.ts';

// Everything the app stores lives in one IndexedDB database on this device.
// Each schema change is a new Dexie version with an upgrade function; old
// versions stay declared so any earlier database opens and is carried forward.

export const DATABASE_NAME = 'common-ground';

/** A facilitator's own exercise as stored: the text of its Markdown file (see own-exercise-repository.ts). */
export type { OwnExerciseRecord, OwnTemplateRecord };

/** Version 1: sessions, agenda items ordered by a plain index, step notes. */
export const SCHEMA_V1 = {
  sessions: 'id, updatedAt, scheduledFor, status',
  agendaItems: 'id, sessionId, [sessionId+order]',
  stepNotes: 'id, sessionId, agendaItemId',
} as const;

/**
 * Version 2: agenda items carry a spaced `position` instead of `order`, so a
 * move rewrites one record rather than the whole agenda; check-in rounds and
 * anonymous responses, reflections and agreed actions get their tables.
 */
export const SCHEMA_V2 = {
  sessions: 'id, updatedAt, scheduledFor, status',
  agendaItems: 'id, sessionId, [sessionId+position]',
  stepNotes: 'id, sessionId, agendaItemId, [agendaItemId+stepIndex]',
  checkInRounds: 'id, sessionId',
  checkInResponses: 'id, sessionId, roundId',
  reflections: 'id, sessionId, agendaItemId',
  agreedActions: 'id, sessionId',
} as const;

/**
 * Version 3: preparation notes move out of agenda items into their own
 * table, so typing a note writes one small record instead of rewriting the
 * item and redrawing the plan.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, prepNotes: 'id, sessionId' } as const;

/**
 * Version 4: check-in answers are kept only as tallies per round and
 * instrument, never one record per person; rounds say how answers are
 * collected and whether they are a closing check-out.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, checkInResponses: null, checkInTallies: 'id, sessionId, roundId' } as const;

/**
 * Version 5: a closed round keeps only what may be shown (averages to one
 * decimal place, nothing below the floor, no counts): the tallies of
 * earlier versions are closed into results as a round closes now, and an
 * open round lives in memory until it closes.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, checkInTallies: null, checkInResults: 'id, sessionId, roundId' } as const;

/**
 * Version 6: the vault. Sessions are indexed by id alone (dates and statuses
 * in an index would say when workshops happened, even with the records
 * sealed), and the vault table holds the wrapped keys and the vault's
 * settings (see vault-middleware.ts).
 */
export const SCHEMA_V6 = { ...SCHEMA_V5, sessions: 'id', [VAULT_TABLE]: 'id' } as const;

/** Version 7: a facilitator's own exercises, each kept as its Markdown file's text (the format of content/exercises). */
export const SCHEMA_V7 = { ...SCHEMA_V6, [OWN_EXERCISES_TABLE]: 'id' } as const;

/** Version 8: a facilitator's own workshop templates, each kept as its Markdown file's text (the format of content/templates). */
export const SCHEMA_V8 = { ...SCHEMA_V7, [OWN_TEMPLATES_TABLE]: 'id' } as const;

export const CURRENT_VERSION = 8;

export class CommonGroundDatabase extends Dexie {
  sessions!: EntityTable<Session, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  stepNotes!: EntityTable<StepNote, 'id'>;
  prepNotes!: EntityTable<PrepNote, 'id'>;
  checkInRounds!: EntityTable<CheckInRound, 'id'>;
  checkInResults!: EntityTable<CheckInResult, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  agreedActions!: EntityTable<AgreedAction, 'id'>;
  vault!: Table<VaultRow, string>;
  ownExercises!: EntityTable<OwnExerciseRecord, 'id'>;
  ownTemplates!: EntityTable<OwnTemplateRecord, 'id'>;
  /** What the vault knows now (off, locked, or open with its keys); the middleware that seals records asks it. */
  readonly keeper: VaultKeeper;

  /**
   * `findInstrument` gives this version's check-in instruments, which
   * carrying older check-ins forward needs (their items, scale and floor).
   */
  constructor(findInstrument: FindInstrument, name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.keeper = new VaultKeeper();
    this.use(this.keeper.middleware());
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((transaction) =>
        transaction
          .table('agendaItems')
          .toCollection()
          .modify((item: { order?: number; position?: number }) => {
            item.position = ((item.order ?? 0) + 1) * POSITION_STEP;
            delete item.order;
          }),
      );
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (transaction) => {
        const notes: PrepNote[] = [];
        await transaction
          .table('agendaItems')
          .toCollection()
          .modify((item: { id: string; sessionId: string; prepNote?: string }) => {
            if (item.prepNote) notes.push({ id: item.id, sessionId: item.sessionId, text: item.prepNote, updatedAt: Date.now() });
            delete item.prepNote;
          });
        await transaction.table('prepNotes').bulkAdd(notes);
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (transaction) => {
        const rounds: LegacyRound[] = await transaction.table('checkInRounds').toArray();
        await transaction.table('checkInRounds').bulkPut(upgradeLegacyRounds(rounds));
        const answerSets: LegacyAnswerSet[] = await transaction.table('checkInResponses').toArray();
        await transaction.table('checkInTallies').bulkAdd(talliesFromAnswerSets(answerSets));
      });
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (transaction) => {
        const rounds: TalliedRound[] = await transaction.table('checkInRounds').toArray();
        const tallies: LegacyTally[] = await transaction.table('checkInTallies').toArray();
        const closed = closeTalliedRounds(rounds, tallies, findInstrument, Date.now());
        await transaction.table('checkInRounds').bulkPut(closed.rounds);
        await transaction.table('checkInResults').bulkAdd(closed.results);
      });
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
    this.version(8).stores(SCHEMA_V8);
  }

  /**
   * Deletes a session and everything it owns, inside the caller's
   * transaction (which must include every session table); returns what was
   * removed, table by table, so it can be put back.
   */
  async removeSession(sessionId: string): Promise<{ table: string; rows: unknown[] }[]> {
    const removed = [];
    for (const table of this.sessionTables()) {
      const rows = await table.where('sessionId').equals(sessionId).toArray();
      removed.push({ table: table.name, rows });
      await table.where('sessionId').equals(sessionId).delete();
    }
    await this.sessions.delete(sessionId);
    return removed;
  }

  /** Every table a session owns, for deletes, duplicates and backups: the list in domain/sessions/session-references.ts. */
  sessionTables(): Table<{ id: string; sessionId: string }, string>[] {
    return SESSION_TABLE_NAMES.map((name) => this[name] as Table<{ id: string; sessionId: string }, string>);
  }
}
