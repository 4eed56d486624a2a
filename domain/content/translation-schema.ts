import { z } from 'zod';
import { contentId, contentVersion, markdown, text } from './schema-primitives.ts';

// A translation holds text and nothing else. Its front matter names the
// English document it translates (`source`) and the version it was written
// against (`sourceVersion`), then repeats the source's shape with only the
// words in it. Every object is strict, so a translation that tries to carry
// a timing, a group size, a minimum group size, what may be recorded, a
// pattern rule or a source is refused as an unknown key: those facts come
// from the English file at build time (translate-content.ts), and a
// translation cannot change them.
//
// Lengths are not limited here: the merged document is checked against the
// English schema, whose limits are the ones the screens are built for.

const header = {
  source: contentId.describe('The id of the English document this translates.'),
  sourceVersion: contentVersion.describe('The version of the English document this translation was written against.'),
};

// Steps have no ids, so each names its place in the source (1, 2, ...): a
// translation with two steps swapped says so, instead of showing one step's
// words against the other's timing.
const stepTranslation = z.strictObject({
  step: z.number().int().min(1).describe("This step's position in the source, counting from 1."),
  title: text,
  script: markdown,
  prompt: markdown.optional(),
});

export const exerciseTranslationSchema = z.strictObject({
  ...header,
  title: text,
  summary: text,
  contentWarning: text.optional(),
  steps: z.array(stepTranslation).min(1, 'must have at least one step'),
  facilitatorNotes: markdown,
  safetyNotes: markdown,
  recording: z.strictObject({ keep: markdown, neverKeep: markdown, whoSees: markdown.optional() }),
  facilitation: z.strictObject({ why: text.optional() }).optional(),
  selfIdentification: z.strictObject({ why: markdown, alternative: markdown }).optional(),
});

// Items and patterns have ids: they anchor each translated text to its source.
export const checkInTranslationSchema = z.strictObject({
  ...header,
  title: text,
  summary: text,
  formativeNotice: text,
  participantIntro: markdown,
  scale: z.strictObject({ minLabel: text, maxLabel: text }),
  items: z.array(z.strictObject({ id: contentId, text })).min(1, 'must have at least one item'),
  patterns: z
    .array(
      z.strictObject({
        id: contentId,
        title: text,
        prompt: markdown,
        responses: z.array(z.strictObject({ text: markdown })).min(1, 'must have at least one response'),
        groupGuidance: markdown,
      }),
    )
    .min(1, 'must have at least one pattern'),
});

// Agenda items keep their kind (and an exercise item its exercise) as the anchor; only titles and notes are words.
const agendaItemTranslation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exercise'), exercise: contentId, note: text.optional() }),
  z.strictObject({ kind: z.literal('break'), title: text }),
  z.strictObject({ kind: z.literal('check-in'), title: text }),
]);

export const templateTranslationSchema = z.strictObject({
  ...header,
  title: text,
  summary: text,
  preparation: markdown,
  agenda: z.array(agendaItemTranslation).min(1, 'must have at least one item'),
  longStretchReason: markdown.optional(),
});

export type ExerciseTranslation = z.infer<typeof exerciseTranslationSchema>;
export type CheckInTranslation = z.infer<typeof checkInTranslationSchema>;
export type TemplateTranslation = z.infer<typeof templateTranslationSchema>;

/** A translation's front matter with its Markdown body, as read from its file. */
export type WithBody<T> = T & { body: string };
