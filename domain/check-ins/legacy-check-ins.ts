import type { CheckInInstrument } from '../content/check-in-schema.ts';
import { checkInResultId, type CheckInResult, type CheckInRound } from '../sessions/session-model.ts';
import { closeInstrument } from './disclosure.ts';
import { emptyTally, mergeAnswerSet, type Answers, type Tally } from './tally.ts';

// Check-ins as earlier versions stored them, carried forward. Version 1 kept
// one anonymous answer set per person; versions up to database 4 and backup
// 2 kept a running tally of counts per round, updated after every turn.
// Both are turned into what a closed round keeps now (disclosure.ts): no
// counts, nothing below the floor, averages only where they may be shown.

/** One answer set as databases and backups before tallies stored it. */
export interface LegacyAnswerSet {
  sessionId: string;
  roundId: string;
  instrumentId: string;
  answers: Answers;
}

/** A round's counts for one instrument, as databases up to version 4 and backups up to version 2 kept them. */
export interface LegacyTally extends Tally {
  id: string;
  sessionId: string;
  roundId: string;
  instrumentId: string;
}

/** Adds stored answer sets into tallies, one per round and instrument. */
export function talliesFromAnswerSets(sets: readonly LegacyAnswerSet[]): LegacyTally[] {
  const tallies = new Map<string, LegacyTally>();
  for (const { sessionId, roundId, instrumentId, answers } of sets) {
    const id = checkInResultId(roundId, instrumentId);
    const before = tallies.get(id) ?? { id, sessionId, roundId, instrumentId, ...emptyTally() };
    tallies.set(id, { ...before, ...mergeAnswerSet(before, answers) });
  }
  return [...tallies.values()];
}

/** A round as stored before version 4 of the database and version 2 of backups. */
export interface LegacyRound {
  id: string;
  sessionId: string;
  agendaItemId: string | null;
  instrumentIds: string[];
  openedAt: number;
  closedAt: number | null;
}

/** A round as stored up to version 4 of the database and version 2 of backups: open ones included. */
export type TalliedRound = LegacyRound & Pick<CheckInRound, 'purpose' | 'method' | 'turns' | 'sequence'>;

/**
 * Gives older rounds the fields rounds had by version 4: they were private
 * hand-arounds, with no count of turns, numbered in the order they opened.
 */
export function upgradeLegacyRounds(rounds: readonly LegacyRound[]): TalliedRound[] {
  const bySession = new Map<string, LegacyRound[]>();
  for (const round of rounds) bySession.set(round.sessionId, [...(bySession.get(round.sessionId) ?? []), round]);
  const sequence = new Map<string, number>();
  for (const sessionRounds of bySession.values()) {
    [...sessionRounds].sort((a, b) => a.openedAt - b.openedAt).forEach((round, index) => sequence.set(round.id, index + 1));
  }
  return rounds.map((round) => ({ ...round, purpose: 'check-in', method: 'hand-around', turns: 0, sequence: sequence.get(round.id)! }));
}

/**
 * Closes tallied rounds as a round closes now, session by session in the
 * order they ran, so the differencing rule sees each earlier round: what is
 * kept is only what may be shown. A round still open is closed at `now`.
 * An instrument the library no longer has cannot be scored, so nothing of
 * it is kept.
 */
export function closeTalliedRounds(
  rounds: readonly TalliedRound[],
  tallies: readonly LegacyTally[],
  findInstrument: (id: string) => CheckInInstrument | undefined,
  now: number,
): { rounds: CheckInRound[]; results: CheckInResult[] } {
  const results: CheckInResult[] = [];
  const closed = [...rounds]
    .sort((a, b) => a.sessionId.localeCompare(b.sessionId) || a.sequence - b.sequence)
    .map((round): CheckInRound => {
      const earlier = results.filter((result) => result.sessionId === round.sessionId);
      for (const instrumentId of round.instrumentIds) {
        const ids = { id: checkInResultId(round.id, instrumentId), sessionId: round.sessionId, roundId: round.id };
        const instrument = findInstrument(instrumentId);
        const tally =
          tallies.find((candidate) => candidate.roundId === round.id && candidate.instrumentId === instrumentId) ?? emptyTally();
        results.push(instrument ? closeInstrument(instrument, tally, earlier, ids) : { ...ids, instrumentId, belowFloor: true });
      }
      return { ...round, changeRequests: 0, closedAt: round.closedAt ?? now };
    });
  return { rounds: closed, results };
}
