import { z } from 'zod';
import { RECORDABLE_CAPTURES, SUMMARY_SHARING, type RecordableCapture } from '../content/recording-policy.ts';
import { AUDIENCE_IDS } from '../content/vocabulary.ts';
import { talliesFromAnswerSets, upgradeLegacyRounds } from '../check-ins/legacy-check-ins.ts';
import { structuresMapSchema } from '../reflections/structures-map.ts';
import { timelinesSchema } from '../reflections/timelines.ts';
import { recordIdSchema } from '../sessions/record-id.ts';
import { PAPER_SIZES } from '../summary/summary-choices.ts';
import { CHECK_IN_METHODS, ROUND_PURPOSES, SESSION_MODES, SESSION_STATUSES, tallyId } from '../sessions/session-model.ts';
import type {
  AgendaItem,
  AgreedAction,
  CheckInMethod,
  CheckInRound,
  CheckInTally,
  PrepNote,
  Reflection,
  Session,
  StepNote,
} from '../sessions/session-model.ts';

// The backup file: versioned JSON holding whole sessions. Everything in it is
// checked before anything is written (shape, version, sizes, references),
// because a backup may be truncated, from a newer app, or crafted to harm.

export const BACKUP_FORMAT = 'common-ground-backup';
/** Version 2 keeps check-in answers only as tallies; version 1 files are carried forward on reading. */
export const BACKUP_VERSION = 2;
/** Larger files are refused before they are read into memory. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface SessionBundle {
  session: Session;
  agendaItems: AgendaItem[];
  prepNotes: PrepNote[];
  stepNotes: StepNote[];
  checkInRounds: CheckInRound[];
  checkInTallies: CheckInTally[];
  reflections: Reflection[];
  agreedActions: AgreedAction[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  sessions: SessionBundle[];
}

const id = recordIdSchema;
const contentKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a valid content id')
  .max(120);
const shortText = z.string().max(500, 'is too long');
const longText = z.string().max(200_000, 'is too long');
const timestamp = z.number().int().nonnegative();
const minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

const timerSchema = z.strictObject({
  durationMs: z.number().int().min(0),
  elapsedBeforeMs: z.number().int().min(0),
  runningSince: timestamp.nullable(),
});

const runStateSchema = z.strictObject({
  position: z.number().int().min(0).max(10_000),
  timer: timerSchema,
  startedAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  records: z
    .array(
      z.strictObject({
        itemId: id,
        stepIndex: z.number().int().min(0).max(50),
        plannedMs: z.number().int().min(0),
        startedAt: timestamp,
        endedAt: timestamp.nullable(),
      }),
    )
    .max(10_000),
  events: z.array(z.strictObject({ kind: z.enum(['caucus-call', 'floor-shift']), at: timestamp, itemId: id })).max(10_000),
  softSteps: z.array(z.number().int().min(0).max(10_000)).max(10_000),
  alliesListening: z.array(id).max(500).optional(),
  airtime: z.strictObject({
    byItem: z.record(id, z.strictObject({ affected: z.number().min(0), ally: z.number().min(0) })),
    current: z.strictObject({ speaker: z.enum(['affected', 'ally']), since: timestamp, itemId: id }).nullable(),
  }),
});

const sessionSchema = z.strictObject({
  id,
  title: shortText,
  scheduledFor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'is not a date and time')
    .nullable(),
  availableMinutes: minutes.nullable(),
  mode: z.enum(SESSION_MODES),
  status: z.enum(SESSION_STATUSES),
  templateId: contentKey.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  run: runStateSchema.optional(),
  summary: z
    .strictObject({
      choices: z.strictObject({
        notes: z.boolean(),
        checkIns: z.boolean(),
        reflections: z.boolean(),
        actions: z.boolean(),
        followUps: z.boolean(),
        includedPrivateItems: z.array(id).max(500),
      }),
      paper: z.enum(PAPER_SIZES),
    })
    .optional(),
});

const stepSchema = z.strictObject({ title: shortText, minutes, script: longText, prompt: longText.optional() });

const snapshotSchema = z.strictObject({
  id: contentKey,
  version: z.number().int().positive(),
  title: shortText,
  durationMinutes: minutes,
  audience: z.array(z.enum(AUDIENCE_IDS)).max(10),
  captures: z.array(z.enum(Object.keys(RECORDABLE_CAPTURES) as [RecordableCapture, ...RecordableCapture[]])).max(10),
  summarySharing: z.enum(SUMMARY_SHARING).optional(),
  needsFacilitatorBecause: shortText.optional(),
  steps: z.array(stepSchema).max(50),
});

const itemBase = { id, sessionId: id, position: z.number().finite(), plannedMinutes: minutes };

const prepNoteSchema = z.strictObject({ id, sessionId: id, text: longText, updatedAt: timestamp });

const agendaItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemBase, kind: z.literal('exercise'), exercise: snapshotSchema }),
  z.strictObject({ ...itemBase, kind: z.literal('break'), title: shortText }),
  z.strictObject({ ...itemBase, kind: z.literal('check-in'), title: shortText, instrumentIds: z.array(contentKey).max(10) }),
]);

const stepNoteSchema = z.strictObject({
  id,
  sessionId: id,
  agendaItemId: id,
  stepIndex: z.number().int().min(0).max(50),
  text: longText,
  updatedAt: timestamp,
});

const roundFields = {
  id,
  sessionId: id,
  agendaItemId: id.nullable(),
  instrumentIds: z.array(contentKey).max(10),
  openedAt: timestamp,
  closedAt: timestamp.nullable(),
};

const roundSchema = z.strictObject({
  ...roundFields,
  purpose: z.enum(ROUND_PURPOSES),
  method: z.enum(Object.keys(CHECK_IN_METHODS) as [CheckInMethod, ...CheckInMethod[]]),
  turns: z.number().int().min(0).max(100_000),
  sequence: z.number().int().min(1).max(100_000),
});

const count = z.number().int().min(0).max(100_000);

const tallySchema = z.strictObject({
  id: z.string().max(200),
  sessionId: id,
  roundId: id,
  instrumentId: contentKey,
  respondents: count,
  counts: z.record(contentKey, z.record(z.string().regex(/^-?\d{1,2}$/, 'is not a scale value'), count)),
});

const reflectionFields = { id, sessionId: id, agendaItemId: id, updatedAt: timestamp };

const reflectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...reflectionFields, kind: z.literal('structures-map'), data: structuresMapSchema }),
  z.strictObject({ ...reflectionFields, kind: z.literal('timelines'), data: timelinesSchema }),
]);

const actionSchema = z.strictObject({ id, sessionId: id, agendaItemId: id.nullable(), text: longText, createdAt: timestamp });

const bundleFields = {
  session: sessionSchema,
  agendaItems: z.array(agendaItemSchema).max(500),
  prepNotes: z.array(prepNoteSchema).max(500),
  stepNotes: z.array(stepNoteSchema).max(20_000),
  reflections: z.array(reflectionSchema).max(500),
  agreedActions: z.array(actionSchema).max(5_000),
};

const bundleSchema = z.strictObject({
  ...bundleFields,
  checkInRounds: z.array(roundSchema).max(500),
  checkInTallies: z.array(tallySchema).max(5_000),
});

/** Version 1 kept one anonymous answer set per person; they are added into tallies on reading. */
const bundleSchemaV1 = z.strictObject({
  ...bundleFields,
  checkInRounds: z.array(z.strictObject(roundFields)).max(500),
  checkInResponses: z
    .array(
      z.strictObject({
        id,
        sessionId: id,
        roundId: id,
        instrumentId: contentKey,
        answers: z.record(contentKey, z.number().int().min(-10).max(10)),
      }),
    )
    .max(50_000),
});

function upgradeBundleV1(bundle: z.infer<typeof bundleSchemaV1>): SessionBundle {
  const { checkInResponses, checkInRounds, ...rest } = bundle;
  return {
    ...(rest as Omit<SessionBundle, 'checkInRounds' | 'checkInTallies'>),
    checkInRounds: upgradeLegacyRounds(checkInRounds),
    checkInTallies: talliesFromAnswerSets(checkInResponses),
  };
}

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: timestamp,
  sessions: z.array(z.unknown()),
});

const backupSchemas = {
  1: z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    exportedAt: timestamp,
    sessions: z.array(bundleSchemaV1).max(10_000),
  }),
  2: z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(2),
    exportedAt: timestamp,
    sessions: z.array(bundleSchema).max(10_000),
  }),
} as const;

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; message: string };

function refuse(message: string): BackupParseResult {
  return { ok: false, message };
}

/** Every record belongs to its bundle's session, ids are unique, and notes and responses point at records in the file. */
function referenceProblem(backup: Backup): string | null {
  const seen = new Set<string>();
  for (const [index, bundle] of backup.sessions.entries()) {
    const where = `session ${index + 1} (“${bundle.session.title}”)`;
    const sessionId = bundle.session.id;
    // A prep note shares its agenda item's id by design; it is checked against the items below.
    const records = [
      bundle.session,
      ...bundle.agendaItems,
      ...bundle.stepNotes,
      ...bundle.checkInRounds,
      ...bundle.checkInTallies,
      ...bundle.reflections,
      ...bundle.agreedActions,
    ];
    for (const record of records) {
      if (seen.has(record.id)) return `In ${where}, the id “${record.id}” is used twice.`;
      seen.add(record.id);
    }
    const owned = [
      ...bundle.agendaItems,
      ...bundle.prepNotes,
      ...bundle.stepNotes,
      ...bundle.checkInRounds,
      ...bundle.checkInTallies,
      ...bundle.reflections,
      ...bundle.agreedActions,
    ];
    if (owned.some((record) => record.sessionId !== sessionId)) return `In ${where}, some records belong to a different session.`;
    const itemIds = new Set(bundle.agendaItems.map((item) => item.id));
    const prepNoteIds = bundle.prepNotes.map((note) => note.id);
    if (new Set(prepNoteIds).size !== prepNoteIds.length) return `In ${where}, an agenda item has two preparation notes.`;
    const pointsAtItem = [...prepNoteIds, ...[...bundle.stepNotes, ...bundle.reflections].map((record) => record.agendaItemId)];
    const optionalItemRefs = [...bundle.checkInRounds, ...bundle.agreedActions]
      .map((record) => record.agendaItemId)
      .filter((ref) => ref !== null);
    if ([...pointsAtItem, ...optionalItemRefs].some((ref) => !itemIds.has(ref)))
      return `In ${where}, a note or record points at an agenda item that is not in the file.`;
    const rounds = new Map(bundle.checkInRounds.map((round) => [round.id, round]));
    if (bundle.checkInTallies.some((tally) => !rounds.get(tally.roundId)?.instrumentIds.includes(tally.instrumentId)))
      return `In ${where}, check-in answers point at a round or instrument that is not in the file.`;
    if (bundle.checkInTallies.some((tally) => tally.id !== tallyId(tally.roundId, tally.instrumentId)))
      return `In ${where}, check-in answers are filed under the wrong id.`;
  }
  return null;
}

class HostileKeyError extends Error {
  constructor(readonly key: string) {
    super(`hostile key ${key}`);
  }
}

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could reach an object's prototype have no business in a backup; refuse them wherever they appear. */
function rejectHostileKeys(key: string, value: unknown): unknown {
  if (HOSTILE_KEYS.has(key)) throw new HostileKeyError(key);
  return value;
}

/**
 * Reads a backup file's text. Returns the backup only if all of it is valid;
 * otherwise one plain sentence saying what is wrong.
 */
export function parseBackup(text: string): BackupParseResult {
  if (text.length > MAX_BACKUP_BYTES) return refuse('This file is too large to be a Common Ground backup.');
  let raw: unknown;
  try {
    raw = JSON.parse(text, rejectHostileKeys);
  } catch (error) {
    if (error instanceof HostileKeyError) return refuse(`This backup is damaged or was changed by hand: it contains a “${error.key}” key.`);
    return refuse('This file is not a complete Common Ground backup: it may be cut short or damaged.');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return refuse('This file is not a Common Ground backup.');
  if (envelope.data.version > BACKUP_VERSION) {
    return refuse(
      `This backup was made by a newer version of Common Ground (backup version ${envelope.data.version}). Update the app, then restore it.`,
    );
  }
  const version = envelope.data.version;
  if (version !== 1 && version !== 2) return refuse(`This backup's version (${version}) is not one this app can read.`);
  const parsed = backupSchemas[version].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(
      `This backup is damaged or was changed by hand: at ${issue.path.join('.') || 'the top level'}, ${issue.message.toLowerCase()}.`,
    );
  }
  const backup: Backup =
    parsed.data.version === 1
      ? {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          exportedAt: parsed.data.exportedAt,
          sessions: parsed.data.sessions.map(upgradeBundleV1),
        }
      : (parsed.data as Backup);
  const problem = referenceProblem(backup);
  return problem ? refuse(`This backup is inconsistent and was not restored. ${problem}`) : { ok: true, backup };
}

export function serializeBackup(sessions: readonly SessionBundle[], exportedAt: number): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, sessions: [...sessions] };
  return JSON.stringify(backup, null, 1);
}
