import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  alliesListenDuring,
  alliesListenNextItem,
  airtimeTotals,
  isSoftStep,
  jumpTo,
  toggleSoftStep,
  recordEvent,
  setSpeaker,
  begin,
  next,
  notStarted,
  previous,
  projectedEnd,
  rebalanceProposal,
  runSteps,
  skipItem,
  togglePause,
  restoreRun,
} from '../../../domain/run/run-state.ts';
import { remainingMs } from '../../../domain/run/step-timer.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';

const MIN = 60_000;

const agenda: AgendaItem[] = [
  {
    id: 'a',
    sessionId: 's',
    position: 1,
    kind: 'exercise',
    plannedMinutes: 20,
    exercise: {
      id: 'agreements',
      version: 1,
      title: 'Agreements',
      durationMinutes: 10,
      audience: ['mixed'],
      captures: [],
      steps: [
        { title: 'Open', minutes: 4, script: 'Welcome.' },
        { title: 'Agree', minutes: 6, script: 'Agree.', prompt: 'What works for you?' },
      ],
    },
  },
  { id: 'b', sessionId: 's', position: 2, kind: 'break', title: 'Break', plannedMinutes: 10 },
  { id: 'c', sessionId: 's', position: 3, kind: 'check-in', title: 'Check-out', plannedMinutes: 10, instrumentIds: [] },
];
const steps = runSteps(agenda);

describe('run state', () => {
  it('flattens the agenda into steps, scaling an exercise to its planned minutes', () => {
    expect(steps.map((step) => [step.itemId, step.title, step.plannedMs / MIN])).toEqual([
      ['a', 'Open', 8],
      ['a', 'Agree', 12],
      ['b', 'Break', 10],
      ['c', 'Check-out', 10],
    ]);
    expect(steps[1]?.prompt).toBe('What works for you?');
  });

  it('records the actual start and end of every step, through pauses, extensions and going back', () => {
    let state = begin(notStarted(steps), steps, 0);
    state = togglePause(state, steps, 2 * MIN); // pause
    state = togglePause(state, steps, 5 * MIN); // resume after 3 minutes
    expect(remainingMs(state.timer, 5 * MIN)).toBe(6 * MIN);
    state = addMinutes(state, 1);
    expect(remainingMs(state.timer, 5 * MIN)).toBe(7 * MIN);
    state = next(state, steps, 12 * MIN);
    state = previous(state, steps, 13 * MIN);
    state = skipItem(state, steps, 20 * MIN);
    expect(steps[state.position]?.itemId).toBe('b');
    state = skipItem(state, steps, 30 * MIN);
    state = next(state, steps, 41 * MIN);
    expect(state.endedAt).toBe(41 * MIN);
    expect(state.records.map((r) => [r.itemId, r.stepIndex, r.startedAt / MIN, r.endedAt! / MIN])).toEqual([
      ['a', 0, 0, 12],
      ['a', 1, 12, 13],
      ['a', 0, 13, 20],
      ['b', 0, 20, 30],
      ['c', 0, 30, 41],
    ]);
  });

  it('projects the end from the time left now and the plan for what follows', () => {
    let state = begin(notStarted(steps), steps, 0);
    expect(projectedEnd(state, steps, 0)).toBe(40 * MIN);
    // The first step runs 5 minutes over: everything after moves with it.
    state = next(state, steps, 13 * MIN);
    expect(projectedEnd(state, steps, 13 * MIN)).toBe(45 * MIN);
  });

  it('proposes shorter later items to end on time, and nothing when on time', () => {
    let state = begin(notStarted(steps), steps, 0);
    expect(rebalanceProposal(state, steps, agenda, 40 * MIN, 0)).toBeNull();
    state = next(state, steps, 18 * MIN); // ten minutes late
    const proposal = rebalanceProposal(state, steps, agenda, 40 * MIN, 18 * MIN);
    expect(proposal).toEqual([
      { itemId: 'b', plannedMinutes: 5 },
      { itemId: 'c', plannedMinutes: 5 },
    ]);
  });
});

describe('floor tools and airtime', () => {
  it('keeps only seconds per side, per item and for the session, including the stretch still running', () => {
    let state = begin(notStarted(steps), steps, 0);
    state = setSpeaker(state, steps, 'affected', 0);
    state = setSpeaker(state, steps, 'ally', 3 * MIN); // affected spoke 3 minutes
    expect(airtimeTotals(state.airtime, 4 * MIN, 'a')).toEqual({ affected: 3 * MIN, ally: 1 * MIN });
    state = setSpeaker(state, steps, 'ally', 4 * MIN); // tapping the same side again stops timing
    expect(state.airtime.current).toBeNull();
    state = skipItem(state, steps, 5 * MIN);
    state = setSpeaker(state, steps, 'affected', 5 * MIN);
    state = next(state, steps, 7 * MIN); // moving on settles the running stretch
    expect(airtimeTotals(state.airtime, 9 * MIN)).toEqual({ affected: 5 * MIN, ally: 1 * MIN });
    expect(Object.keys(state.airtime.byItem).sort()).toEqual(['a', 'b']);
    expect(JSON.stringify(state.airtime)).not.toMatch(/name|person|participant/i);
  });

  it('records caucus calls and floor shifts in the timeline, and jumps to inserted caucus time', () => {
    let state = begin(notStarted(steps), steps, 0);
    state = recordEvent(state, steps, 'floor-shift', MIN);
    state = recordEvent(state, steps, 'caucus-call', 2 * MIN);
    expect(state.events).toEqual([
      { kind: 'floor-shift', at: MIN, itemId: 'a' },
      { kind: 'caucus-call', at: 2 * MIN, itemId: 'a' },
    ]);
    state = jumpTo(state, steps, 2, 2 * MIN);
    expect(steps[state.position]?.itemId).toBe('b');
    expect(state.timer.runningSince).toBe(2 * MIN);
  });
});

describe('soft timers', () => {
  it('marks the current step soft and back, surviving a move away and back', () => {
    let state = begin(notStarted(steps), steps, 0);
    expect(isSoftStep(state)).toBe(false);
    state = toggleSoftStep(state);
    expect(isSoftStep(state)).toBe(true);
    state = next(state, steps, MIN);
    expect(isSoftStep(state)).toBe(false);
    state = previous(state, steps, 2 * MIN);
    expect(isSoftStep(state)).toBe(true);
    expect(isSoftStep(toggleSoftStep(state))).toBe(false);
  });

  it('marks the next agenda item, not the current one, for allies to listen only', () => {
    let state = begin(notStarted(steps), steps, 0);
    state = alliesListenNextItem(state, steps);
    expect(state.alliesListening).toEqual(['b']);
    expect(alliesListenDuring(state, steps)).toBe(false);
    state = next(state, steps, MIN); // second step of the same item
    expect(alliesListenDuring(state, steps)).toBe(false);
    state = next(state, steps, 2 * MIN);
    expect(alliesListenDuring(state, steps)).toBe(true);
    expect(alliesListenNextItem(alliesListenNextItem(state, steps), steps).alliesListening).toEqual(['b', 'c']);
    const onLast = skipItem(state, steps, 3 * MIN);
    expect(alliesListenNextItem(onLast, steps)).toBe(onLast);
  });
});

describe('a stored run read against a changed agenda', () => {
  it('keeps a run that has not started within an agenda that has lost items, so it can start', () => {
    const long = runSteps(agenda);
    const moved = next(next(next(notStarted(long), long, 1), long, 2), long, 3);
    const short = runSteps(agenda.slice(0, 1));
    const restored = restoreRun(moved, short);
    expect(restored.position).toBe(1);
    expect(togglePause(restored, short, 4).records).toEqual([expect.objectContaining({ itemId: 'a', startedAt: 4 })]);
  });
});
