import { z } from 'zod';

// Building blocks shared by every kind of content file. Objects built from
// these are strict, so a misspelt key fails the content check instead of
// silently vanishing.

export const text = z.string().trim().min(1, 'must not be empty');
export const markdown = text.max(20_000, 'is longer than 20,000 characters');
export const wholeMinutes = z.number().int('must be a whole number of minutes').positive('must be at least 1 minute');
export const contentId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
export const contentVersion = z.number().int().positive();

export const groupSizeSchema = z
  .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) })
  .superRefine((size, ctx) => {
    if (size.min > size.max) ctx.addIssue({ code: 'custom', path: ['min'], message: `(${size.min}) is larger than max (${size.max})` });
  });

export const sourceSchema = z.strictObject({
  authors: text.max(400).describe('As in the reference list, e.g. "Becker, J. C., & Tausch, N.", or an organisation.'),
  year: z.number().int().min(1800).max(2100),
  title: text.max(400),
  venue: text.max(300).describe('The journal with volume, issue and pages, or the publisher.'),
  note: text.max(200).optional().describe('e.g. "Published online 2023."'),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.1002/ejsp.2720')
    .optional(),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
  checkedAgainstFullText: z.boolean(),
});

export type GroupSize = z.infer<typeof groupSizeSchema>;
export type Source = z.infer<typeof sourceSchema>;

