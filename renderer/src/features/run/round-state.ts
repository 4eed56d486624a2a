import type { SessionCheckIns } from '../check-ins/index.ts';

const METHOD_WORDS = {
  'hand-around': 'hand-around on this device',
  tally: 'counts from cards or slips',
  phones: 'on phones',
} as const;

/**
 * The check-in round's state in one line, for the run view's floor tools and
 * the head of the check-in panel: open or not, how it is answered, how many
 * have answered. Only counts of turns, never what anyone answered.
 */
export function roundStateText(data: SessionCheckIns | undefined): string {
  if (!data) return '';
  const round = data.openRound;
  if (!round) {
    const closed = data.rounds.length;
    return closed === 0 ? 'No round open' : `No round open · ${closed === 1 ? '1 round' : `${closed} rounds`} closed`;
  }
  const what = round.purpose === 'check-out' ? 'Closing check-out open' : 'Round open';
  const method = round.phones !== null ? 'phones' : round.method;
  const answered =
    method === 'phones'
      ? 'answers counted in the panel'
      : method === 'tally'
        ? round.hasCounts
          ? 'counts entered'
          : 'no counts entered yet'
        : round.turns === 1
          ? '1 turn taken'
          : `${round.turns} turns taken`;
  return `${what} · ${METHOD_WORDS[method]} · ${answered}`;
}
