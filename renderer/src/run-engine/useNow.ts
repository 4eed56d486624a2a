import { useEffect, useState } from 'react';

/**
 * The current time, refreshed a few times a second while `active`. Only the
 * display depends on it: the timers themselves are computed from timestamps.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
