import { agendaItemTitle, type AgendaItem } from '../sessions/session-model.ts';
import type { Speaker } from '../sessions/session-vocabulary.ts';
import type { Airtime, RunEvent, RunState, StepRecord } from '../sessions/stored-records.ts';
import { extend, newTimer, pause, remainingMs, start } from './step-timer.ts';

// Running a session, step by step, as a pure state machine: every action
// takes the time it happens at, so the state can be stored, reloaded and
// resumed with the right time left.

export interface RunStep {
  itemId: string;
  itemTitle: string;
  stepIndex: number;
  title: string;
  plannedMs: number;
  script: string | null;
  prompt: string | null;
}

export type { RunState, StepRecord, RunEvent, Airtime } from '../sessions/stored-records.ts';
export type { Speaker } from '../sessions/session-vocabulary.ts';

const MINUTE = 60_000;

/**
 * The agenda as a list of timed steps. An exercise planned for more or less
 * than its written length has its steps scaled to fit, whole seconds apart.
 */
export function runSteps(agenda: readonly AgendaItem[]): RunStep[] {
  return [...agenda]
    .sort((a, b) => a.position - b.position)
    .flatMap((item): RunStep[] => {
      const itemTitle = agendaItemTitle(item);
      if (item.kind !== 'exercise' || item.exercise.steps.length === 0) {
        return [
          {
            itemId: item.id,
            itemTitle,
            stepIndex: 0,
            title: itemTitle,
            plannedMs: item.plannedMinutes * MINUTE,
            script: null,
            prompt: null,
          },
        ];
      }
      const scale = item.plannedMinutes / item.exercise.durationMinutes;
      return item.exercise.steps.map((step, stepIndex) => ({
        itemId: item.id,
        itemTitle,
        stepIndex,
        title: step.title,
        plannedMs: Math.max(1000, Math.round((step.minutes * MINUTE * scale) / 1000) * 1000),
        script: step.script,
        prompt: step.prompt ?? null,
      }));
    });
}

export function notStarted(steps: readonly RunStep[]): RunState {
  return {
    position: 0,
    timer: newTimer(steps[0]?.plannedMs ?? 0),
    startedAt: null,
    endedAt: null,
    records: [],
    events: [],
    airtime: { byItem: {}, current: null },
    softSteps: [],
    alliesListening: [],
  };
}

/**
 * A stored run, with any field added since it was saved given its starting
 * value. A run that has not started may have been moved along an agenda
 * that has since lost items: it is kept within the agenda as it now stands.
 */
export function restoreRun(stored: Partial<RunState> | undefined, steps: readonly RunStep[]): RunState {
  const run = { ...notStarted(steps), ...stored };
  const last = Math.max(0, steps.length - 1);
  return run.startedAt === null && run.position > last ? { ...run, position: last, timer: newTimer(steps[last]?.plannedMs ?? 0) } : run;
}

function closeCurrent(state: RunState, now: number): StepRecord[] {
  return state.records.map((record, index) =>
    index === state.records.length - 1 && record.endedAt === null ? { ...record, endedAt: now } : record,
  );
}

/** Closes the current stretch of airtime into its item's sums. */
function settleAirtime(airtime: Airtime, now: number): Airtime {
  const { current } = airtime;
  if (!current) return airtime;
  const sums = airtime.byItem[current.itemId] ?? { affected: 0, ally: 0 };
  const byItem = {
    ...airtime.byItem,
    [current.itemId]: { ...sums, [current.speaker]: sums[current.speaker] + Math.max(0, now - current.since) },
  };
  return { byItem, current: null };
}

/** Who is speaking now: the same side again, or null, means nobody is being timed. */
export function setSpeaker(state: RunState, steps: readonly RunStep[], speaker: Speaker | null, now: number): RunState {
  const itemId = steps[state.position]?.itemId;
  if (state.endedAt !== null || !itemId) return state;
  const settled = settleAirtime(state.airtime, now);
  const same = state.airtime.current?.speaker === speaker;
  return { ...state, airtime: { ...settled, current: speaker && !same ? { speaker, since: now, itemId } : null } };
}

/** Airtime so far for one item, or for the whole session, including the stretch still running. */
export function airtimeTotals(airtime: Airtime, now: number, itemId?: string): Record<Speaker, number> {
  const settled = settleAirtime(airtime, now);
  const items = itemId === undefined ? Object.values(settled.byItem) : [settled.byItem[itemId] ?? { affected: 0, ally: 0 }];
  return items.reduce((sum, item) => ({ affected: sum.affected + item.affected, ally: sum.ally + item.ally }), { affected: 0, ally: 0 });
}

export function recordEvent(state: RunState, steps: readonly RunStep[], kind: RunEvent['kind'], now: number): RunState {
  const itemId = steps[state.position]?.itemId;
  return itemId && state.endedAt === null ? { ...state, events: [...state.events, { kind, at: now, itemId }] } : state;
}

/** Jumps to a step, e.g. caucus time just inserted into the agenda. */
export function jumpTo(state: RunState, steps: readonly RunStep[], position: number, now: number): RunState {
  return state.endedAt === null ? moveTo(state, steps, position, now) : state;
}

/** Moves to another step: the current one is closed, the new one starts running if the session is running. */
function moveTo(state: RunState, steps: readonly RunStep[], position: number, now: number): RunState {
  if (position >= steps.length) return end(state, now);
  const target = Math.max(0, position);
  const running = state.timer.runningSince !== null;
  const timer = newTimer(steps[target]!.plannedMs);
  const step = steps[target]!;
  const records = closeCurrent(state, now);
  return {
    ...state,
    airtime: settleAirtime(state.airtime, now),
    position: target,
    timer: running ? start(timer, now) : timer,
    records: running
      ? [...records, { itemId: step.itemId, stepIndex: step.stepIndex, plannedMs: step.plannedMs, startedAt: now, endedAt: null }]
      : records,
  };
}

export function begin(state: RunState, steps: readonly RunStep[], now: number): RunState {
  if (state.startedAt !== null || steps.length === 0) return state;
  const step = steps[state.position]!;
  return {
    ...state,
    startedAt: now,
    timer: start(state.timer, now),
    records: [{ itemId: step.itemId, stepIndex: step.stepIndex, plannedMs: step.plannedMs, startedAt: now, endedAt: null }],
  };
}

export function togglePause(state: RunState, steps: readonly RunStep[], now: number): RunState {
  if (state.endedAt !== null) return state;
  if (state.startedAt === null) return begin(state, steps, now);
  if (state.timer.runningSince !== null) return { ...state, timer: pause(state.timer, now) };
  // Resuming: if the step was left closed (paused between steps), open its record again.
  const step = steps[state.position]!;
  const open = state.records.at(-1)?.endedAt === null;
  return {
    ...state,
    timer: start(state.timer, now),
    records: open
      ? state.records
      : [...state.records, { itemId: step.itemId, stepIndex: step.stepIndex, plannedMs: step.plannedMs, startedAt: now, endedAt: null }],
  };
}

/** Stops the clock if it is running (as when harm happens and the plan is paused); otherwise changes nothing. */
export function pauseRun(state: RunState, _steps: readonly RunStep[], now: number): RunState {
  return state.endedAt === null && state.timer.runningSince !== null ? { ...state, timer: pause(state.timer, now) } : state;
}

export function next(state: RunState, steps: readonly RunStep[], now: number): RunState {
  return state.endedAt === null ? moveTo(state, steps, state.position + 1, now) : state;
}

export function previous(state: RunState, steps: readonly RunStep[], now: number): RunState {
  return state.endedAt === null && state.position > 0 ? moveTo(state, steps, state.position - 1, now) : state;
}

/** Jumps to the first step of the next agenda item. */
export function skipItem(state: RunState, steps: readonly RunStep[], now: number): RunState {
  if (state.endedAt !== null) return state;
  const itemId = nextItemId(state, steps);
  return moveTo(state, steps, itemId === null ? steps.length : steps.findIndex((step) => step.itemId === itemId), now);
}

/** The agenda item after the current one, if any. */
export function nextItemId(state: RunState, steps: readonly RunStep[]): string | null {
  const currentItem = steps[state.position]?.itemId;
  return steps.find((step, index) => index > state.position && step.itemId !== currentItem)?.itemId ?? null;
}

/** Allies take part only by listening during the next agenda item (a check-in prompt's response). */
export function alliesListenNextItem(state: RunState, steps: readonly RunStep[]): RunState {
  const itemId = nextItemId(state, steps);
  if (state.endedAt !== null || itemId === null || state.alliesListening.includes(itemId)) return state;
  return { ...state, alliesListening: [...state.alliesListening, itemId] };
}

export function alliesListenDuring(state: RunState, steps: readonly RunStep[]): boolean {
  const itemId = steps[state.position]?.itemId;
  return itemId !== undefined && state.alliesListening.includes(itemId);
}

export function isSoftStep(state: RunState): boolean {
  return state.softSteps.includes(state.position);
}

/** Switches the current step between an ordinary timer and a soft one with no alarm. */
export function toggleSoftStep(state: RunState): RunState {
  const soft = isSoftStep(state);
  return { ...state, softSteps: soft ? state.softSteps.filter((p) => p !== state.position) : [...state.softSteps, state.position] };
}

/** Gives the current step a new length, typed by the facilitator; time already run still counts. */
export function setStepMinutes(state: RunState, minutes: number): RunState {
  return state.endedAt === null && minutes > 0 ? { ...state, timer: { ...state.timer, durationMs: Math.round(minutes * MINUTE) } } : state;
}

export function addMinutes(state: RunState, minutes: number): RunState {
  return state.endedAt === null ? { ...state, timer: extend(state.timer, minutes * MINUTE) } : state;
}

export function end(state: RunState, now: number): RunState {
  if (state.endedAt !== null) return state;
  return {
    ...state,
    endedAt: now,
    timer: pause(state.timer, now),
    records: closeCurrent(state, now),
    airtime: settleAirtime(state.airtime, now),
  };
}

/** When the session will end if every remaining step takes its planned time. */
export function projectedEnd(state: RunState, steps: readonly RunStep[], now: number): number {
  const current = Math.max(0, remainingMs(state.timer, now));
  const later = steps.slice(state.position + 1).reduce((sum, step) => sum + step.plannedMs, 0);
  return now + current + later;
}

/**
 * New planned minutes for the items after the current one, scaled so the
 * session ends within the time available. Every item keeps at least a
 * minute; returns null when nothing needs to change or nothing can.
 */
export function rebalanceProposal(
  state: RunState,
  steps: readonly RunStep[],
  agenda: readonly AgendaItem[],
  deadline: number,
  now: number,
): { itemId: string; plannedMinutes: number }[] | null {
  const overMs = projectedEnd(state, steps, now) - deadline;
  if (overMs <= 0) return null;
  const currentItem = steps[state.position]?.itemId;
  const laterIds = [...new Set(steps.slice(state.position + 1).map((step) => step.itemId))].filter((id) => id !== currentItem);
  const later = agenda.filter((item) => laterIds.includes(item.id));
  const laterMinutes = later.reduce((sum, item) => sum + item.plannedMinutes, 0);
  const targetMinutes = laterMinutes - Math.ceil(overMs / MINUTE);
  if (later.length === 0 || targetMinutes < later.length) return null;
  const factor = targetMinutes / laterMinutes;
  return later.map((item) => ({ itemId: item.id, plannedMinutes: Math.max(1, Math.floor(item.plannedMinutes * factor)) }));
}
