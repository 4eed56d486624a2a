import { z } from 'zod';
import type { CheckInInstrument } from '../content/check-in-schema.ts';
import type { FieldProblem } from '../content/content-problems.ts';
import { plainIssue, plainOfIssue, ruleMessage, type PlainMessage } from '../content/plain-messages.ts';
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
    counts: z.record(contentKey, z.record(z.string().regex(/^-?\d{1,2}$/, ruleMessage({ kind: 'notScaleValue' })), count)),
  })
  .superRefine((tally, ctx) => {
    for (const [itemId, values] of Object.entries(tally.counts)) {
      const answers = Object.values(values).reduce((sum, n) => sum + n, 0);
      if (answers > tally.respondents)
        ctx.addIssue({
          code: 'custom',
          path: ['counts', itemId],
          ...plainIssue(
            tally.respondents === 0
              ? { kind: 'answersWithoutRespondents' }
              : { kind: 'tooManyAnswers', answers, respondents: tally.respondents },
          ),
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
  if (strays.length > 0) throw new InconsistentBackup('inconsistent-strays');
  if (misfiled.length > 0) throw new InconsistentBackup('inconsistent-misfiled');
  return { ...rest, checkInRounds: rounds, checkInResults: results };
}

/** A session of an older backup whose check-in answers do not fit its rounds; which session is added by the caller. */
class InconsistentBackup extends Error {
  constructor(readonly kind: 'inconsistent-strays' | 'inconsistent-misfiled') {
    super(kind);
  }
}

const ENVELOPE_KEYS = ['format', 'version', 'exportedAt', 'sessions', 'ownExercises', 'ownTemplates'];

/** Just enough to tell a backup, and its version, from any other file. */
const envelopeSchema = z.looseObject({ format: z.literal(BACKUP_FORMAT), version: z.number().int() });

const envelopeFields = { format: z.literal(BACKUP_FORMAT), exportedAt: timestamp };

/** A backup of everything since version 5: sessions, and the facilitator's own exercises and templates. */
const everythingFields = {
  ...envelopeFields,
  sessions: z.array(sessionBundleSchema).max(10_000),
  ownExercises: z.array(ownExerciseRecordSchema).max(1_000),
  ownTemplates: z.array(ownTemplateRecordSchema).max(1_000),
};

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
  5: z.strictObject({ ...everythingFields, version: z.literal(5) }),
  // The same fields: a session may now name its participants' language (stored-records.ts).
  6: z.strictObject({ ...everythingFields, version: z.literal(6) }),
} as const;

/**
 * Where a file breaks the format, for the person restoring it: the path of
 * the field (null for the file as a whole) and what is wrong there, as a
 * kind and values the app says in its language, with the content check's
 * words (domain/content/plain-messages.ts).
 */
export interface FieldIssue {
  at: string | null;
  plain: PlainMessage;
}

export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  return { at: issue.path.join('.') || null, plain: plainOfIssue(issue) };
}

/** What stops a stored session from going into a backup as it is; null when it fits. */
export function bundleProblem(bundle: SessionBundle): FieldIssue | null {
  const checked = sessionBundleSchema.safeParse(bundle);
  return checked.success ? null : fieldIssue(checked.error.issues[0]!);
}

/** In which session of the file (counted from 1, with its title) something does not fit. */
interface InSession {
  session: number;
  title: string;
}

/**
 * Why a backup is refused, as a kind and its values: the renderer says it in
 * the app's language (renderer/src/data/backup-problems.ts and the storage
 * catalog). Nothing of the file is written when there is one.
 */
export type BackupProblem =
  | { kind: 'too-large' }
  | { kind: 'not-complete' }
  | { kind: 'not-a-backup' }
  | { kind: 'hostile-key'; key: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'newer-fields'; fields: string[] }
  | { kind: 'unreadable-version'; version: number }
  | ({ kind: 'damaged' } & FieldIssue)
  | ({ kind: 'inconsistent-strays' | 'inconsistent-misfiled' | 'inconsistent-prep-notes' | 'inconsistent-other-session' } & InSession)
  | ({ kind: 'inconsistent-missing-item' } & InSession)
  | ({ kind: 'inconsistent-id-twice'; id: string } & InSession)
  | { kind: 'inconsistent-own-twice'; record: 'exercise' | 'template' }
  | { kind: 'own-record-fails'; record: 'exercise' | 'template'; id: string; problems: readonly FieldProblem[] };

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

function refuse(problem: BackupProblem): BackupParseResult {
  return { ok: false, problem };
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
function referenceProblem(backup: Backup): BackupProblem | null {
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
    const where: InSession = { session: index + 1, title: bundle.session.title };
    if (!unique('sessions', bundle.session.id)) return { kind: 'inconsistent-id-twice', id: bundle.session.id, ...where };
    const itemIds = new Set(bundle.agendaItems.map((item) => item.id));
    const rounds = new Map(bundle.checkInRounds.map((round) => [round.id, round]));
    for (const table of SESSION_TABLE_NAMES) {
      for (const record of bundle[table]) {
        if (!unique(table, record.id))
          return table === 'prepNotes'
            ? { kind: 'inconsistent-prep-notes', ...where }
            : { kind: 'inconsistent-id-twice', id: record.id, ...where };
        const refs = referencesOf(table, record);
        if (refs.sessions.some((sessionId) => sessionId !== bundle.session.id)) return { kind: 'inconsistent-other-session', ...where };
        if (refs.items.some((ref) => (ref.itemId === null ? !ref.optional : !itemIds.has(ref.itemId))))
          return { kind: 'inconsistent-missing-item', ...where };
        if (refs.rounds.some((roundId) => !rounds.has(roundId))) return { kind: 'inconsistent-strays', ...where };
      }
    }
    if (bundle.checkInResults.some((result) => !rounds.get(result.roundId)?.instrumentIds.includes(result.instrumentId)))
      return { kind: 'inconsistent-strays', ...where };
    if (bundle.checkInResults.some((result) => result.id !== checkInResultId(result.roundId, result.instrumentId)))
      return { kind: 'inconsistent-misfiled', ...where };
  }
  return null;
}

/** An older session's inconsistency, with the session it was found in. */
class InconsistentSession extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.kind);
  }
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
 * otherwise what is wrong, as a kind and its values. Check-ins from older
 * versions are carried forward with this version's instruments.
 */
export function parseBackup(text: string, findInstrument: FindInstrument): BackupParseResult {
  if (text.length > MAX_BACKUP_BYTES) return refuse({ kind: 'too-large' });
  let raw: unknown;
  try {
    raw = JSON.parse(text, rejectHostileKeys);
  } catch (error) {
    if (error instanceof HostileKeyError) return refuse({ kind: 'hostile-key', key: error.key });
    return refuse({ kind: 'not-complete' });
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return refuse({ kind: 'not-a-backup' });
  const { version } = envelope.data;
  const unknownFields = Object.keys(envelope.data).filter((key) => !ENVELOPE_KEYS.includes(key));
  if (version > BACKUP_VERSION) return refuse({ kind: 'newer-version', version });
  if (unknownFields.length > 0) return refuse({ kind: 'newer-fields', fields: unknownFields });
  if (version !== 1 && version !== 2 && version !== 3 && version !== 4 && version !== 5 && version !== 6)
    return refuse({ kind: 'unreadable-version', version });
  const parsed = backupSchemas[version].safeParse(raw);
  if (!parsed.success) return refuse({ kind: 'damaged', ...fieldIssue(parsed.error.issues[0]!) });
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
                throw new InconsistentSession({ kind: error.kind, session: index + 1, title: bundle.session.title });
              throw error;
            }
          });
  } catch (error) {
    if (error instanceof InconsistentSession) return refuse(error.problem);
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
  return problem ? refuse(problem) : { ok: true, backup };
}

/** The first thing wrong with a backup's own exercises or templates; null when each passes and no id is used twice. */
function ownRecordsProblem<R extends { id: string }>(
  records: readonly R[],
  problemOf: (record: R) => readonly FieldProblem[] | null,
  record: 'exercise' | 'template',
): BackupProblem | null {
  for (const item of records) {
    const problems = problemOf(item);
    if (problems) return { kind: 'own-record-fails', record, id: item.id, problems };
  }
  if (new Set(records.map(({ id }) => id)).size !== records.length) return { kind: 'inconsistent-own-twice', record };
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
