import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { airtimeTotals, type Airtime, type Speaker } from '../../../../domain/run/run-state.ts';

function shares(totals: Record<Speaker, number>, t: TFunction<'run'>): string {
  const total = totals.affected + totals.ally;
  if (total === 0) return t('airtime.none');
  const affected = Math.round((totals.affected / total) * 100);
  return t('airtime.shares', { affected, allies: 100 - affected });
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
  const { t } = useTranslation('run');
  return (
    <div className="airtime" role="group" aria-labelledby="airtime-label">
      <span id="airtime-label" className="airtime__label">
        {t('airtime.label')}
      </span>
      {children}
      <p className="airtime__shares" data-testid="airtime">
        {t('airtime.text', { item: shares(airtimeTotals(airtime, now, itemId), t), session: shares(airtimeTotals(airtime, now), t) })}
      </p>
    </div>
  );
}
