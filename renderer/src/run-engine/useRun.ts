import { useCallback, useMemo, useRef, useState } from 'react';
import { jumpTo, recordEvent, restoreRun, runSteps, togglePause, type RunState, type RunStep } from '../../../domain/run/run-state.ts';
import type { AgendaItem, Session } from '../../../domain/sessions/session-model.ts';
import { useTranslation } from 'react-i18next';
import { useLocalizedAgenda } from '../content/localized-agenda.ts';
import { sessions } from '../data/app-database.ts';
import { translate } from '../i18n/current.ts';
import { useServeDisplay } from './display-channel.ts';
import { displayViewOf } from './display-view.ts';

export type Change = (state: RunState, steps: readonly RunStep[], now: number) => RunState;

export const CAUCUS_MINUTES = 10;

/**
 * A session being run, by a facilitator or by the group itself: the steps,
 * where the run stands, and the changes that move it, each saved as it
 * happens. While it is mounted, it tells the participant display what to
 * show (only that: `displayViewOf`), and answers a display opened later.
 *
 * A change is worked out from the latest run, set, and then saved and
 * broadcast once, in the event that caused it: never inside a React state
 * updater, which React may call more than once (and does, in development).
 */
export function useRun(session: Session, agenda: readonly AgendaItem[]) {
  const steps = useMemo(() => runSteps(agenda), [agenda]);
  const [run, setRun] = useState<RunState>(() => restoreRun(session.run, steps));
  // The run as last set, so two changes before the next render build on each other.
  const latest = useRef(run);
  // Only what the display shows of the session, so that a save (a new `updatedAt`) changes nothing here.
  const { title, mode, participantLanguage } = session;
  const shown = useMemo(() => ({ title, mode, participantLanguage: participantLanguage ?? null }), [title, mode, participantLanguage]);
  // The room sees the plan in its own language: the session's choice, else the app's.
  const { i18n } = useTranslation();
  const inRoomLanguage = useLocalizedAgenda(agenda, participantLanguage ?? i18n.language);
  const roomSteps = useMemo(() => runSteps(inRoomLanguage.agenda), [inRoomLanguage]);
  const roomView = useCallback(
    (state: RunState) => displayViewOf(shown, roomSteps, state, inRoomLanguage.untranslated),
    [shown, roomSteps, inRoomLanguage],
  );
  // Nothing reaches the room until its words are here: it is shown the step in its language, never English for a moment.
  const roomPending = inRoomLanguage.pending;
  const showOnDisplay = useServeDisplay(
    session.id,
    useMemo(() => (roomPending ? null : roomView(run)), [roomPending, roomView, run]),
  );

  const commit = useCallback(
    (updated: RunState) => {
      latest.current = updated;
      setRun(updated);
      // The room hears of the change at once, before this window renders it (once its words are here); the database keeps it.
      if (!roomPending) showOnDisplay(roomView(updated));
      void sessions.saveRun(session.id, updated).catch(() => undefined); // reported by the data layer
    },
    [session.id, roomView, roomPending, showOnDisplay],
  );

  const apply = useCallback(
    (change: Change) => {
      const current = latest.current;
      const updated = change(current, steps, Date.now());
      if (updated !== current) commit(updated);
    },
    [commit, steps],
  );

  const step = steps[Math.min(run.position, steps.length - 1)]!;

  // Caucus call: caucus time goes into the agenda straight after this item, and its timer starts now.
  // Its title is stored in the language the run is in, as anything typed into the plan is.
  const callCaucus = useCallback(async (): Promise<boolean> => {
    const current = agenda.find((item) => item.id === step.itemId);
    if (!current || run.endedAt !== null) return false;
    try {
      const caucus = await sessions.insertAfter(current, {
        kind: 'break',
        title: translate('run:actions.caucusTitle'),
        plannedMinutes: CAUCUS_MINUTES,
      });
      const updated = runSteps(caucus.agenda);
      const target = updated.findIndex((candidate) => candidate.itemId === caucus.id);
      const called = recordEvent(latest.current, updated, 'caucus-call', Date.now());
      commit(jumpTo(called.timer.runningSince === null ? togglePause(called, updated, Date.now()) : called, updated, target, Date.now()));
      return true;
    } catch {
      // Reported; the run goes on as it was.
      return false;
    }
  }, [agenda, commit, run.endedAt, step.itemId]);

  return { steps, run, apply, step, callCaucus, roomSteps, roomPending };
}
