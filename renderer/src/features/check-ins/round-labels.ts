import type { RoundPurpose } from '../../../../domain/sessions/session-model.ts';

// What rounds are called on screen, in the results and under the trend
// chart, in one place and in plain words: a facilitator reading the chart
// across a room should not have to decode an abbreviation.

/** A round's name as a heading: "Check-in round 2", or "Closing check-out". */
export function roundTitle(purpose: RoundPurpose, number: number): string {
  return purpose === 'check-out' ? 'Closing check-out' : `Check-in round ${number}`;
}

/** The same, inside a sentence. */
export function roundInSentence(purpose: RoundPurpose, number: number): string {
  return purpose === 'check-out' ? 'closing check-out' : `round ${number}`;
}

/**
 * A round under the trend chart, as lines of text: "Round 2", or "Closing" over
 * "check-out". With many rounds there is room only for the number, under the
 * axis title "Round"; the check-out keeps its words.
 */
export function roundAxisLabel(purpose: RoundPurpose, number: number, rounds: number): string[] {
  if (purpose === 'check-out') return ['Closing', 'check-out'];
  return [rounds > 5 ? String(number) : `Round ${number}`];
}
