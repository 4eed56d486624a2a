import { useEffect } from 'react';
import { localDate, RETENTION_SWEEP_INTERVAL_MS } from '../../../domain/sessions/retention.ts';

/**
 * Deletes the sessions past their "delete after" date: once as the app
 * starts, then every hour while it stays open. The database's code is
 * fetched for it only after the first screen is up, so the sweep never
 * slows the start.
 */
export function useRetentionSweep(): void {
  useEffect(() => {
    let stopped = false;
    const sweep = () => {
      void import('../data/app-database.ts')
        .then(({ sessions }) => (stopped ? 0 : sessions.sweepExpired(localDate(Date.now()))))
        .catch(() => undefined); // a storage error is reported by the data layer
    };
    const first = setTimeout(sweep, 0);
    const hourly = setInterval(sweep, RETENTION_SWEEP_INTERVAL_MS);
    return () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(hourly);
    };
  }, []);
}
