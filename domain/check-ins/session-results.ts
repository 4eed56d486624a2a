import type { CheckInInstrument, CheckInPattern } from '../content/check-in-schema.ts';
import type { CheckInRound, CheckInTally } from '../sessions/session-model.ts';
import { aggregate, patternsShown, type AggregateResult, type TrackAggregate } from './aggregate.ts';
import { emptyTally } from './tally.ts';

// Results across a session: each closed round's aggregates, compared with
// the first round in which the same instrument could be shown (the
// baseline), and the patterns they raise. Open rounds are left out: their
// results stay hidden until the facilitator closes them.

export interface InstrumentResult {
  instrument: CheckInInstrument;
  result: AggregateResult;
  /** The first shown aggregate for this instrument in the session, when it came from an earlier round. */
  baseline: TrackAggregate | null;
  patterns: CheckInPattern[];
}

export interface RoundResults {
  round: CheckInRound;
  /** 1 for the session's first closed round, and so on. */
  number: number;
  results: InstrumentResult[];
}

export interface TrendPoint {
  roundNumber: number;
  purpose: CheckInRound['purpose'];
  /** Null where the round was below the floor or had no item shown. */
  mean: number | null;
}

export interface Trend {
  instrument: CheckInInstrument;
  points: TrendPoint[];
}

function closedRoundsInOrder(rounds: readonly CheckInRound[]): CheckInRound[] {
  return rounds.filter((round) => round.closedAt !== null).sort((a, b) => a.sequence - b.sequence);
}

export function sessionResults(
  rounds: readonly CheckInRound[],
  tallies: readonly CheckInTally[],
  findInstrument: (id: string) => CheckInInstrument | undefined,
): RoundResults[] {
  const baselines = new Map<string, TrackAggregate>();
  return closedRoundsInOrder(rounds).map((round, index) => {
    const results = round.instrumentIds.flatMap((instrumentId): InstrumentResult[] => {
      const instrument = findInstrument(instrumentId);
      if (!instrument) return [];
      const tally = tallies.find((candidate) => candidate.roundId === round.id && candidate.instrumentId === instrumentId) ?? emptyTally();
      const result = aggregate(instrument, tally);
      if (!result.shown) return [{ instrument, result, baseline: null, patterns: [] }];
      const baseline = baselines.get(instrumentId) ?? null;
      if (!baseline && result.aggregate.mean !== null) baselines.set(instrumentId, result.aggregate);
      return [{ instrument, result, baseline, patterns: patternsShown(instrument, result.aggregate, baseline) }];
    });
    return { round, number: index + 1, results };
  });
}

/** Each instrument's track mean, round by round, for the trend chart. */
export function trends(results: readonly RoundResults[]): Trend[] {
  const byInstrument = new Map<string, Trend>();
  for (const { round, number, results: instrumentResults } of results) {
    for (const { instrument, result } of instrumentResults) {
      const trend = byInstrument.get(instrument.id) ?? { instrument, points: [] };
      trend.points.push({ roundNumber: number, purpose: round.purpose, mean: result.shown ? result.aggregate.mean : null });
      byInstrument.set(instrument.id, trend);
    }
  }
  return [...byInstrument.values()];
}
