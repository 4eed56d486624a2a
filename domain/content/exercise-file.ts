import type { z } from 'zod';
import { authorSurnames } from './citations.ts';
import { fieldProblem, type FieldProblem } from './content-problems.ts';
import { exerciseFrontMatterSchema, type Exercise, type ExerciseFrontMatter } from './exercise-schema.ts';
import { checkContentText, type DocumentCheck } from './parse-content-files.ts';
import type { Source } from './schema-primitives.ts';

// The one validator of a single exercise file. `npm run content:check` (via
// loadContent) and a facilitator's own exercises (own-exercise.ts) both go
// through checkExerciseDocument, so the two cannot drift apart.
//
// Per file, here: front matter present and valid YAML without tags or
// aliases; the schema (every field, safety notes, recording.whoSees when
// anything is recorded, no forbidden captures, selfIdentification for
// identity-defined groups, a facilitator's reason, sources with year, title
// and venue, steps that add up to durationMinutes); a non-empty body; and no
// script or prompt naming an author of a source not checked against its full
// text.
//
// Library-wide, in loadContent: the id matches the file name and is unique
// in the folder; a source cited in several files is written the same way in
// each ("one citation per paper"); templates name exercises and check-ins
// that exist, add up and take breaks; and no shipped id uses the own-
// exercise prefix.

export type ExerciseCheck = { ok: true; exercise: Exercise } | { ok: false; problems: FieldProblem[] };

/**
 * Checks one exercise's Markdown text against `schema` (the shipped schema
 * unless an extension of it is given) and the per-file rules above.
 */
export function checkExerciseDocument<T extends ExerciseFrontMatter>(text: string, schema: z.ZodType<T>): DocumentCheck<T> {
  const checked = checkContentText(text, schema);
  if (checked.data) checked.problems.push(...readAloudProblems(checked.data));
  return checked;
}

/** A shipped-format exercise file, parsed and checked; `problems` name their fields in plain words. */
export function validateExerciseText(text: string): ExerciseCheck {
  const { data, body, problems } = checkExerciseDocument(text, exerciseFrontMatterSchema);
  if (!data || problems.length > 0) return { ok: false, problems };
  return { ok: true, exercise: { ...data, body } };
}

/**
 * Read-aloud text (a step's script and what participants see) may not name
 * the authors of a source not yet checked against its full text: a claim
 * heard in the room sounds settled, whatever the notes say.
 */
function readAloudProblems(document: { steps: readonly { script: string; prompt?: string | undefined }[]; sources: readonly Source[] }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const unverified = document.sources.filter((source) => !source.checkedAgainstFullText);
  const names = unverified.flatMap((source) => authorSurnames(source.authors).map((name) => ({ name, source })));
  document.steps.forEach((step, index) => {
    for (const [field, text] of [['script', step.script], ['prompt', step.prompt]] as const) {
      if (!text) continue;
      const named = names.find(({ name }) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}([^\\p{L}]|$)`, 'u').test(text));
      if (named) problems.push(fieldProblem(`steps[${index}].${field}`, { kind: 'namesUncheckedSource', name: named.name, year: named.source.year }));
    }
  });
  return problems;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
