import { Link } from 'wouter';
import { useEffect, useState } from 'react';
import { begin, end, next, previous, togglePause, type RunState } from '../../../../domain/run/run-state.ts';
import { formatClock, phaseOf, remainingMs } from '../../../../domain/run/step-timer.ts';
import { PAUSE_BUTTON_LABEL } from '../../../../domain/self-guided/pause-situations.ts';
import { ROTATING_ROLES, roleRotationNote } from '../../../../domain/self-guided/roles.ts';
import type { AgendaItem, Session } from '../../../../domain/sessions/session-model.ts';
import { routes } from '../../navigation/routes.ts';
import { checkIns } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { Markdown } from '../../markdown/Markdown.tsx';
import { BackLink } from '../../ui/BackLink.tsx';
import { FocusedHeading } from '../../ui/FocusedHeading.tsx';
import { timeOfDay } from '../../ui/time-of-day.ts';
import { ExerciseCapture } from '../reflections/index.ts';
import { ExerciseNotes, plannedNotes } from '../../run-engine/ExerciseNotes.tsx';
import { StepNote } from '../../run-engine/StepNote.tsx';
import { takesNotes } from '../../run-engine/takes-notes.ts';
import { useNow } from '../../run-engine/useNow.ts';
import { useRun } from '../../run-engine/useRun.ts';
import { GuidedCheckIn } from './GuidedCheckIn.tsx';
import { PausePanel } from './PausePanel.tsx';
import { useAnnounceOpenRound } from '../../run-engine/run-channel.ts';

// The self-guided run: Common Ground leads a group that has no
// facilitator. One large card per step, written to be read aloud by
// whoever holds the device, with big controls anyone at the table can use.

function Roles({ note }: { note: string }) {
  return (
    <section className="guided-roles" aria-label="Roles">
      <h2>Roles</h2>
      <p>{note}</p>
      <ul>
        {ROTATING_ROLES.map((role) => (
          <li key={role.title}>
            <strong>{role.title}</strong> {role.does}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Start({ session, onStart }: { session: Session; onStart: () => void }) {
  const host = useHost();
  return (
    <div className="guided guided--start">
      <BackLink href={routes.session(session.id)}>Back to the plan</BackLink>
      <h1 tabIndex={-1}>{session.title}</h1>
      <p className="guided__lede">
        There is no facilitator today: Common Ground guides you, one card at a time. Whoever holds the device reads each card aloud. Anyone
        can press <strong>{PAUSE_BUTTON_LABEL}</strong> at any moment, and anyone may pass on any question, without giving a reason.
      </p>
      <Roles
        note={`${roleRotationNote(1, true)} At each new exercise, every role moves one person to the left, so everyone gets a turn.`}
      />
      <p>Nothing about who is here is recorded: not names, not who held which role.</p>
      <div className="guided__nav">
        <button type="button" className="button button--large" onClick={onStart}>
          Start the session
        </button>
        <button type="button" className="button button--quiet button--large" onClick={() => void host.openParticipantDisplay(session.id)}>
          Show the cards on a second screen
        </button>
      </div>
    </div>
  );
}

function Finished({ session, run }: { session: Session; run: RunState }) {
  return (
    <div className="guided guided--end">
      <FocusedHeading>You have finished</FocusedHeading>
      <p className="guided__lede">
        {session.title} ended at {timeOfDay.format(run.endedAt ?? 0)}. Everything you recorded is saved on this device and nowhere else.
      </p>
      <p>Look over your summary together: you choose what goes in it before you print or save it.</p>
      <div className="guided__nav">
        <Link href={routes.summary(session.id)} className="button button--large">
          See your summary
        </Link>
        <Link href={routes.sessions} className="button button--quiet button--large">
          Back to sessions
        </Link>
      </div>
    </div>
  );
}

export function GuidedRun({ session, agenda }: { session: Session; agenda: AgendaItem[] }) {
  useAnnounceOpenRound(session.id);
  const { steps, run, apply, step } = useRun(session, agenda);
  const now = useNow(run.endedAt === null);
  // While paused: whether the timer was running when the group paused, so "Carry on" puts it back as it was.
  const [pausedWith, setPausedWith] = useState<{ timerWasRunning: boolean } | null>(null);
  const pausing = pausedWith !== null;
  const started = run.startedAt !== null;
  // Each new card, and the card again after a pause, starts with focus on its heading, so a screen reader reads it from the top.
  useEffect(() => {
    if (started && !pausing) document.getElementById('guided-card-title')?.focus();
  }, [run.position, pausing, started]);

  if (run.endedAt !== null) return <Finished session={session} run={run} />;
  if (run.startedAt === null) return <Start session={session} onStart={() => apply(begin)} />;

  const item = agenda.find((candidate) => candidate.id === step.itemId);
  const exerciseIds = [...new Set(steps.slice(0, run.position + 1).map((s) => s.itemId))].filter(
    (id) => agenda.find((candidate) => candidate.id === id)?.kind === 'exercise',
  );
  const firstCardOfItem = run.position === 0 || steps[run.position - 1]?.itemId !== step.itemId;
  const running = run.timer.runningSince !== null;
  const last = run.position === steps.length - 1;

  const pause = () => {
    if (running) apply(togglePause);
    setPausedWith({ timerWasRunning: running });
  };

  /** Moving off a check-in card closes its round: the group has moved on, and the room's screen goes back to the cards. */
  const moveCard = (change: typeof next) => {
    if (item?.kind === 'check-in') void checkIns.closeRoundOf(session.id, item.id).catch(() => undefined);
    apply(change);
  };

  return (
    <div className="guided">
      <header className="guided__header">
        <p className="guided__progress">
          Card {run.position + 1} of {steps.length} · <strong>{step.itemTitle}</strong>
        </p>
        <div className={`guided__timer run-timer--${phaseOf(run.timer, now)}`} role="group" aria-label="Timer">
          <span className="guided__clock" data-testid="timer">
            {formatClock(remainingMs(run.timer, now))}
          </span>
          <span role="status">{running ? 'Timer running' : 'Timer stopped'}</span>
          {!pausing && (
            <button type="button" className="button button--quiet" onClick={() => apply(togglePause)}>
              {running ? 'Stop the timer' : 'Start the timer'}
            </button>
          )}
        </div>
      </header>

      {pausing ? (
        <PausePanel
          onCarryOn={() => {
            if (pausedWith.timerWasRunning && !running) apply(togglePause);
            setPausedWith(null);
          }}
          onEnd={() => {
            setPausedWith(null);
            apply((state, _steps, at) => end(state, at));
          }}
        />
      ) : (
        <article className="guided-card" aria-labelledby="guided-card-title">
          <h1 id="guided-card-title" tabIndex={-1}>
            {step.title}
          </h1>
          {item?.kind === 'exercise' && step.script && (
            <section className="guided-card__read" aria-labelledby="read-aloud-heading">
              <h2 id="read-aloud-heading">Read aloud</h2>
              <Markdown source={step.script} />
            </section>
          )}
          {step.prompt && (
            <section className="guided-card__do" aria-labelledby="group-does-heading">
              <h2 id="group-does-heading">What the group does now</h2>
              <Markdown source={step.prompt} />
            </section>
          )}
          {item?.kind === 'break' && <p className="guided-card__break">Take a break. The timer shows when to come back.</p>}
          {item?.kind === 'check-in' && <GuidedCheckIn item={item} />}
          {item?.kind === 'exercise' && <Roles note={roleRotationNote(exerciseIds.length, firstCardOfItem)} />}
          {item?.kind === 'exercise' && (
            <ExerciseNotes exerciseId={item.exercise.id} version={item.exercise.version} planned={plannedNotes(item.exercise)} />
          )}
          {takesNotes(item) && <StepNote sessionId={session.id} agendaItemId={step.itemId} stepIndex={step.stepIndex} />}
          {item?.kind === 'exercise' && <ExerciseCapture key={item.id} item={item} />}
        </article>
      )}

      {!pausing && (
        <nav className="guided__nav guided__nav--cards" aria-label="Cards">
          <button
            type="button"
            className="button button--quiet button--large"
            disabled={run.position === 0}
            onClick={() => apply(previous)}
          >
            ← Back
          </button>
          <button type="button" className="button button--pause button--large" onClick={pause}>
            {PAUSE_BUTTON_LABEL}
          </button>
          <button type="button" className="button button--large" onClick={() => moveCard(next)}>
            {last ? 'Finish' : 'Next →'}
          </button>
        </nav>
      )}
    </div>
  );
}
