import { z } from 'zod';
import { ruleMessage } from './plain-messages.ts';
import { contentId, contentVersion, groupSizeSchema, markdown, text, wholeMinutes } from './schema-primitives.ts';
import { AUDIENCE_IDS, TEMPLATE_MODES, type TemplateMode } from './vocabulary.ts';

// A workshop template: a complete agenda. Exercise items take their length
// from the exercise itself, so a template cannot quietly squeeze one; the
// content check adds everything up against the template's duration.

const exerciseItem = z.strictObject({
  kind: z.literal('exercise'),
  exercise: contentId,
  note: text.max(600).optional().describe('Why the exercise is here, or how to adapt it in this agenda.'),
});

const breakItem = z.strictObject({
  kind: z.literal('break'),
  title: text.max(120),
  minutes: wholeMinutes,
});

const checkInItem = z.strictObject({
  kind: z.literal('check-in'),
  title: text.max(120),
  minutes: wholeMinutes,
  instruments: z.array(contentId).min(1, ruleMessage({ kind: 'noInstrument' })),
});

/** The longest stretch of an agenda without a break, unless the template argues otherwise. */
export const LONGEST_STRETCH_MINUTES = 75;

export const agendaItemSchema = z.discriminatedUnion('kind', [exerciseItem, breakItem, checkInItem]);

export const templateFrontMatterSchema = z.strictObject({
  id: contentId,
  version: contentVersion,
  title: text.max(120),
  summary: text.max(400),
  mode: z.enum(Object.keys(TEMPLATE_MODES) as [TemplateMode, ...TemplateMode[]]),
  audience: z.array(z.enum(AUDIENCE_IDS)).min(1, ruleMessage({ kind: 'noAudience' })),
  durationMinutes: wholeMinutes,
  groupSize: groupSizeSchema,
  preparation: markdown.describe('What the facilitator (or the group) prepares beforehand.'),
  agenda: z.array(agendaItemSchema).min(2, ruleMessage({ kind: 'twoItems' })),
  suggestedRetentionDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('Days after creation after which a session planned from this template is deleted, as a suggestion the facilitator can change or clear.'),
  longStretchReason: markdown
    .optional()
    .describe(`Why the agenda runs longer than ${LONGEST_STRETCH_MINUTES} minutes without a break; required if it does.`),
});

export type TemplateFrontMatter = z.infer<typeof templateFrontMatterSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export interface WorkshopTemplate extends TemplateFrontMatter {
  body: string;
}
