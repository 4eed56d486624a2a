import { tallyId, type CheckInTally } from '../sessions/session-model.ts';
import { emptyTally, mergeAnswerSet, type Answers } from './tally.ts';

/** One answer set as databases and backups before tallies stored it. */
export interface LegacyAnswerSet {
  sessionId: string;
  roundId: string;
  instrumentId: string;
  answers: Answers;
}

/** Carries stored answer sets forward as tallies, one per round and instrument, leaving no per-person record behind. */
export function talliesFromAnswerSets(sets: readonly LegacyAnswerSet[]): CheckInTally[] {
  const tallies = new Map<string, CheckInTally>();
  for (const { sessionId, roundId, instrumentId, answers } of sets) {
    const id = tallyId(roundId, instrumentId);
    const before = tallies.get(id) ?? { id, sessionId, roundId, instrumentId, ...emptyTally() };
    tallies.set(id, { ...before, ...mergeAnswerSet(before, answers) });
  }
  return [...tallies.values()];
}
