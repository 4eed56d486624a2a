import type { OwnExercise } from '../../../domain/content/own-exercise.ts';
import type { FieldProblem } from '../../../domain/content/content-problems.ts';
import type { CommonGroundDatabase, OwnExerciseRecord } from './database.ts';

export type { OwnExerciseRecord };
import { quoted, Refusal } from './errors.ts';
import type { Clock } from './session-repository.ts';

// A facilitator's own exercises. Each is kept as the text of its Markdown
// file, in the format of content/exercises, so what is stored, what is
// exported and what a text editor shows are one and the same; it is checked
// by the content check's own validator (domain/content/own-exercise.ts)
// before it is written and again when it is read. With the vault on, the
// text is sealed like a session's records, under the library's key.

/** An own exercise that does not pass the checks: nothing was written; each problem names its field. */
export class OwnExerciseRefusedError extends Refusal {
  constructor(readonly problems: readonly FieldProblem[]) {
    super({ key: 'refusal.own.exerciseFails', values: { problems: { problems } } });
  }
}

/** The validator (zod and a YAML reader) loads only when an own exercise is read or written. */
const validator = () => import('../../../domain/content/own-exercise.ts');

export function createOwnExerciseRepository(db: CommonGroundDatabase, clock: Clock) {
  async function read(record: OwnExerciseRecord): Promise<OwnExercise | null> {
    const checked = (await validator()).ownExerciseFromMarkdown(record.markdown);
    return checked.ok ? checked.exercise : null;
  }

  return {
    /** Every own exercise that passes the checks, by title. */
    async list(): Promise<OwnExercise[]> {
      const records = await db.ownExercises.toArray();
      if (records.length === 0) return []; // nothing to check: the validator's code is not fetched
      const exercises = (await Promise.all(records.map(read))).filter((exercise) => exercise !== null);
      return exercises.sort((a, b) => a.title.localeCompare(b.title));
    },

    async get(id: string): Promise<OwnExercise | undefined> {
      const record = await db.ownExercises.get(id);
      return (record && (await read(record))) ?? undefined;
    },

    /** The stored Markdown text, as a file to share. */
    markdownOf: async (id: string): Promise<string | undefined> => (await db.ownExercises.get(id))?.markdown,

    /** Checks an exercise and keeps it (new, or replacing the one of the same id); refused with every problem named, and nothing written. */
    async save(exercise: OwnExercise): Promise<void> {
      const { ownExerciseToMarkdown, ownExerciseFromMarkdown } = await validator();
      const markdown = ownExerciseToMarkdown(exercise);
      const checked = ownExerciseFromMarkdown(markdown);
      if (!checked.ok) throw new OwnExerciseRefusedError(checked.problems);
      const now = clock.now();
      await db.transaction('rw', db.ownExercises, async () => {
        const existing = await db.ownExercises.get(exercise.id);
        await db.ownExercises.put({ id: exercise.id, markdown, createdAt: existing?.createdAt ?? now, updatedAt: now });
      });
    },

    /** Keeps an exercise from a shared Markdown file, checked in full first; returns it. */
    async importMarkdown(markdown: string): Promise<OwnExercise> {
      const checked = (await validator()).ownExerciseFromMarkdown(markdown);
      if (!checked.ok) throw new OwnExerciseRefusedError(checked.problems);
      const now = clock.now();
      await db.transaction('rw', db.ownExercises, async () => {
        if (await db.ownExercises.get(checked.exercise.id))
          throw new Refusal({ key: 'refusal.own.exerciseKept', values: { id: quoted(checked.exercise.id) } });
        await db.ownExercises.add({ id: checked.exercise.id, markdown, createdAt: now, updatedAt: now });
      });
      return checked.exercise;
    },

    /** Deletes an own exercise. Sessions planned from it keep their own copy of it. */
    remove: (id: string): Promise<void> => db.ownExercises.delete(id),
  };
}

export type OwnExerciseRepository = ReturnType<typeof createOwnExerciseRepository>;
