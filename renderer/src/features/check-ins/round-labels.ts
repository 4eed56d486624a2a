import type { TFunction } from 'i18next';
import type { RoundPurpose } from '../../../../domain/sessions/session-model.ts';

// What rounds are called on screen, in the results and under the trend
// chart, in one place and in plain words: a facilitator reading the chart
// across a room should not have to decode an abbreviation. The words are the
// checkIns catalog's, in the language of the `t` given (the provider's where
// the caller renders: on a printed summary, the participants').

type CheckInsT = TFunction<'checkIns'>;

/** A round's name as a heading: "Check-in round 2", or "Closing check-out". */
export function roundTitle(purpose: RoundPurpose, number: number, t: CheckInsT): string {
  return t(`round.title.${purpose}`, { number });
}

/** The same, inside a sentence. */
export function roundInSentence(purpose: RoundPurpose, number: number, t: CheckInsT): string {
  return t(`round.inSentence.${purpose}`, { number });
}

/**
 * A round under the trend chart, as lines of text: "Round 2", or "Closing" over
 * "check-out". With many rounds there is room only for the number, under the
 * axis title "Round"; the check-out keeps its words.
 */
export function roundAxisLabel(purpose: RoundPurpose, number: number, rounds: number, t: CheckInsT): string[] {
  if (purpose === 'check-out') return t('round.axis.check-out').split('\n');
  return [rounds > 5 ? String(number) : t('round.axis.check-in', { number })];
}
