import { z } from 'zod';
import { recordIdSchema } from '../sessions/record-id.ts';

// Parallel timelines: events in each group's history with an issue. A
// group's timeline exists here only because that group agreed to keep it,
// under a label it chose; withdrawing consent removes it entirely.

const entryId = recordIdSchema;

const eventSchema = z.strictObject({
  id: entryId,
  /** As the group puts it: a year, a decade, "before the war". */
  when: z.string().max(80),
  text: z.string().max(2_000),
});

const timelineSchema = z.strictObject({
  id: entryId,
  label: z.string().min(1).max(80),
  events: z.array(eventSchema).max(200),
});

export const timelinesSchema = z.strictObject({ groups: z.array(timelineSchema).max(30) });

export type Timelines = z.infer<typeof timelinesSchema>;
export type GroupTimeline = Timelines['groups'][number];

export function emptyTimelines(): Timelines {
  return { groups: [] };
}
