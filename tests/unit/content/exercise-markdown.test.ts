import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseFromMarkdown, exerciseToMarkdown } from '../../../domain/content/exercise-markdown.ts';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import { ownExerciseFromMarkdown, ownExerciseToMarkdown, type OwnExercise } from '../../../domain/content/own-exercise.ts';
import { AUDIENCE_IDS, FRAMEWORK_IDS } from '../../../domain/content/vocabulary.ts';
import { shippedExercises } from '../../support/shipped-content.ts';

describe('an exercise as a Markdown file', () => {
  it('reads back as the same exercise, for every shipped exercise', async () => {
    const exercises = await shippedExercises();
    expect(exercises.length).toBeGreaterThan(20);
    for (const exercise of exercises) expect(exerciseFromMarkdown(exerciseToMarkdown(exercise))).toEqual({ ok: true, exercise });
  });

  it('is written in the format of content/exercises, front matter in the shipped order', async () => {
    const [exercise] = await shippedExercises();
    const text = exerciseToMarkdown(exercise!);
    expect(text).toMatch(new RegExp(`^---\\nid: ${exercise!.id}\\nversion: ${exercise!.version}\\ntitle: `));
    expect(text).toContain(`\n---\n\n${exercise!.body}\n`);
    expect(text.endsWith(`${exercise!.body}\n`)).toBe(true);
  });

  it('reads back as the same own exercise, for generated exercises', () => {
    // Text as a facilitator might type it: any characters, Markdown and YAML look-alikes included, trimmed as the schema trims.
    const words = fc
      .string({ minLength: 1, maxLength: 60, unit: fc.constantFrom('a', 'Z', ' ', '\n', '#', ':', '-', '---', '"', "'", '|', '>', '*', '[', ']', '{', '}', '&', '!', '%', '@', '`', 'é', '€', '😀', '\t', 'yes', 'null', '1.5', '<b>') })
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
    const step = fc.record({ title: words, minutes: fc.integer({ min: 1, max: 30 }), script: words, prompt: fc.option(words, { nil: undefined }) }, { requiredKeys: ['title', 'minutes', 'script'] });
    const exercise = fc
      .record({
        title: words,
        summary: words,
        frameworks: fc.uniqueArray(fc.constantFrom(...FRAMEWORK_IDS), { minLength: 1, maxLength: 3 }),
        steps: fc.array(step, { minLength: 1, maxLength: 6 }),
        facilitatorNotes: words,
        safetyNotes: words,
        keep: words,
        body: words,
        contentWarning: fc.option(words, { nil: undefined }),
        adapted: fc.boolean(),
      })
      .map(
        ({ steps, keep, adapted, contentWarning, ...fields }): OwnExercise => ({
          ...fields,
          ...(contentWarning === undefined ? {} : { contentWarning }),
          id: 'own-generated',
          version: 1,
          audience: [AUDIENCE_IDS[0]],
          durationMinutes: steps.reduce((sum, s) => sum + s.minutes, 0),
          groupSize: { min: 2, max: 12 },
          steps: steps.map(({ prompt, ...rest }) => (prompt === undefined ? rest : { ...rest, prompt })),
          recording: { captures: [], keep, neverKeep: keep, summary: 'private' },
          facilitation: { needsExperiencedFacilitator: false },
          sources: [{ authors: 'Zed, Q.', year: 2020, title: 'T', venue: 'V', checkedAgainstFullText: true }],
          origin: adapted ? { kind: 'adapted', exercise: 'zero-sum-check', version: 2, title: 'Zero-sum check' } : { kind: 'written' },
        }),
      );
    fc.assert(
      fc.property(exercise, (generated) => {
        expect(ownExerciseFromMarkdown(ownExerciseToMarkdown(generated))).toEqual({ ok: true, exercise: generated });
      }),
      { numRuns: 300 },
    );
  });

  it('an exported shipped exercise is not mistaken for an own one', async () => {
    const [exercise]: Exercise[] = await shippedExercises();
    const result = ownExerciseFromMarkdown(exerciseToMarkdown(exercise!));
    expect(result.ok).toBe(false);
  });
});
