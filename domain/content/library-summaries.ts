import type { CheckInInstrument } from './check-in-schema.ts';
import type { WorkshopTemplate } from './template-schema.ts';

// What list screens need of templates and check-ins. Full agendas and items
// load with the screens that show them, keeping the first screen small.

export type TemplateSummary = Pick<WorkshopTemplate, 'id' | 'title' | 'summary' | 'mode' | 'audience' | 'durationMinutes' | 'groupSize'>;

export type CheckInSummary = Pick<CheckInInstrument, 'id' | 'title' | 'summary' | 'track' | 'minimumGroupSize'> & { itemCount: number };

export function summarizeTemplate({ id, title, summary, mode, audience, durationMinutes, groupSize }: WorkshopTemplate): TemplateSummary {
  return { id, title, summary, mode, audience, durationMinutes, groupSize };
}

export function summarizeCheckIn({ id, title, summary, track, minimumGroupSize, items }: CheckInInstrument): CheckInSummary {
  return { id, title, summary, track, minimumGroupSize, itemCount: items.length };
}
