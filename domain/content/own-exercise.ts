import { z } from 'zod';
import { fieldProblem, type FieldProblem } from './content-problems.ts';
import { checkExerciseDocument } from './exercise-file.ts';
import { documentToMarkdown } from './exercise-markdown.ts';
import { checkExerciseRules, exerciseFields, type Exercise } from './exercise-schema.ts';
import { OWN_EXERCISE_ID_PREFIX, OWN_EXERCISE_LIMITS } from './own-exercise-limits.ts';
import { plainIssue, ruleMessage, type LimitedList, type OwnDocument } from './plain-messages.ts';
import { contentId, contentVersion, text, type Source } from './schema-primitives.ts';

// A facilitator's own exercise: the shipped schema and its rules (the same
// exerciseFields and checkExerciseRules, checked by the same per-file
// validator as `npm run content:check`), plus where it came from, an id that
// cannot be a shipped one, and hard limits for files from elsewhere.

export { OWN_EXERCISE_ID_PREFIX, OWN_EXERCISE_LIMITS, sharedFileName } from './own-exercise-limits.ts';

export const exerciseOriginSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('written') }).describe('Written by a facilitator in the app.'),
  z
    .strictObject({
      kind: z.literal('adapted'),
      exercise: contentId.describe('The id of the shipped exercise it was adapted from.'),
      version: contentVersion.describe('The version of that exercise when it was adapted.'),
      title: text.max(120).describe('Its title then, so the note still reads if the library changes.'),
    })
    .describe('Adapted from a shipped exercise, keeping its sources.'),
]);

export type ExerciseOrigin = z.infer<typeof exerciseOriginSchema>;

const { fileBytes, steps: maxSteps, sources: maxSources, bodyCharacters, idCharacters } = OWN_EXERCISE_LIMITS;

/** The id of a facilitator's own exercise or template (`document`): the prefix, so it can never be taken for a shipped one. */
export const ownContentId = (document: OwnDocument) =>
  contentId
    .max(idCharacters, ruleMessage({ kind: 'tooLong', max: idCharacters }))
    .refine((id) => id.startsWith(OWN_EXERCISE_ID_PREFIX), ruleMessage({ kind: 'ownId', document, prefix: OWN_EXERCISE_ID_PREFIX }));

const ownExerciseId = ownContentId('exercise');

const ownExerciseFields = exerciseFields.extend({
  id: ownExerciseId,
  steps: exerciseFields.shape.steps.max(maxSteps, ruleMessage({ kind: 'moreThanLimit', list: 'steps', max: maxSteps })),
  sources: exerciseFields.shape.sources.max(maxSources, ruleMessage({ kind: 'moreThanLimit', list: 'sources', max: maxSources })),
  origin: exerciseOriginSchema,
});

/**
 * Refuses a list too long to be worth checking item by item before the
 * schema looks at it, so a file with thousands of steps (or agenda items)
 * gets one message, not one per item. `document` says what holds the lists.
 */
export function refuseLongLists(document: OwnDocument, lists: readonly (readonly [key: string, limit: number, list: LimitedList])[]) {
  return z.unknown().superRefine((data, ctx) => {
    if (typeof data !== 'object' || data === null) return;
    for (const [key, max, kind] of lists) {
      const list = (data as Record<string, unknown>)[key];
      if (Array.isArray(list) && list.length > max)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          ...plainIssue({ kind: 'overLimit', list: kind, document, found: list.length, max }),
          continue: false,
        });
    }
  });
}

const notTooMany = refuseLongLists('exercise', [
  ['steps', maxSteps, 'steps'],
  ['sources', maxSources, 'sources'],
]);

export const ownExerciseFrontMatterSchema = notTooMany.pipe(ownExerciseFields.superRefine(checkExerciseRules));

export type OwnExerciseFrontMatter = z.infer<typeof ownExerciseFields>;

/** A facilitator's own exercise: an exercise with an own id and a note of where it came from. */
export interface OwnExercise extends Exercise, OwnExerciseFrontMatter {
  body: string;
}

export type OwnExerciseCheck = { ok: true; exercise: OwnExercise } | { ok: false; problems: FieldProblem[] };

/**
 * Checks the text of an own exercise's Markdown file, from the editor or
 * from a file someone shared: size first, before any parsing, then the
 * content check's per-file validator with the own-exercise schema.
 */
export function ownExerciseFromMarkdown(source: string): OwnExerciseCheck {
  // UTF-8 takes at least one byte per UTF-16 unit, so a text longer than the
  // limit in units is over it in bytes without encoding it.
  const bytes = source.length > fileBytes ? source.length : new TextEncoder().encode(source).length;
  if (bytes > fileBytes)
    return { ok: false, problems: [fieldProblem('', { kind: 'fileTooLarge', document: 'exercise', bytes, maxBytes: fileBytes })] };
  const { data, body, problems } = checkExerciseDocument(source, ownExerciseFrontMatterSchema);
  if (body.length > bodyCharacters) problems.push(fieldProblem('body', { kind: 'tooLong', max: bodyCharacters }));
  if (!data || problems.length > 0) return { ok: false, problems };
  return { ok: true, exercise: { ...data, body } };
}

/**
 * Checks an exercise as the editor holds it, fields possibly missing or
 * wrong: it is written out as the file it would be exported as, and that
 * file is checked, so what the editor accepts is exactly what an import of
 * its export accepts.
 */
export function checkOwnExerciseDraft(draft: { body: string } & Readonly<Record<string, unknown>>): OwnExerciseCheck {
  return ownExerciseFromMarkdown(documentToMarkdown(draft));
}

/** An own exercise as a Markdown file in the format of content/exercises/*.md, origin included. */
export function ownExerciseToMarkdown(exercise: OwnExercise): string {
  return documentToMarkdown({ ...exercise });
}

const ID_ALPHABET = 'abcdefghjkmnpqrstvwxyz0123456789'; // 32 letters and digits: one byte's low five bits pick one

/**
 * An id for a new own exercise or template: the prefix and twelve random
 * letters and digits. Not made from the title: ids stay in the clear in
 * storage even with the vault on, so an id must say nothing of what the
 * exercise is about.
 */
export function newOwnId(taken: ReadonlySet<string>, randomBytes: (count: number) => Uint8Array = (count) => crypto.getRandomValues(new Uint8Array(count))): string {
  for (;;) {
    const id = OWN_EXERCISE_ID_PREFIX + [...randomBytes(12)].map((byte) => ID_ALPHABET[byte & 31]).join('');
    if (!taken.has(id)) return id;
  }
}

/** A copy of a shipped exercise to adapt: everything kept, sources included, with a note of what it came from. */
export function adaptExercise(shipped: Exercise, taken: ReadonlySet<string>): OwnExercise {
  return {
    ...(JSON.parse(JSON.stringify(shipped)) as Exercise),
    id: newOwnId(taken),
    version: 1,
    origin: { kind: 'adapted', exercise: shipped.id, version: shipped.version, title: shipped.title },
  };
}

const sourceKey = (source: Source) => (source.doi ? `doi:${source.doi.toLowerCase()}` : `title:${source.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`);

/**
 * The checks that need the shipped library: an own id never equals a shipped
 * one, and an adapted exercise still cites every source of the exercise it
 * was adapted from (when that exercise is still in the library).
 */
export function checkOwnExerciseAgainstLibrary(exercise: OwnExercise, shipped: readonly Exercise[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (shipped.some((candidate) => candidate.id === exercise.id)) problems.push(fieldProblem('id', { kind: 'shippedId', id: exercise.id }));
  if (exercise.origin.kind === 'adapted') {
    const { exercise: originalId } = exercise.origin;
    const original = shipped.find((candidate) => candidate.id === originalId);
    const kept = new Set(exercise.sources.map(sourceKey));
    for (const source of original?.sources ?? [])
      if (!kept.has(sourceKey(source)))
        problems.push(fieldProblem('sources', { kind: 'leavesOutSource', authors: source.authors, year: source.year, title: original!.title }));
  }
  return problems;
}

/** An own exercise as stored and as backed up: the text of its Markdown file (one source of truth for the database and the backup format). */
/** A stored own exercise or template: the text of its file, up to `fileBytes`. */
export const ownRecordSchema = (fileBytes: number) =>
  z.strictObject({
    id: z.string().min(1).max(OWN_EXERCISE_LIMITS.idCharacters),
    markdown: z.string().max(fileBytes),
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
  });

export const ownExerciseRecordSchema = ownRecordSchema(OWN_EXERCISE_LIMITS.fileBytes);

export type OwnExerciseRecord = z.infer<typeof ownExerciseRecordSchema>;

/** What is wrong with a stored or backed-up own exercise; null when its file passes the checks under its own id. */
export function ownExerciseRecordProblem(record: OwnExerciseRecord): readonly FieldProblem[] | null {
  const checked = ownExerciseFromMarkdown(record.markdown);
  if (!checked.ok) return checked.problems;
  return checked.exercise.id === record.id ? null : [fieldProblem('', { kind: 'namedOtherwise', named: checked.exercise.id, recorded: record.id })];
}
