import { tallyId, type CheckInRound, type CheckInTally } from '../sessions/session-model.ts';
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

/** A round as stored before version 4 of the database and version 2 of backups. */
export type LegacyRound = Omit<CheckInRound, 'purpose' | 'method' | 'turns' | 'sequence'>;

/**
 * Gives older rounds the fields rounds now have: they were private
 * hand-arounds, with no count of turns, numbered in the order they opened.
 */
export function upgradeLegacyRounds(rounds: readonly LegacyRound[]): CheckInRound[] {
  const bySession = new Map<string, LegacyRound[]>();
  for (const round of rounds) bySession.set(round.sessionId, [...(bySession.get(round.sessionId) ?? []), round]);
  const sequence = new Map<string, number>();
  for (const sessionRounds of bySession.values()) {
    [...sessionRounds].sort((a, b) => a.openedAt - b.openedAt).forEach((round, index) => sequence.set(round.id, index + 1));
  }
  return rounds.map((round) => ({ ...round, purpose: 'check-in', method: 'hand-around', turns: 0, sequence: sequence.get(round.id)! }));
}
