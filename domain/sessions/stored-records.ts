import { z } from 'zod';
import { ruleMessage } from '../content/plain-messages.ts';
import { RECORDABLE_CAPTURES, SUMMARY_SHARING, type RecordableCapture } from '../content/recording-policy.ts';
import { AUDIENCE_IDS } from '../content/vocabulary.ts';
import { structuresMapSchema } from '../reflections/structures-map.ts';
import { timelinesSchema } from '../reflections/timelines.ts';
import { recordIdSchema } from './record-id.ts';
import {
  CHECK_IN_METHODS,
  PAPER_SIZES,
  PARTICIPANT_LANGUAGES,
  ROUND_PURPOSES,
  RUN_EVENT_KINDS,
  SESSION_MODES,
  SESSION_STATUSES,
  SPEAKERS,
  TEXT_LIMITS,
  type CheckInMethod,
} from './session-vocabulary.ts';

// The one description of everything the app stores about a session. The
// types the app works with are inferred from these schemas, and backups are
// validated against them, so the stored shape, the code and the backup format
// cannot drift apart. Import the types with `import type`: the schemas
// themselves are loaded only where data arrives from outside (restoring a
// backup), so they stay out of the screens' code.
//
// A field added later must be optional or carry a default (`.default(...)`),
// or every backup written before it would be refused; the committed backup
// fixtures in tests/fixtures hold the app to that.
//
// No participant names or identities appear anywhere here, by design: a
// session knows what was planned, run and agreed, never who was there.

const id = recordIdSchema;
const contentKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a valid content id')
  .max(120);
const shortText = z.string().max(TEXT_LIMITS.title);
const longText = z.string().max(TEXT_LIMITS.longText);
/** Epoch milliseconds. */
const timestamp = z.number().int().nonnegative();
const minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const count = z.number().int().min(0).max(100_000);

/** The building blocks above, for the older backup formats that are read and carried forward. */
export const storedPrimitives = { id, contentKey, timestamp, count };

// ---- Running a session -------------------------------------------------

/** A step's timer, computed from timestamps (see domain/run/step-timer.ts). */
export const stepTimerSchema = z.strictObject({
  /** How long the step is planned to last, including extensions. */
  durationMs: z.number().int().min(0),
  /** Time run before the current stretch (or in total, while paused). */
  elapsedBeforeMs: z.number().int().min(0),
  /** When the current stretch started, or null while paused or not started. */
  runningSince: timestamp.nullable(),
});

/** When a step actually ran: for the summary's planned against actual. */
const stepRecordSchema = z.strictObject({
  itemId: id,
  stepIndex: z.number().int().min(0).max(50),
  plannedMs: z.number().int().min(0),
  startedAt: timestamp,
  endedAt: timestamp.nullable(),
});

/** Floor tools used during the run, kept in the session's timeline without naming anyone. */
const runEventSchema = z.strictObject({ kind: z.enum(RUN_EVENT_KINDS), at: timestamp, itemId: id });

const speakerSums = z.strictObject({ affected: z.number().min(0), ally: z.number().min(0) });

/** Airtime per side, in milliseconds: only these sums are kept, never who spoke. */
const airtimeSchema = z.strictObject({
  byItem: z.record(id, speakerSums),
  /** Who has the floor now and since when. */
  current: z.strictObject({ speaker: z.enum(SPEAKERS), since: timestamp, itemId: id }).nullable(),
});

export const runStateSchema = z.strictObject({
  /** Index into the flattened steps of the agenda. */
  position: z.number().int().min(0).max(10_000),
  timer: stepTimerSchema,
  startedAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  records: z.array(stepRecordSchema).max(10_000),
  events: z.array(runEventSchema).max(10_000),
  airtime: airtimeSchema,
  /** Steps (by position) run with a soft timer: no chime and no alarm colours, for reflective work. */
  softSteps: z.array(z.number().int().min(0).max(10_000)).max(10_000),
  /** Agenda items during which allies take part only by listening, set from a check-in prompt. Added after the first backups. */
  alliesListening: z.array(id).max(500).default([]),
});

// ---- What the summary prints --------------------------------------------

const summaryChoicesSchema = z.strictObject({
  notes: z.boolean(),
  checkIns: z.boolean(),
  reflections: z.boolean(),
  actions: z.boolean(),
  followUps: z.boolean(),
  /** Agenda items whose content marks their records private, put in by the facilitator all the same. */
  includedPrivateItems: z.array(id).max(500),
});

/** What the facilitator last chose for a session's summary, kept with the session. */
const summarySettingsSchema = z.strictObject({ choices: summaryChoicesSchema, paper: z.enum(PAPER_SIZES) });

// ---- The session and its agenda -----------------------------------------

export const sessionSchema = z.strictObject({
  id,
  title: shortText,
  /** Local date and time the session is planned for, "YYYY-MM-DDTHH:mm", or null if not yet set. */
  scheduledFor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, ruleMessage({ kind: 'notDateTime' }))
    .nullable(),
  /** How long the group has, in minutes, or null if not yet known. */
  availableMinutes: minutes.nullable(),
  mode: z.enum(SESSION_MODES),
  status: z.enum(SESSION_STATUSES),
  /** The template it was created from, if any. */
  templateId: contentKey.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Where a run of this session stands; absent until it is first run. */
  run: runStateSchema.exactOptional(),
  /** What the facilitator last chose to print in the summary; absent until they choose. */
  summary: summarySettingsSchema.exactOptional(),
  /**
   * A local date, "YYYY-MM-DD": the session is deleted the first time the app
   * runs on a later day (domain/sessions/retention.ts). Absent or null: kept
   * until deleted by hand.
   */
  deleteAfter: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, ruleMessage({ kind: 'notDate' }))
    .nullable()
    .exactOptional(),
  /**
   * The language the participants are shown the session in (display,
   * hand-around, phone page, printed summary). Absent or null: the app's
   * language on the device showing it. Added in backup version 6.
   */
  participantLanguage: z.enum(PARTICIPANT_LANGUAGES).nullable().exactOptional(),
});

const exerciseStepSchema = z.strictObject({ title: shortText, minutes, script: longText, prompt: longText.exactOptional() });

/**
 * The exercise as it was when it was planned. An old session reads the same
 * after the library changes: its agenda keeps this copy, not a reference.
 */
const exerciseSnapshotSchema = z.strictObject({
  id: contentKey,
  version: z.number().int().positive(),
  title: shortText,
  durationMinutes: minutes,
  audience: z.array(z.enum(AUDIENCE_IDS)).max(10),
  captures: z.array(z.enum(Object.keys(RECORDABLE_CAPTURES) as [RecordableCapture, ...RecordableCapture[]])).max(10),
  /** Absent in sessions planned before the content said; read as private, so nothing is printed by surprise. */
  summarySharing: z.enum(SUMMARY_SHARING).exactOptional(),
  /** Present when the exercise needs an experienced facilitator: why, for a self-guided group. */
  needsFacilitatorBecause: shortText.exactOptional(),
  steps: z.array(exerciseStepSchema).max(50),
  /**
   * A facilitator's own exercise carries its notes in the plan: it may be
   * edited or deleted later, and the run must still show its safety notes.
   * (A shipped exercise's notes come from the library, which ships with the app.)
   */
  safetyNotes: longText.exactOptional(),
  facilitatorNotes: longText.exactOptional(),
});

const itemBase = {
  id,
  sessionId: id,
  /** Sort key within the session; gaps are allowed. */
  position: z.number().finite(),
  plannedMinutes: minutes,
};

export const agendaItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemBase, kind: z.literal('exercise'), exercise: exerciseSnapshotSchema }),
  z.strictObject({ ...itemBase, kind: z.literal('break'), title: shortText }),
  z.strictObject({ ...itemBase, kind: z.literal('check-in'), title: shortText, instrumentIds: z.array(contentKey).max(10) }),
]);

/**
 * The facilitator's preparation note for one agenda item, under the item's
 * own id. Kept apart from the item so that typing a note writes one small
 * record and does not redraw the whole plan.
 */
export const prepNoteSchema = z.strictObject({ id, sessionId: id, text: longText, updatedAt: timestamp });

/** A note taken during one step of one agenda item. */
export const stepNoteSchema = z.strictObject({
  id,
  sessionId: id,
  agendaItemId: id,
  stepIndex: z.number().int().min(0).max(50),
  text: longText,
  updatedAt: timestamp,
});

// ---- Check-ins ------------------------------------------------------------

/**
 * One check-in round, as kept once it has closed: which instruments were
 * asked, how, and when. An open round lives in memory only (see
 * domain/check-ins/disclosure.ts): nothing of it is stored until it closes.
 */
export const checkInRoundSchema = z.strictObject({
  id,
  sessionId: id,
  agendaItemId: id.nullable(),
  instrumentIds: z.array(contentKey).max(10),
  /** A check-out is the closing round offered at the end of a session. */
  purpose: z.enum(ROUND_PURPOSES),
  /** How answers were collected. */
  method: z.enum(Object.keys(CHECK_IN_METHODS) as [CheckInMethod, ...CheckInMethod[]]),
  /** How many people took their turn on the device, passes included. */
  turns: count,
  /** How many asked for a change ("slow down, something needs to change"), with no track attached. Added in backup version 3. */
  changeRequests: count.default(0),
  /** 1 for the session's first round, and so on: rounds are ordered by this, not by the clock. */
  sequence: z.number().int().min(1).max(100_000),
  openedAt: timestamp,
  closedAt: timestamp,
});

/** One question's outcome: its average, to one decimal place as shown, or why it has none. */
export const itemResultSchema = z.discriminatedUnion('shown', [
  z.strictObject({
    itemId: contentKey,
    shown: z.literal(true),
    /** How many answered it: kept to apply the differencing rule to later rounds, never shown. */
    count: count.min(1),
    /** The average of scored answers in tenths (32 is 3.2), rounded half-up as shown. */
    meanTenths: z.number().int().min(-1_000).max(1_000),
  }),
  z.strictObject({
    itemId: contentKey,
    shown: z.literal(false),
    /** Fewer than the floor answered it; or its figures would differ from an earlier round's by fewer people than the floor. */
    why: z.enum(['too-few', 'compared']),
  }),
]);

/**
 * What a closed round keeps for one instrument: only what may be shown (see
 * domain/check-ins/disclosure.ts). Below the instrument's minimum group size,
 * only that fact. Never the answers' distribution. The id is
 * `${roundId}_${instrumentId}`.
 */
export const checkInResultSchema = z.discriminatedUnion('belowFloor', [
  z.strictObject({ id: z.string().max(200), sessionId: id, roundId: id, instrumentId: contentKey, belowFloor: z.literal(true) }),
  z.strictObject({
    id: z.string().max(200),
    sessionId: id,
    roundId: id,
    instrumentId: contentKey,
    belowFloor: z.literal(false),
    /** Kept to apply the differencing rule and to show a band ("10 to 19 people"); never shown exactly. */
    respondents: count.min(1),
    /** The track's average over the items shown or compared, in tenths; null when no item had enough answers. */
    meanTenths: z.number().int().min(-1_000).max(1_000).nullable(),
    items: z.array(itemResultSchema).max(50),
  }),
]);

// ---- What the group keeps -------------------------------------------------

const reflectionFields = { id, sessionId: id, agendaItemId: id, updatedAt: timestamp };

/** Structured reflection captured for an exercise: a shared-structures map, or groups' timelines. */
export const reflectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...reflectionFields, kind: z.literal('structures-map'), data: structuresMapSchema }),
  z.strictObject({ ...reflectionFields, kind: z.literal('timelines'), data: timelinesSchema }),
]);

/** An action the group agreed. Who takes it on is the group's to write, or not. */
export const agreedActionSchema = z.strictObject({ id, sessionId: id, agendaItemId: id.nullable(), text: longText, createdAt: timestamp });

// ---- A whole session ------------------------------------------------------

/**
 * Every table that holds a session's records, with the most a backup may
 * hold of each. The database, deletes, duplicates and backups all take
 * their list of tables from here.
 */
export const sessionRecordSchemas = {
  agendaItems: z.array(agendaItemSchema).max(500),
  prepNotes: z.array(prepNoteSchema).max(500),
  stepNotes: z.array(stepNoteSchema).max(20_000),
  checkInRounds: z.array(checkInRoundSchema).max(500),
  checkInResults: z.array(checkInResultSchema).max(5_000),
  reflections: z.array(reflectionSchema).max(500),
  agreedActions: z.array(agreedActionSchema).max(5_000),
};

/** A session with everything it owns: what backups hold, and what the summary and the session record read. */
export const sessionBundleSchema = z.strictObject({ session: sessionSchema, ...sessionRecordSchemas });

export type StepTimer = z.infer<typeof stepTimerSchema>;
export type RunState = z.infer<typeof runStateSchema>;
export type StepRecord = RunState['records'][number];
export type RunEvent = RunState['events'][number];
export type Airtime = RunState['airtime'];
export type SummaryChoices = z.infer<typeof summaryChoicesSchema>;
export type SummarySettings = z.infer<typeof summarySettingsSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type ExerciseSnapshot = z.infer<typeof exerciseSnapshotSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type ExerciseAgendaItem = Extract<AgendaItem, { kind: 'exercise' }>;
export type BreakAgendaItem = Extract<AgendaItem, { kind: 'break' }>;
export type CheckInAgendaItem = Extract<AgendaItem, { kind: 'check-in' }>;
export type PrepNote = z.infer<typeof prepNoteSchema>;
export type StepNote = z.infer<typeof stepNoteSchema>;
export type CheckInRound = z.infer<typeof checkInRoundSchema>;
export type CheckInResult = z.infer<typeof checkInResultSchema>;
export type ItemResult = z.infer<typeof itemResultSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type ReflectionKind = Reflection['kind'];
export type AgreedAction = z.infer<typeof agreedActionSchema>;
export type SessionBundle = z.infer<typeof sessionBundleSchema>;
export type SessionTableName = keyof typeof sessionRecordSchemas;
