import { z } from 'zod';
import { contentId, contentVersion, markdown, sourceSchema, text } from './schema-primitives.ts';
import {
  AUDIENCE_IDS,
  CHECK_IN_TRACKS,
  FACILITATOR_ACTIONS,
  SMALLEST_MINIMUM_GROUP_SIZE,
  type CheckInTrack,
  type FacilitatorAction,
} from './vocabulary.ts';

// A check-in instrument: a short set of items one kind of participant answers
// privately. Results are formative feedback for the facilitator, never a
// measurement of anyone. Pattern rules are read by the run mode to prompt
// the facilitator; they apply to scored values (reverse-scored items are
// flipped first), so "low" always means "worse" on every item.

const itemSchema = z.strictObject({
  id: contentId,
  text: text.max(300),
  reverseScored: z.boolean(),
});

const conditionSchema = z.strictObject({
  measure: z.enum(['track-mean', 'item-mean']),
  item: contentId.optional(),
  comparison: z.enum(['at-most', 'at-least', 'dropped-by-at-least']),
  value: z.number().positive(),
});

const responseSchema = z.strictObject({
  text: markdown,
  action: z.enum(Object.keys(FACILITATOR_ACTIONS) as [FacilitatorAction, ...FacilitatorAction[]]).optional(),
});

const patternSchema = z.strictObject({
  id: contentId,
  title: text.max(160),
  /** Lower numbers are dealt with first when several patterns show at once. */
  priority: z.number().int().min(1),
  /** The pattern shows when any one of these holds. */
  when: z.array(conditionSchema).min(1, 'must give at least one condition'),
  prompt: markdown,
  responses: z.array(responseSchema).min(1, 'must suggest at least one response'),
  groupGuidance: markdown.describe('What a group running itself, with no facilitator, should do when the pattern shows: plain words, no jargon.'),
});

export const checkInFrontMatterSchema = z
  .strictObject({
    id: contentId,
    version: contentVersion,
    title: text.max(120),
    track: z.enum(Object.keys(CHECK_IN_TRACKS) as [CheckInTrack, ...CheckInTrack[]]),
    audience: z
      .array(z.enum(AUDIENCE_IDS))
      .min(1, 'must name at least one kind of room')
      .describe('The rooms the questions are written for: a round opened during an exercise starts with the instruments for its room.'),
    summary: text.max(400),
    formativeNotice: text.max(400).describe('Says plainly that this is feedback for the facilitator, not a measurement.'),
    participantIntro: markdown.describe('What participants read before the items.'),
    scale: z.strictObject({
      min: z.number().int(),
      max: z.number().int(),
      minLabel: text.max(40),
      maxLabel: text.max(40),
    }),
    minimumGroupSize: z
      .number()
      .int()
      .min(SMALLEST_MINIMUM_GROUP_SIZE, `must be at least ${SMALLEST_MINIMUM_GROUP_SIZE}: below that an average can point at a person`),
    items: z.array(itemSchema).min(2, 'must have at least two items'),
    patterns: z.array(patternSchema).min(1, 'must define at least one pattern and its responses'),
    sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
  })
  .superRefine((instrument, ctx) => {
    const { scale } = instrument;
    if (scale.min >= scale.max) ctx.addIssue({ code: 'custom', path: ['scale', 'min'], message: 'must be below scale.max' });
    const itemIds = new Set<string>();
    instrument.items.forEach((item, index) => {
      if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `"${item.id}" is used twice` });
      itemIds.add(item.id);
    });
    instrument.patterns.forEach((pattern, p) => {
      pattern.when.forEach((condition, c) => {
        const path = ['patterns', p, 'when', c];
        if (condition.measure === 'item-mean' && !condition.item) {
          ctx.addIssue({ code: 'custom', path: [...path, 'item'], message: 'is missing: an item-mean condition names its item' });
        }
        if (condition.measure === 'track-mean' && condition.item) {
          ctx.addIssue({ code: 'custom', path: [...path, 'item'], message: 'must be left out of a track-mean condition' });
        }
        if (condition.item && !itemIds.has(condition.item)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'item'], message: `names "${condition.item}", which is not one of this instrument's items` });
        }
        const span = scale.max - scale.min;
        const outOfScale =
          condition.comparison === 'dropped-by-at-least' ? condition.value > span : condition.value < scale.min || condition.value > scale.max;
        if (outOfScale) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: `(${condition.value}) is outside the scale` });
      });
    });
  });

export type CheckInFrontMatter = z.infer<typeof checkInFrontMatterSchema>;
export type CheckInItem = z.infer<typeof itemSchema>;
export type CheckInPattern = z.infer<typeof patternSchema>;
export type CheckInCondition = z.infer<typeof conditionSchema>;

export interface CheckInInstrument extends CheckInFrontMatter {
  /** Background for the facilitator: why these items, how to read them. */
  body: string;
}
