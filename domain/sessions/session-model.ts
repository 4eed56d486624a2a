import type { ExerciseStep } from '../content/exercise-schema.ts';
import type { RunState } from '../run/run-state.ts';
import type { RecordableCapture, SummarySharing } from '../content/recording-policy.ts';
import type { AudienceId } from '../content/vocabulary.ts';
import type { Tally } from '../check-ins/tally.ts';
import type { SummarySettings } from '../summary/summary-choices.ts';
import type { StructuresMap } from '../reflections/structures-map.ts';
import type { Timelines } from '../reflections/timelines.ts';

// What a workshop session is, independent of where it is stored. No
// participant names or identities appear anywhere in this model, by design:
// a session knows what was planned, run and agreed, never who was there.

export const SESSION_MODES = ['facilitated', 'self-guided'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_STATUSES = ['planned', 'running', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface Session {
  id: string;
  title: string;
  /** Local date and time the session is planned for, "YYYY-MM-DDTHH:mm", or null if not yet set. */
  scheduledFor: string | null;
  /** How long the group has, in minutes, or null if not yet known. */
  availableMinutes: number | null;
  mode: SessionMode;
  status: SessionStatus;
  /** The template it was created from, if any. */
  templateId: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** Where a run of this session stands; absent until it is first run. */
  run?: RunState;
  /** What the facilitator last chose to print in the summary; absent until they choose. */
  summary?: SummarySettings;
}

/**
 * The exercise as it was when it was planned. An old session reads the same
 * after the library changes: its agenda keeps this copy, not a reference.
 */
export interface ExerciseSnapshot {
  id: string;
  version: number;
  title: string;
  durationMinutes: number;
  audience: AudienceId[];
  captures: RecordableCapture[];
  /** Absent in sessions planned before the content said; read as private, so nothing is printed by surprise. */
  summarySharing?: SummarySharing;
  /** Present when the exercise needs an experienced facilitator: why, for a self-guided group. */
  needsFacilitatorBecause?: string;
  steps: ExerciseStep[];
}

interface AgendaItemBase {
  id: string;
  sessionId: string;
  /** Sort key within the session; gaps are allowed. */
  position: number;
  plannedMinutes: number;
}

export interface ExerciseAgendaItem extends AgendaItemBase {
  kind: 'exercise';
  exercise: ExerciseSnapshot;
}

export interface BreakAgendaItem extends AgendaItemBase {
  kind: 'break';
  title: string;
}

export interface CheckInAgendaItem extends AgendaItemBase {
  kind: 'check-in';
  title: string;
  instrumentIds: string[];
}

export type AgendaItem = ExerciseAgendaItem | BreakAgendaItem | CheckInAgendaItem;

/**
 * The facilitator's preparation note for one agenda item, keyed by the item's
 * id. Kept apart from the item so that typing a note writes one small record
 * and does not redraw the whole plan.
 */
export interface PrepNote {
  id: string;
  sessionId: string;
  text: string;
  updatedAt: number;
}

/** A note taken during one step of one agenda item. */
export interface StepNote {
  id: string;
  sessionId: string;
  agendaItemId: string;
  stepIndex: number;
  text: string;
  updatedAt: number;
}

/** One note per step of an item: its id says which, so typing finds and replaces it. */
export function stepNoteId(agendaItemId: string, stepIndex: number): string {
  return `${agendaItemId}_${stepIndex}`;
}

export function agendaItemTitle(item: AgendaItem): string {
  return item.kind === 'exercise' ? item.exercise.title : item.title;
}

export const CHECK_IN_METHODS = {
  'hand-around': 'Private hand-around on this device',
  tally: 'Tally from cards or slips',
} as const;
export type CheckInMethod = keyof typeof CHECK_IN_METHODS;

export const ROUND_PURPOSES = ['check-in', 'check-out'] as const;
export type RoundPurpose = (typeof ROUND_PURPOSES)[number];

/** One check-in round: which instruments were open, and when it was opened (for ordering rounds, never answers). */
export interface CheckInRound {
  id: string;
  sessionId: string;
  agendaItemId: string | null;
  instrumentIds: string[];
  /** A check-out is the closing round offered at the end of a session. */
  purpose: RoundPurpose;
  /** How answers are being collected; the participant display shows the matching instructions. */
  method: CheckInMethod;
  /** How many people have taken their turn on the device, passes included: it tells the facilitator when everyone has gone, and nothing else. */
  turns: number;
  /** 1 for the session's first round, and so on: rounds are ordered by this, not by the clock. */
  sequence: number;
  openedAt: number;
  closedAt: number | null;
}

/**
 * The answers to one instrument in one round, only ever as counts: nothing
 * ties them to a person or to the order people answered in.
 */
export interface CheckInTally extends Tally {
  /** `${roundId}_${instrumentId}`, so each submission updates one known record. */
  id: string;
  sessionId: string;
  roundId: string;
  instrumentId: string;
}

export function tallyId(roundId: string, instrumentId: string): string {
  return `${roundId}_${instrumentId}`;
}

interface ReflectionBase {
  id: string;
  sessionId: string;
  agendaItemId: string;
  updatedAt: number;
}

/** Structured reflection captured for an exercise: a shared-structures map, or groups' timelines. */
export type Reflection =
  (ReflectionBase & { kind: 'structures-map'; data: StructuresMap }) | (ReflectionBase & { kind: 'timelines'; data: Timelines });

export type ReflectionKind = Reflection['kind'];

/** An action the group agreed. Who takes it on is the group's to write, or not. */
export interface AgreedAction {
  id: string;
  sessionId: string;
  agendaItemId: string | null;
  text: string;
  createdAt: number;
}
