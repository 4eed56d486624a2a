import { z } from 'zod';
import { plainIssue, ruleMessage } from './plain-messages.ts';
import { FORBIDDEN_CAPTURES, RECORDABLE_CAPTURES, SUMMARY_SHARING, isRecordableCapture, type RecordableCapture } from './recording-policy.ts';
import { contentId, contentVersion, groupSizeSchema, markdown, sourceSchema, text, wholeMinutes } from './schema-primitives.ts';
import { AUDIENCE_IDS, FRAMEWORK_IDS } from './vocabulary.ts';

export const stepSchema = z.strictObject({
  title: text.max(120),
  minutes: wholeMinutes,
  script: markdown.describe('What the facilitator says and does, written to be read aloud.'),
  prompt: markdown.optional().describe('What participants see and answer, if anything.'),
});

const captureSchema = z.string().superRefine((value, ctx) => {
  const forbidden = FORBIDDEN_CAPTURES[value];
  if (forbidden) {
    ctx.addIssue({ code: 'custom', ...plainIssue({ kind: 'forbiddenCapture', value, reason: forbidden }) });
  } else if (!isRecordableCapture(value)) {
    ctx.addIssue({ code: 'custom', ...plainIssue({ kind: 'unknownCapture', value, choices: Object.keys(RECORDABLE_CAPTURES).join(', ') }) });
  }
}) as unknown as z.ZodType<RecordableCapture>;

export const recordingSchema = z.strictObject({
  captures: z.array(captureSchema).describe('What the app may store; an empty list means nothing is recorded.'),
  keep: markdown.describe('What the group may keep, in words.'),
  neverKeep: markdown.describe('What must never be written down.'),
  summary: z
    .enum(SUMMARY_SHARING)
    .describe('Whether what is kept goes into the printed session summary unless the facilitator leaves it out (shared), or only if they put it in (private).'),
  whoSees: markdown
    .optional()
    .describe('Who sees what is kept: on screen, in the room, in the printed summary. Required whenever anything is recorded.'),
});

/** Audiences that meet as identity-defined groups: being in the room says something about who you are. */
const SELF_IDENTIFYING_AUDIENCES: readonly string[] = ['affected-caucus', 'coalition'];

export const selfIdentificationSchema = z
  .strictObject({
    why: markdown.describe('Why this exercise asks people to say, or show, which group they belong to.'),
    alternative: markdown.describe('A way to take part without saying so (e.g. points on an unsigned card sent through the facilitator).'),
  })
  .describe('For an exercise that truly needs people to self-identify: why, and a way to take part that does not.');

export const facilitationSchema = z
  .strictObject({
    needsExperiencedFacilitator: z.boolean().describe('True when a group without a trained facilitator should not run this exercise.'),
    why: text.max(400).optional().describe('Why, in words a group reading the app will understand.'),
  })
  .superRefine((facilitation, ctx) => {
    if (facilitation.needsExperiencedFacilitator && !facilitation.why)
      ctx.addIssue({ code: 'custom', path: ['why'], ...plainIssue({ kind: 'facilitatorWhyMissing' }) });
  });

/** The fields of an exercise's front matter, before the rules that tie them together. */
export const exerciseFields = z.strictObject({
  id: contentId,
  version: contentVersion,
  title: text.max(120),
  summary: text.max(400),
  frameworks: z.array(z.enum(FRAMEWORK_IDS)).min(1, ruleMessage({ kind: 'noFramework' })),
  audience: z.array(z.enum(AUDIENCE_IDS)).min(1, ruleMessage({ kind: 'noAudience' })),
  durationMinutes: wholeMinutes,
  groupSize: groupSizeSchema,
  contentWarning: text.max(400).optional(),
  steps: z.array(stepSchema).min(1, ruleMessage({ kind: 'noStep' })),
  facilitatorNotes: markdown,
  safetyNotes: markdown,
  recording: recordingSchema,
  facilitation: facilitationSchema,
  selfIdentification: selfIdentificationSchema.optional(),
  sources: z.array(sourceSchema).min(1, ruleMessage({ kind: 'noSource' })),
});

type ExerciseFields = z.infer<typeof exerciseFields>;

/**
 * The rules across an exercise's fields. Kept apart from the fields so that
 * a facilitator's own exercise (own-exercise.ts), which adds fields of its
 * own, passes exactly the same rules as the shipped library.
 */
export function checkExerciseRules(exercise: ExerciseFields, ctx: z.RefinementCtx): void {
  if (exercise.recording.captures.length > 0 && !exercise.recording.whoSees) {
    ctx.addIssue({
      code: 'custom',
      path: ['recording', 'whoSees'],
      ...plainIssue({ kind: 'whoSeesMissing' }),
    });
  }
  if (exercise.audience.some((audience) => SELF_IDENTIFYING_AUDIENCES.includes(audience)) && !exercise.selfIdentification) {
    ctx.addIssue({
      code: 'custom',
      path: ['selfIdentification'],
      ...plainIssue({ kind: 'selfIdentificationMissing', audiences: exercise.audience.join(', ') }),
    });
  }
  const stepTotal = exercise.steps.reduce((sum, step) => sum + step.minutes, 0);
  if (stepTotal !== exercise.durationMinutes) {
    ctx.addIssue({
      code: 'custom',
      path: ['durationMinutes'],
      ...plainIssue({ kind: 'stepsAddUp', duration: exercise.durationMinutes, total: stepTotal }),
    });
  }
}

export const exerciseFrontMatterSchema = exerciseFields.superRefine(checkExerciseRules);

export type ExerciseFrontMatter = z.infer<typeof exerciseFrontMatterSchema>;
export type ExerciseStep = z.infer<typeof stepSchema>;
export type { Source as ExerciseSource } from './schema-primitives.ts';

/** An exercise as the app uses it: validated front matter plus its Markdown body. */
export interface Exercise extends ExerciseFrontMatter {
  /** The Markdown below the front matter: background and purpose. */
  body: string;
}
