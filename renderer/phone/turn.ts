import { pathFor, questionScreenCount, type PathScreen } from '../../domain/check-ins/answer-path.ts';
import type { PhoneInstrument, PhoneSubmission } from '../../domain/check-ins/phone-round.ts';
import type { CheckInTrack } from '../../domain/content/vocabulary.ts';

// One person's turn on their own phone, as plain data: where they are, and
// what they have chosen so far. Every change returns a new state, so the
// screens only draw what this says. The path is the device's
// (domain/check-ins/answer-path.ts): as many question screens whatever the
// track, then the change question for everyone.

/** Per instrument, per item: the value chosen, or null for "Pass". An item never touched is absent (a pass too). */
export type Chosen = Record<string, Record<string, number | null>>;

/** "Does something need to change?": yes, no, or null for "Pass". */
export type ChangeAnswer = boolean | null;

export type Stage =
  | { name: 'choose' }
  /** position 0 … questionScreenCount: the question screens, then the change question. */
  | { name: 'path'; position: number }
  | { name: 'thanks' }
  | { name: 'answered' }
  | { name: 'closed' };

export interface TurnState {
  stage: Stage;
  /** The track chosen; undefined before any choice, null for "I prefer not to say". */
  track: CheckInTrack | null | undefined;
  chosen: Chosen;
  change: ChangeAnswer;
}

/** What one screen of the path holds: a question or a neutral screen from the shared path, or the change question, last. */
export type TurnScreen = PathScreen<PhoneInstrument> | { kind: 'change' };

export function startTurn(): TurnState {
  return { stage: { name: 'choose' }, track: undefined, chosen: {}, change: null };
}

/** How many screens a path has, the change question included: the same for every choice. */
export function screenCount(instruments: readonly PhoneInstrument[]): number {
  return questionScreenCount(instruments) + 1;
}

/**
 * Starts (or restarts) the path for a track. Choosing a different track from
 * the one chosen before drops the answers given on the first one, so none of
 * them is on screen or sent; choosing the same one again keeps them.
 */
export function chooseTrack(state: TurnState, track: CheckInTrack | null): TurnState {
  return {
    ...state,
    stage: { name: 'path', position: 0 },
    track,
    chosen: track === state.track ? state.chosen : {},
  };
}

/** One screen back; from the first, back to the choice of track. Answers are kept. */
export function back(state: TurnState): TurnState {
  if (state.stage.name !== 'path') return state;
  const position = state.stage.position - 1;
  return { ...state, stage: position < 0 ? { name: 'choose' } : { name: 'path', position } };
}

/** One screen on; never past the last (the change question), which submits instead. */
export function next(state: TurnState, instruments: readonly PhoneInstrument[]): TurnState {
  if (state.stage.name !== 'path') return state;
  const position = Math.min(state.stage.position + 1, screenCount(instruments) - 1);
  return { ...state, stage: { name: 'path', position } };
}

export function isLastScreen(state: TurnState, instruments: readonly PhoneInstrument[]): boolean {
  return state.stage.name === 'path' && state.stage.position === screenCount(instruments) - 1;
}

/** The screen the person is on, or undefined when they are not on the path. */
export function currentScreen(state: TurnState, instruments: readonly PhoneInstrument[]): TurnScreen | undefined {
  if (state.stage.name !== 'path' || state.track === undefined) return undefined;
  const path = pathFor(instruments, state.track);
  return path[state.stage.position] ?? { kind: 'change' };
}

export function answer(state: TurnState, instrumentId: string, itemId: string, value: number | null): TurnState {
  return { ...state, chosen: { ...state.chosen, [instrumentId]: { ...state.chosen[instrumentId], [itemId]: value } } };
}

export function chosenValue(state: TurnState, instrumentId: string, itemId: string): number | null {
  return state.chosen[instrumentId]?.[itemId] ?? null;
}

export function setChange(state: TurnState, change: ChangeAnswer): TurnState {
  return { ...state, change };
}

/** The turn ends, one way or another: the answers are dropped from memory with it. */
export function endTurn(state: TurnState, stage: Extract<Stage, { name: 'thanks' | 'answered' | 'closed' }>): TurnState {
  return { ...state, stage, chosen: {}, change: null };
}

/**
 * What is sent: the chosen track's instruments only, each with the values
 * chosen on the scale for its own items (passes, and anything else, left
 * out); an instrument with nothing chosen is left out altogether. "I prefer
 * not to say" sends no answers at all, only the change question.
 */
export function buildSubmission(
  instruments: readonly PhoneInstrument[],
  track: CheckInTrack | null,
  chosen: Chosen,
  change: ChangeAnswer,
): PhoneSubmission {
  const answers: PhoneSubmission['answers'] = {};
  if (track !== null) {
    for (const instrument of instruments) {
      if (instrument.track !== track) continue;
      const values: Record<string, number> = {};
      let any = false;
      for (const item of instrument.items) {
        const value = chosen[instrument.id]?.[item.id];
        if (typeof value !== 'number' || !Number.isInteger(value) || value < instrument.scale.min || value > instrument.scale.max) continue;
        values[item.id] = value;
        any = true;
      }
      if (any) answers[instrument.id] = values;
    }
  }
  return { track, answers, wantsChange: change };
}

/** The submission for a state on the path, or undefined before a track is chosen. */
export function submissionOf(state: TurnState, instruments: readonly PhoneInstrument[]): PhoneSubmission | undefined {
  return state.track === undefined ? undefined : buildSubmission(instruments, state.track, state.chosen, state.change);
}
