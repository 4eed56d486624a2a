import type { AgendaItem, SummaryChoices } from '../sessions/stored-records.ts';

// What goes into a printed or exported summary. The facilitator chooses
// before printing, and the choice is remembered per session. By default
// everything the group kept goes in except what an exercise's content marks
// private, and except the facilitator's own follow-ups.

export type { SummaryChoices, SummarySettings } from '../sessions/stored-records.ts';
export { PAPER_SIZES, type PaperSize } from '../sessions/session-vocabulary.ts';

export function defaultSummaryChoices(): SummaryChoices {
  return { notes: true, checkIns: true, reflections: true, actions: true, followUps: false, includedPrivateItems: [] };
}

/** Exercises planned before the content said how to share are treated as private. */
export function isPrivateItem(item: AgendaItem): boolean {
  return item.kind === 'exercise' && item.exercise.summarySharing !== 'shared';
}

/** Whether anything an item kept may appear: never for an exercise that records nothing, and private ones only when put in. */
export function itemRecordsIncluded(item: AgendaItem, choices: SummaryChoices): boolean {
  if (item.kind !== 'exercise' || item.exercise.captures.length === 0) return false;
  return !isPrivateItem(item) || choices.includedPrivateItems.includes(item.id);
}
