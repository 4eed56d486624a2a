import { useEffect } from 'react';
import { localDate, RETENTION_SWEEP_INTERVAL_MS } from '../../../domain/sessions/retention.ts';

/**
 * Deletes the sessions past their "delete after" date: once as the app
 * starts, then every hour while it stays open. The first sweep waits until
 * the browser is idle after the first screen (two seconds at the latest), so
 * fetching the database's code for it never slows the start.
 */
export function useRetentionSweep(): void {
  useEffect(() => {
    let stopped = false;
    const sweep = () => {
      void import('../data/app-database.ts')
        .then(({ sessions }) => (stopped ? 0 : sessions.sweepExpired(localDate(Date.now()))))
        .catch(() => undefined); // a storage error is reported by the data layer
    };
    const idle = typeof requestIdleCallback === 'function';
    const first = idle ? requestIdleCallback(sweep, { timeout: 2000 }) : window.setTimeout(sweep, 500);
    const hourly = setInterval(sweep, RETENTION_SWEEP_INTERVAL_MS);
    return () => {
      stopped = true;
      if (idle) cancelIdleCallback(first);
      else window.clearTimeout(first);
      clearInterval(hourly);
    };
  }, []);
}
