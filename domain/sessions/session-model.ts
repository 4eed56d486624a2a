import type { ExerciseStep } from '../content/exercise-schema.ts';
import type { RunState } from '../run/run-state.ts';
import type { RecordableCapture } from '../content/recording-policy.ts';
import type { AudienceId } from '../content/vocabulary.ts';

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

export function agendaItemTitle(item: AgendaItem): string {
  return item.kind === 'exercise' ? item.exercise.title : item.title;
}

/** One check-in round: which instruments were open, and when it was opened (for ordering rounds, never responses). */
export interface CheckInRound {
  id: string;
  sessionId: string;
  agendaItemId: string | null;
  instrumentIds: string[];
  openedAt: number;
  closedAt: number | null;
}

/**
 * One anonymous answer set for one instrument. No identity, no timestamp:
 * nothing ties it to a person or to the order people answered in.
 */
export interface CheckInResponse {
  id: string;
  sessionId: string;
  roundId: string;
  instrumentId: string;
  /** Item id → scale value; passed items are absent. */
  answers: Record<string, number>;
}

/** Structured reflection captured for an exercise (e.g. a structures map or timelines). */
export interface Reflection {
  id: string;
  sessionId: string;
  agendaItemId: string;
  kind: 'structures-map' | 'timelines';
  /** Kind-specific content, validated where it is written. */
  data: unknown;
  updatedAt: number;
}

/** An action the group agreed. Who takes it on is the group's to write, or not. */
export interface AgreedAction {
  id: string;
  sessionId: string;
  agendaItemId: string | null;
  text: string;
  createdAt: number;
}
