import type { ReactNode } from 'react';
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
  /** The buttons to tap who is speaking (from the run commands). */
  children: ReactNode;
}

/** Tap who is speaking; only the seconds per side are kept, never who spoke. */
export function AirtimePanel({ airtime, itemId, now, children }: AirtimePanelProps) {
  return (
    <div className="airtime" role="group" aria-labelledby="airtime-label">
      <span id="airtime-label" className="airtime__label">
        Airtime
      </span>
      {children}
      <p className="airtime__shares" data-testid="airtime">
        This item: {shares(airtimeTotals(airtime, now, itemId))}. Session: {shares(airtimeTotals(airtime, now))}.
      </p>
    </div>
  );
}
