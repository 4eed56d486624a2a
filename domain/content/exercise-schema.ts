import { z } from 'zod';
import { AUDIENCE_IDS, FRAMEWORK_IDS } from './vocabulary.ts';

// The shape of an exercise's front matter. Objects are strict so that a
// misspelt key fails the content check instead of silently vanishing.

const text = z.string().trim().min(1, 'must not be empty');
const markdown = text.max(20_000, 'is longer than 20,000 characters');
const wholeMinutes = z.number().int('must be a whole number of minutes').positive('must be at least 1 minute');

export const stepSchema = z.strictObject({
  title: text.max(120),
  minutes: wholeMinutes,
  script: markdown.describe('What the facilitator says and does, written to be read aloud.'),
  prompt: markdown.optional().describe('What participants see and answer, if anything.'),
});

export const sourceSchema = z.strictObject({
  citation: text.max(600),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.1002/ejsp.2720')
    .optional(),
  url: z
    .url({ protocol: /^https$/, error: 'must be an https:// address' })
    .optional(),
  checkedAgainstFullText: z.boolean(),
});

export const exerciseFrontMatterSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    version: z.number().int().positive(),
    title: text.max(120),
    summary: text.max(400),
    frameworks: z.array(z.enum(FRAMEWORK_IDS)).min(1, 'must name at least one framework'),
    audience: z.array(z.enum(AUDIENCE_IDS)).min(1, 'must name at least one audience'),
    durationMinutes: wholeMinutes,
    groupSize: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
    contentWarning: text.max(400).optional(),
    steps: z.array(stepSchema).min(1, 'must have at least one step'),
    facilitatorNotes: markdown,
    safetyNotes: markdown,
    recording: z.strictObject({
      keep: markdown.describe('What the group may keep in the app.'),
      neverKeep: markdown.describe('What must never be written down.'),
    }),
    sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
  })
  .superRefine((exercise, ctx) => {
    const stepTotal = exercise.steps.reduce((sum, step) => sum + step.minutes, 0);
    if (stepTotal !== exercise.durationMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['durationMinutes'],
        message: `is ${exercise.durationMinutes} but the steps add up to ${stepTotal} minutes`,
      });
    }
    if (exercise.groupSize.min > exercise.groupSize.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupSize', 'min'],
        message: `(${exercise.groupSize.min}) is larger than max (${exercise.groupSize.max})`,
      });
    }
  });

export type ExerciseFrontMatter = z.infer<typeof exerciseFrontMatterSchema>;
export type ExerciseStep = z.infer<typeof stepSchema>;
export type ExerciseSource = z.infer<typeof sourceSchema>;

/** An exercise as the app uses it: validated front matter plus its Markdown body. */
export interface Exercise extends ExerciseFrontMatter {
  /** The Markdown below the front matter: background and purpose. */
  body: string;
  /** Where it came from, relative to the project root, for error messages. */
  sourceFile: string;
}
