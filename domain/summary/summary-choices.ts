import type { AgendaItem } from '../sessions/session-model.ts';

// What goes into a printed or exported summary. The facilitator chooses
// before printing, and the choice is remembered per session. By default
// everything the group kept goes in except what an exercise's content marks
// private, and except the facilitator's own follow-ups.

export interface SummaryChoices {
  notes: boolean;
  checkIns: boolean;
  reflections: boolean;
  actions: boolean;
  followUps: boolean;
  /** Agenda items whose content marks their records private, put in by the facilitator all the same. */
  includedPrivateItems: string[];
}

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What the facilitator last chose for a session's summary, kept with the session. */
export interface SummarySettings {
  choices: SummaryChoices;
  paper: PaperSize;
}

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
