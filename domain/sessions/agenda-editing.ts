import { runSteps } from '../run/run-state.ts';
import { agendaItemTitle } from './session-model.ts';
import type { AgendaItem, Session } from './stored-records.ts';

// What editing a session's agenda means once it has been run. A plan is
// free to change until the run starts. During a run, what has already
// happened stays as it happened: items the run has reached (the current one
// included) keep their place and length and cannot be removed, while items
// still to come can be added, removed, moved among themselves and resized.
// Once the session has ended its agenda is the record of what ran, and it is
// not edited at all: a duplicate is the way to plan it again.

export type AgendaEdit =
  { kind: 'add' } | { kind: 'remove' | 'resize'; item: AgendaItem } | { kind: 'move'; item: AgendaItem; toIndex: number };

export interface AgendaLock {
  /** The session has ended: nothing in its agenda changes. */
  ended: boolean;
  /** Items the run has reached, in agenda order; they keep their place, length and existence. */
  reached: ReadonlySet<string>;
  /** How many items, from the start of the agenda, are fixed in place. */
  fixedCount: number;
}

export function agendaLock(session: Pick<Session, 'run' | 'status'>, agenda: readonly AgendaItem[]): AgendaLock {
  const run = session.run;
  if (session.status === 'ended' || (run && run.endedAt !== null)) {
    return { ended: true, reached: new Set(agenda.map((item) => item.id)), fixedCount: agenda.length };
  }
  if (!run || run.startedAt === null) return { ended: false, reached: new Set(), fixedCount: 0 };
  const steps = runSteps(agenda);
  const reached = new Set([
    ...steps.slice(0, Math.min(run.position, steps.length - 1) + 1).map((step) => step.itemId),
    ...run.records.map((record) => record.itemId),
  ]);
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  const lastReached = ordered.findLastIndex((item) => reached.has(item.id));
  return { ended: false, reached, fixedCount: lastReached + 1 };
}

/**
 * Why an edit is not allowed, as the rule it would break (the renderer says
 * it in the facilitator's language); null when it is allowed. `reached`
 * names the item, by its title.
 */
export type AgendaEditRefusal = { kind: 'ended' } | { kind: 'reached'; title: string } | { kind: 'fixed' };

export function agendaEditRefusal(lock: AgendaLock, edit: AgendaEdit): AgendaEditRefusal | null {
  if (lock.ended) return { kind: 'ended' };
  if (edit.kind === 'add') return null;
  if (lock.reached.has(edit.item.id)) return { kind: 'reached', title: agendaItemTitle(edit.item) };
  if (edit.kind === 'move' && edit.toIndex < lock.fixedCount) return { kind: 'fixed' };
  return null;
}
