import { airtimeTotals, type Airtime, type Speaker } from '../../../../domain/run/run-state.ts';

function shares(totals: Record<Speaker, number>): string {
  const total = totals.affected + totals.ally;
  if (total === 0) return 'no airtime timed yet';
  const affected = Math.round((totals.affected / total) * 100);
  return `affected participants ${affected}% · allies ${100 - affected}%`;
}

const SPEAKER_BUTTONS: { speaker: Speaker; label: string; key: string }[] = [
  { speaker: 'affected', label: 'Affected participant speaking', key: 'A' },
  { speaker: 'ally', label: 'Ally speaking', key: 'L' },
];

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
      {SPEAKER_BUTTONS.map(({ speaker, label, key }) => (
        <button
          key={speaker}
          type="button"
          className="button button--quiet"
          aria-pressed={speaking === speaker}
          onClick={() => onSpeaker(speaker)}
          aria-keyshortcuts={key}
        >
          {label}
        </button>
      ))}
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
