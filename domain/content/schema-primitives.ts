import { z } from 'zod';
import { plainIssue, ruleMessage } from './plain-messages.ts';

// Building blocks shared by every kind of content file. Objects built from
// these are strict, so a misspelt key fails the content check instead of
// silently vanishing.

export const text = z.string().trim().min(1, ruleMessage({ kind: 'empty' }));
export const markdown = text.max(20_000, ruleMessage({ kind: 'tooLong', max: 20_000 }));
export const wholeMinutes = z
  .number()
  .int(ruleMessage({ kind: 'wholeMinutes' }))
  .positive(ruleMessage({ kind: 'oneMinute' }));
export const contentId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, ruleMessage({ kind: 'idWords' }));
export const contentVersion = z.number().int().positive();

export const groupSizeSchema = z
  .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) })
  .superRefine((size, ctx) => {
    if (size.min > size.max) ctx.addIssue({ code: 'custom', path: ['min'], ...plainIssue({ kind: 'minAboveMax', min: size.min, max: size.max }) });
  });

export const sourceSchema = z.strictObject({
  authors: text.max(400).describe('As in the reference list, e.g. "Becker, J. C., & Tausch, N.", or an organisation.'),
  year: z.number().int().min(1800).max(2100),
  title: text.max(400),
  venue: text.max(300).describe('The journal with volume, issue and pages, or the publisher.'),
  note: text.max(200).optional().describe('e.g. "Published online 2023."'),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, ruleMessage({ kind: 'bareDoi' }))
    .optional(),
  url: z.url({ protocol: /^https$/, error: ruleMessage({ kind: 'httpsAddress' }) }).optional(),
  checkedAgainstFullText: z.boolean(),
});

export type GroupSize = z.infer<typeof groupSizeSchema>;
export type Source = z.infer<typeof sourceSchema>;

