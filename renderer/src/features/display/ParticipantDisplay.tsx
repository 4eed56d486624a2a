import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { alliesListenDuring, restoreRun, runSteps } from '../../../../domain/run/run-state.ts';
import { formatClock, phaseOf, remainingMs } from '../../../../domain/run/step-timer.ts';
import { sessions } from '../../data/app-database.ts';
import { CheckInInstructions } from '../check-ins/index.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { useAnnouncedRound, useBroadcastRun } from '../../run-engine/run-channel.ts';
import { useNow } from '../../run-engine/useNow.ts';

/**
 * What the room sees on the projector: the step, its participant prompt and
 * the timer, in large high-contrast type, or while a check-in round is
 * open, how to answer it. Never the script, never the facilitator's notes,
 * never a check-in result. It follows the run view by broadcast, at once,
 * and through the shared database, which Dexie watches for it.
 */
export default function ParticipantDisplay({ sessionId }: { sessionId: string }) {
  const data = useLiveQuery(() => sessions.withAgenda(sessionId), [sessionId]);
  // The open round is held in the facilitator's window; it tells this one how people answer, never what.
  const openRound = useAnnouncedRound(sessionId);
  const steps = useMemo(() => (data ? runSteps(data.agenda) : []), [data]);
  const latestRun = useBroadcastRun(sessionId, data?.session?.updatedAt) ?? data?.session?.run;
  const run = latestRun ? restoreRun(latestRun, steps) : undefined;
  const now = useNow(run !== undefined && run.endedAt === null);

  if (!data?.session) return <main className="display" aria-label="Participant display" />;
  const step = run && run.endedAt === null ? steps[run.position] : undefined;

  return (
    <main
      className={`display display--${step && run ? (run.softSteps.includes(run.position) ? 'soft' : phaseOf(run.timer, now)) : 'idle'}`}
      aria-label="Participant display"
    >
      {!step || !run ? (
        <h1 className="display__title">{run?.endedAt ? 'Thank you.' : data.session.title}</h1>
      ) : (
        <>
          {/* The timer sits beside the heading so that a long prompt never pushes it off the screen. */}
          <div className="display__top">
            <div>
              <p className="display__item">{step.itemTitle}</p>
              <h1 className="display__title">{step.title}</h1>
            </div>
            <p className="display__timer" data-testid="display-timer">
              {run.startedAt === null ? '' : formatClock(remainingMs(run.timer, now))}
            </p>
          </div>
          {alliesListenDuring(run, steps) && <p className="display__listening">Allies: listening only during this part.</p>}
          {openRound ? (
            <CheckInInstructions round={openRound} />
          ) : (
            <>
              {/* With no facilitator the card's text belongs to everyone, so the screen mirrors it; a facilitator's script never shows. */}
              {data.session.mode === 'self-guided' && step.script && (
                <Markdown source={step.script} className="display__prompt display__read-aloud" />
              )}
              {step.prompt && <Markdown source={step.prompt} className="display__prompt" />}
            </>
          )}
        </>
      )}
    </main>
  );
}
