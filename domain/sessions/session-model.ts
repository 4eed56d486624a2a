import type { AgendaItem, ReflectionKind } from './stored-records.ts';

// What a workshop session is, independent of where it is stored. The shapes
// themselves are defined once, as schemas, in stored-records.ts; this module
// names them for the rest of the app and holds the rules about their ids.

export type {
  AgendaItem,
  AgreedAction,
  BreakAgendaItem,
  CheckInAgendaItem,
  CheckInResult,
  CheckInRound,
  ExerciseAgendaItem,
  ExerciseSnapshot,
  ItemResult,
  PrepNote,
  Reflection,
  ReflectionKind,
  Session,
  SessionBundle,
  StepNote,
} from './stored-records.ts';
export {
  CHECK_IN_METHODS,
  ROUND_PURPOSES,
  SESSION_MODES,
  SESSION_STATUSES,
  type CheckInMethod,
  type RoundPurpose,
  type SessionMode,
  type SessionStatus,
} from './session-vocabulary.ts';

/** One note per step of an item: its id says which, so typing finds and replaces it. */
export function stepNoteId(agendaItemId: string, stepIndex: number): string {
  return `${agendaItemId}_${stepIndex}`;
}

/** The one reflection of a kind an agenda item can hold, so each save replaces it. */
export function reflectionId(agendaItemId: string, kind: ReflectionKind): string {
  return `${agendaItemId}_${kind}`;
}

/** One kept result per round and instrument. */
export function checkInResultId(roundId: string, instrumentId: string): string {
  return `${roundId}_${instrumentId}`;
}

export function agendaItemTitle(item: AgendaItem): string {
  return item.kind === 'exercise' ? item.exercise.title : item.title;
}
