import type { CheckInInstrument, CheckInPattern } from '../content/check-in-schema.ts';
import type { CheckInResult, CheckInRound } from '../sessions/session-model.ts';
import { aggregate, patternsShown, type AggregateResult, type TrackAggregate } from './aggregate.ts';

// Results across a session: each closed round's aggregates, compared with
// the first round in which the same instrument could be shown (the
// baseline), and the patterns they raise. Only closed rounds are stored;
// an open round's answers are in memory until it closes.

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

function roundsInOrder(rounds: readonly CheckInRound[]): CheckInRound[] {
  return [...rounds].sort((a, b) => a.sequence - b.sequence);
}

export function sessionResults(
  rounds: readonly CheckInRound[],
  kept: readonly CheckInResult[],
  findInstrument: (id: string) => CheckInInstrument | undefined,
): RoundResults[] {
  const baselines = new Map<string, TrackAggregate>();
  return roundsInOrder(rounds).map((round, index) => {
    const results = round.instrumentIds.flatMap((instrumentId): InstrumentResult[] => {
      const instrument = findInstrument(instrumentId);
      if (!instrument) return [];
      const result = aggregate(
        instrument,
        kept.find((candidate) => candidate.roundId === round.id && candidate.instrumentId === instrumentId),
      );
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
