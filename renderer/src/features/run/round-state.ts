import type { SessionCheckIns } from '../check-ins/index.ts';
import { translate } from '../../i18n/current.ts';

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
    return closed === 0 ? translate('run:round.none') : translate('run:round.noneClosed', { count: closed });
  }
  const what = translate(round.purpose === 'check-out' ? 'run:round.checkOutOpen' : 'run:round.open');
  const method = round.phones !== null ? 'phones' : round.method;
  const answered =
    method === 'phones'
      ? translate('run:round.phones')
      : method === 'tally'
        ? translate(round.hasCounts ? 'run:round.counts' : 'run:round.noCounts')
        : translate('run:round.turns', { count: round.turns });
  return translate('run:round.line', { what, method: translate(`run:round.method.${method}`), answered });
}
