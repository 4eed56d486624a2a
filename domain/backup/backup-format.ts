import { z } from 'zod';
import type { CheckInInstrument } from '../content/check-in-schema.ts';
import { ownExerciseRecordProblem, ownExerciseRecordSchema, type OwnExerciseRecord } from '../content/own-exercise.ts';
import { ownTemplateRecordProblem, ownTemplateRecordSchema, type OwnTemplateRecord } from '../content/own-template.ts';
import { closeTalliedRounds, talliesFromAnswerSets, upgradeLegacyRounds, type TalliedRound } from '../check-ins/legacy-check-ins.ts';
import { SESSION_TABLE_NAMES, referencesOf } from '../sessions/session-references.ts';
import { checkInResultId } from '../sessions/session-model.ts';
import { checkInRoundSchema, sessionBundleSchema, storedPrimitives, type SessionBundle } from '../sessions/stored-records.ts';

// The backup file: versioned JSON holding whole sessions. Everything in it is
// checked before anything is written (shape, version, sizes, references),
// because a backup may be truncated, from a newer app, or crafted to harm.
// The shape of each session is the stored shape itself (stored-records.ts).

export const BACKUP_FORMAT = 'common-ground-backup';
/**
 * Version 3 keeps of each check-in round only what may be shown (no counts,
 * nothing below the floor); versions 1 and 2 are carried forward on reading,
 * their rounds closed as a round closes now. Version 4 adds the
 * facilitator's own exercises (each its Markdown file's text), in a backup
 * of everything; earlier versions hold none. Version 5 adds their own
 * workshop templates, the same way. Version 6 lets a session name the
 * language its participants are shown it in (participantLanguage): an older
 * app would refuse that field, so it says instead that the file is newer.
 */
export const BACKUP_VERSION = 6;
/** Larger files are refused before they are read into memory. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type { SessionBundle };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  sessions: SessionBundle[];
  ownExercises: OwnExerciseRecord[];
  ownTemplates: OwnTemplateRecord[];
}

/** What a backup of everything holds besides sessions: the facilitator's own exercises and templates. */
export interface OwnLibraryRecords {
  exercises: readonly OwnExerciseRecord[];
  templates: readonly OwnTemplateRecord[];
}

/** The check-in instruments of this version of the app, to carry older check-ins forward. */
export type FindInstrument = (id: string) => CheckInInstrument | undefined;

const { id, contentKey, timestamp, count } = storedPrimitives;

/** A round as version 2 kept it: open rounds included, no change requests. */
const talliedRoundSchema = checkInRoundSchema.omit({ changeRequests: true, closedAt: true }).extend({ closedAt: timestamp.nullable() });

/** A round's counts as version 2 kept them; every answer from a respondent. */
const legacyTallySchema = z
  .strictObject({
    id: z.string().max(200),
    sessionId: id,
    roundId: id,
    instrumentId: contentKey,
    respondents: count,
    counts: z.record(contentKey, z.record(z.string().regex(/^-?\d{1,2}$/, 'is not a scale value'), count)),
  })
  .superRefine((tally, ctx) => {
    for (const [itemId, values] of Object.entries(tally.counts)) {
      const answers = Object.values(values).reduce((sum, n) => sum + n, 0);
      if (answers > tally.respondents)
        ctx.addIssue({
          code: 'custom',
          path: ['counts', itemId],
          message:
            tally.respondents === 0
              ? 'holds answers although nobody answered'
              : `holds ${answers} answers from ${tally.respondents} people`,
        });
    }
  });

const bundleSchemaV2 = sessionBundleSchema.omit({ checkInRounds: true, checkInResults: true }).extend({
  checkInRounds: z.array(talliedRoundSchema).max(500),
  checkInTallies: z.array(legacyTallySchema).max(5_000),
});

/** Version 1 kept one anonymous answer set per person; they are added into tallies on reading. */
const bundleSchemaV1 = sessionBundleSchema.omit({ checkInRounds: true, checkInResults: true }).extend({
  checkInRounds: z.array(talliedRoundSchema.omit({ purpose: true, method: true, turns: true, sequence: true })).max(500),
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

type BundleV2 = z.infer<typeof bundleSchemaV2>;

function upgradeBundleV1(bundle: z.infer<typeof bundleSchemaV1>): BundleV2 {
  const { checkInResponses, checkInRounds, ...rest } = bundle;
  return { ...rest, checkInRounds: upgradeLegacyRounds(checkInRounds), checkInTallies: talliesFromAnswerSets(checkInResponses) };
}

function upgradeBundleV2(bundle: BundleV2, findInstrument: FindInstrument, exportedAt: number): SessionBundle {
  const { checkInRounds, checkInTallies, ...rest } = bundle;
  // A tally that points at no round of the file is refused below, as before; here it is simply not carried.
  const { rounds, results } = closeTalliedRounds(checkInRounds as TalliedRound[], checkInTallies, findInstrument, exportedAt);
  const strays = checkInTallies.filter(
    (tally) => !checkInRounds.some((round) => round.id === tally.roundId && round.instrumentIds.includes(tally.instrumentId)),
  );
  const misfiled = checkInTallies.filter((tally) => tally.id !== checkInResultId(tally.roundId, tally.instrumentId));
  if (strays.length > 0) throw new InconsistentBackup('check-in answers point at a round or instrument that is not in the file.');
  if (misfiled.length > 0) throw new InconsistentBackup('check-in answers are filed under the wrong id.');
  return { ...rest, checkInRounds: rounds, checkInResults: results };
}

class InconsistentBackup extends Error {}

const ENVELOPE_KEYS = ['format', 'version', 'exportedAt', 'sessions', 'ownExercises', 'ownTemplates'];

/** Just enough to tell a backup, and its version, from any other file. */
const envelopeSchema = z.looseObject({ format: z.literal(BACKUP_FORMAT), version: z.number().int() });

const envelopeFields = { format: z.literal(BACKUP_FORMAT), exportedAt: timestamp };

const backupSchemas = {
  1: z.strictObject({ ...envelopeFields, version: z.literal(1), sessions: z.array(bundleSchemaV1).max(10_000) }),
  2: z.strictObject({ ...envelopeFields, version: z.literal(2), sessions: z.array(bundleSchemaV2).max(10_000) }),
  3: z.strictObject({ ...envelopeFields, version: z.literal(3), sessions: z.array(sessionBundleSchema).max(10_000) }),
  4: z.strictObject({
    ...envelopeFields,
    version: z.literal(4),
    sessions: z.array(sessionBundleSchema).max(10_000),
    ownExercises: z.array(ownExerciseRecordSchema).max(1_000),
  }),
  5: z.strictObject({
    ...envelopeFields,
    version: z.literal(5),
    sessions: z.array(sessionBundleSchema).max(10_000),
    ownExercises: z.array(ownExerciseRecordSchema).max(1_000),
    ownTemplates: z.array(ownTemplateRecordSchema).max(1_000),
  }),
  6: z.strictObject({
    ...envelopeFields,
    version: z.literal(6),
    sessions: z.array(sessionBundleSchema).max(10_000),
    ownExercises: z.array(ownExerciseRecordSchema).max(1_000),
    ownTemplates: z.array(ownTemplateRecordSchema).max(1_000),
  }),
} as const;

/** What stops a stored session from going into a backup as it is, in words; null when it fits. */
export function bundleProblem(bundle: SessionBundle): string | null {
  const checked = sessionBundleSchema.safeParse(bundle);
  if (checked.success) return null;
  const issue = checked.error.issues[0]!;
  return `at ${issue.path.join('.') || 'the top level'}, ${issue.message.toLowerCase()}`;
}

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; message: string };

function refuse(message: string): BackupParseResult {
  return { ok: false, message };
}

/**
 * Versions up to 0.1.0 could remove an agenda item and leave a check-in
 * round pointing at it. A round's results stand on their own, so such a
 * round is read as belonging to no item, as the app now does when an item
 * is removed, rather than refusing the whole backup.
 */
function detachRoundsFromMissingItems(bundle: SessionBundle): SessionBundle {
  const itemIds = new Set(bundle.agendaItems.map((item) => item.id));
  if (bundle.checkInRounds.every((round) => round.agendaItemId === null || itemIds.has(round.agendaItemId))) return bundle;
  return {
    ...bundle,
    checkInRounds: bundle.checkInRounds.map((round) =>
      round.agendaItemId === null || itemIds.has(round.agendaItemId) ? round : { ...round, agendaItemId: null },
    ),
  };
}

/**
 * Ids are unique in each table across the whole file (they are the
 * database's keys), every record belongs to its bundle's session, and every
 * reference points at a record in the file.
 */
function referenceProblem(backup: Backup): string | null {
  const seen = new Map<string, Set<string>>([
    ['sessions', new Set()],
    ...SESSION_TABLE_NAMES.map((table) => [table, new Set<string>()] as const),
  ]);
  const unique = (table: string, recordId: string) => {
    const ids = seen.get(table)!;
    if (ids.has(recordId)) return false;
    ids.add(recordId);
    return true;
  };
  for (const [index, bundle] of backup.sessions.entries()) {
    const where = `session ${index + 1} (“${bundle.session.title}”)`;
    if (!unique('sessions', bundle.session.id)) return `In ${where}, the id “${bundle.session.id}” is used twice.`;
    const itemIds = new Set(bundle.agendaItems.map((item) => item.id));
    const rounds = new Map(bundle.checkInRounds.map((round) => [round.id, round]));
    for (const table of SESSION_TABLE_NAMES) {
      for (const record of bundle[table]) {
        if (!unique(table, record.id))
          return table === 'prepNotes'
            ? `In ${where}, an agenda item has two preparation notes.`
            : `In ${where}, the id “${record.id}” is used twice.`;
        const refs = referencesOf(table, record);
        if (refs.sessions.some((sessionId) => sessionId !== bundle.session.id))
          return `In ${where}, some records belong to a different session.`;
        if (refs.items.some((ref) => (ref.itemId === null ? !ref.optional : !itemIds.has(ref.itemId))))
          return `In ${where}, a note or record points at an agenda item that is not in the file.`;
        if (refs.rounds.some((roundId) => !rounds.has(roundId)))
          return `In ${where}, check-in answers point at a round or instrument that is not in the file.`;
      }
    }
    if (bundle.checkInResults.some((result) => !rounds.get(result.roundId)?.instrumentIds.includes(result.instrumentId)))
      return `In ${where}, check-in answers point at a round or instrument that is not in the file.`;
    if (bundle.checkInResults.some((result) => result.id !== checkInResultId(result.roundId, result.instrumentId)))
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
 * otherwise one plain sentence saying what is wrong. Check-ins from older
 * versions are carried forward with this version's instruments.
 */
export function parseBackup(text: string, findInstrument: FindInstrument): BackupParseResult {
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
  const { version } = envelope.data;
  const unknownFields = Object.keys(envelope.data).filter((key) => !ENVELOPE_KEYS.includes(key));
  if (version > BACKUP_VERSION || unknownFields.length > 0) {
    const which = version > BACKUP_VERSION ? `backup version ${version}` : `it holds ${unknownFields.map((key) => `“${key}”`).join(', ')}`;
    return refuse(`This backup was made by a newer version of Common Ground (${which}). Update the app, then restore it.`);
  }
  if (version !== 1 && version !== 2 && version !== 3 && version !== 4 && version !== 5 && version !== 6)
    return refuse(`This backup's version (${version}) is not one this app can read.`);
  const parsed = backupSchemas[version].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(
      `This backup is damaged or was changed by hand: at ${issue.path.join('.') || 'the top level'}, ${issue.message.toLowerCase()}.`,
    );
  }
  let sessions: SessionBundle[];
  try {
    const { exportedAt } = parsed.data;
    const older: BundleV2[] | null =
      parsed.data.version === 1 ? parsed.data.sessions.map(upgradeBundleV1) : parsed.data.version === 2 ? parsed.data.sessions : null;
    sessions =
      older === null
        ? (parsed.data.sessions as SessionBundle[])
        : older.map((bundle, index) => {
            try {
              return upgradeBundleV2(bundle, findInstrument, exportedAt);
            } catch (error) {
              if (error instanceof InconsistentBackup)
                throw new InconsistentBackup(`In session ${index + 1} (“${bundle.session.title}”), ${error.message}`);
              throw error;
            }
          });
  } catch (error) {
    if (error instanceof InconsistentBackup) return refuse(`This backup is inconsistent and was not restored. ${error.message}`);
    throw error;
  }
  const ownExercises = parsed.data.version >= 4 && 'ownExercises' in parsed.data ? parsed.data.ownExercises : [];
  const ownTemplates = parsed.data.version >= 5 && 'ownTemplates' in parsed.data ? parsed.data.ownTemplates : [];
  const ownProblem =
    ownRecordsProblem(ownExercises, ownExerciseRecordProblem, 'exercise') ??
    ownRecordsProblem(ownTemplates, ownTemplateRecordProblem, 'template');
  if (ownProblem) return refuse(ownProblem);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: parsed.data.exportedAt,
    sessions: sessions.map(detachRoundsFromMissingItems),
    ownExercises,
    ownTemplates,
  };
  const problem = referenceProblem(backup);
  return problem ? refuse(`This backup is inconsistent and was not restored. ${problem}`) : { ok: true, backup };
}

/** The first thing wrong with a backup's own exercises or templates, as the refusal says it; null when each passes and no id is used twice. */
function ownRecordsProblem<R extends { id: string }>(
  records: readonly R[],
  problemOf: (record: R) => string | null,
  noun: string,
): string | null {
  for (const record of records) {
    const problem = problemOf(record);
    if (problem)
      return `This backup is damaged or was changed by hand: the ${noun} “${record.id}” does not pass the content check (${problem}).`;
  }
  if (new Set(records.map((record) => record.id)).size !== records.length)
    return `This backup is inconsistent and was not restored. It holds two ${noun}s with the same id.`;
  return null;
}

export function serializeBackup(
  sessions: readonly SessionBundle[],
  exportedAt: number,
  own: OwnLibraryRecords = { exercises: [], templates: [] },
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    sessions: [...sessions],
    ownExercises: [...own.exercises],
    ownTemplates: [...own.templates],
  };
  return JSON.stringify(backup, null, 1);
}
