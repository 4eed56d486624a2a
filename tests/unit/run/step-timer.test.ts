import { describe, expect, it } from 'vitest';
import { elapsedMs, extend, formatClock, newTimer, pause, phaseOf, remainingMs, start } from '../../../domain/run/step-timer.ts';

const MIN = 60_000;

describe('step timer', () => {
  it('counts from timestamps across pauses, however long the pause', () => {
    let timer = start(newTimer(10 * MIN), 1_000);
    expect(remainingMs(timer, 1_000 + 3 * MIN)).toBe(7 * MIN);
    timer = pause(timer, 1_000 + 3 * MIN);
    // A laptop asleep for an hour: a paused timer does not move.
    expect(remainingMs(timer, 1_000 + 63 * MIN)).toBe(7 * MIN);
    timer = start(timer, 1_000 + 63 * MIN);
    expect(remainingMs(timer, 1_000 + 65 * MIN)).toBe(5 * MIN);
  });

  it('survives a reload: the stored timer gives the same time left', () => {
    const stored = JSON.parse(JSON.stringify(start(newTimer(5 * MIN), 10_000)));
    expect(remainingMs(stored, 10_000 + 2 * MIN + 500)).toBe(3 * MIN - 500);
  });

  it('never runs backwards when the clock is set back', () => {
    const timer = start(newTimer(MIN), 100_000);
    expect(elapsedMs(timer, 50_000)).toBe(0);
  });

  it('extends by any amount and shows warnings at 20% and 5% left, then overrun', () => {
    const timer = start(newTimer(10 * MIN), 0);
    expect(phaseOf(newTimer(MIN), 0)).toBe('not-started');
    expect(phaseOf(timer, 7 * MIN)).toBe('on-time');
    expect(phaseOf(timer, 8 * MIN)).toBe('warning');
    expect(phaseOf(timer, 9.5 * MIN)).toBe('final');
    expect(phaseOf(timer, 10 * MIN + 1)).toBe('overrun');
    expect(phaseOf(extend(timer, 5 * MIN), 10 * MIN + 1)).toBe('on-time');
    expect(remainingMs(extend(timer, MIN), 0)).toBe(11 * MIN);
  });

  it('formats time left and overrun', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(61_001)).toBe('1:02');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-90_000)).toBe('+1:30');
  });
});
