import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { sessionResults, trends, type RoundResults, type Trend } from '../../../../domain/check-ins/session-results.ts';
import type { CheckInRound } from '../../../../domain/sessions/session-model.ts';
import { checkIns } from '../../data/app-database.ts';
import { findCheckIn } from '../../content/content-details.ts';

export interface SessionCheckIns {
  rounds: CheckInRound[];
  /** The round being answered now; its results stay hidden. */
  openRound: CheckInRound | null;
  /** Whether the open round is being answered by typed counts rather than on the device (never both). */
  openRoundHasCounts: boolean;
  /** Closed rounds, oldest first, with only the aggregates that may be shown. */
  results: RoundResults[];
  trends: Trend[];
}

/** A session's check-in rounds, kept current as answers arrive (in this window or another). */
export function useSessionCheckIns(sessionId: string): SessionCheckIns | undefined {
  const stored = useLiveQuery(() => checkIns.roundsOf(sessionId), [sessionId]);
  return useMemo(() => {
    if (!stored) return undefined;
    const results = sessionResults(stored.rounds, stored.tallies, findCheckIn);
    const openRound = stored.rounds.find((round) => round.closedAt === null) ?? null;
    return {
      rounds: stored.rounds,
      openRound,
      openRoundHasCounts:
        openRound !== null &&
        openRound.turns === 0 &&
        stored.tallies.some((tally) => tally.roundId === openRound.id && tally.respondents > 0),
      results,
      trends: trends(results),
    };
  }, [stored]);
}
