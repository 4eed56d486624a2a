// A step's timer, computed from timestamps rather than by counting ticks, so
// it stays right across pauses, reloads, a sleeping laptop and a busy tab:
// whatever happened in between, the time left is recomputed from the clock.

import type { StepTimer } from '../sessions/stored-records.ts';

export type { StepTimer };

export type TimerPhase = 'not-started' | 'on-time' | 'warning' | 'final' | 'overrun';

export const WARNING_SHARE = 0.2;
export const FINAL_SHARE = 0.05;

export function newTimer(durationMs: number): StepTimer {
  return { durationMs, elapsedBeforeMs: 0, runningSince: null };
}

export function elapsedMs(timer: StepTimer, now: number): number {
  // A clock set backwards never takes time away.
  return timer.elapsedBeforeMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

/** Negative once the step runs over. */
export function remainingMs(timer: StepTimer, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

export function start(timer: StepTimer, now: number): StepTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

export function pause(timer: StepTimer, now: number): StepTimer {
  return timer.runningSince === null ? timer : { ...timer, elapsedBeforeMs: elapsedMs(timer, now), runningSince: null };
}

export function extend(timer: StepTimer, byMs: number): StepTimer {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + byMs) };
}

/** Warnings at 20% and 5% of the step's time left, then overrun. */
export function phaseOf(timer: StepTimer, now: number): TimerPhase {
  const elapsed = elapsedMs(timer, now);
  if (elapsed === 0 && timer.runningSince === null) return 'not-started';
  const left = timer.durationMs - elapsed;
  if (left < 0) return 'overrun';
  if (left <= timer.durationMs * FINAL_SHARE) return 'final';
  if (left <= timer.durationMs * WARNING_SHARE) return 'warning';
  return 'on-time';
}

/** "12:05", or "+1:30" once over. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const totalSeconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${over ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}
