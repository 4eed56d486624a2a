import { airtimeTotals, type Airtime, type Speaker } from '../../../../domain/run/run-state.ts';

function shares(totals: Record<Speaker, number>): string {
  const total = totals.affected + totals.ally;
  if (total === 0) return 'no airtime timed yet';
  const affected = Math.round((totals.affected / total) * 100);
  return `affected participants ${affected}% · allies ${100 - affected}%`;
}

interface AirtimePanelProps {
  airtime: Airtime;
  itemId: string;
  now: number;
  onSpeaker: (speaker: Speaker | null) => void;
}

/** Tap who is speaking; only the seconds per side are kept, never who spoke. */
export function AirtimePanel({ airtime, itemId, now, onSpeaker }: AirtimePanelProps) {
  const speaking = airtime.current?.speaker ?? null;
  return (
    <div className="airtime" role="group" aria-labelledby="airtime-label">
      <span id="airtime-label" className="airtime__label">
        Airtime
      </span>
      <button
        type="button"
        className="button button--quiet"
        aria-pressed={speaking === 'affected'}
        onClick={() => onSpeaker('affected')}
        aria-keyshortcuts="A"
      >
        Affected participant speaking
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-pressed={speaking === 'ally'}
        onClick={() => onSpeaker('ally')}
        aria-keyshortcuts="L"
      >
        Ally speaking
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={speaking === null}
        onClick={() => onSpeaker(null)}
        aria-keyshortcuts="0"
      >
        Stop
      </button>
      <p className="airtime__shares" data-testid="airtime">
        This item: {shares(airtimeTotals(airtime, now, itemId))}. Session: {shares(airtimeTotals(airtime, now))}.
      </p>
    </div>
  );
}
