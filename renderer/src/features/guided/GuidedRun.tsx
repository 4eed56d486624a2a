import { Link } from 'wouter';
import { useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { begin, end, next, previous, runSteps, togglePause, type RunState } from '../../../../domain/run/run-state.ts';
import { formatClock, phaseOf, remainingMs } from '../../../../domain/run/step-timer.ts';
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
import { useLocalizedAgenda } from '../../content/localized-agenda.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';

// The self-guided run: Common Ground leads a group that has no
// facilitator. One large card per step, written to be read aloud by
// whoever holds the device, with big controls anyone at the table can use.

/**
 * The catalogs a guided run needs, asked for together when it starts: its
 * own, the run's (notes, the harm guide) and the check-ins' (the results), so
 * that in a language other than English a check-in card later in the
 * session does not blank the screen while its words load.
 */
const GUIDED_NAMESPACES = ['guided', 'run', 'checkIns', 'handAround'] as const;

/** The roles and what each does; `note` says where they stand at this card (or, before the start, how they move). */
function Roles({ note }: { note: string }) {
  const { t } = useTranslation('guided');
  return (
    <section className="guided-roles" aria-label={t('roles.heading')}>
      <h2>{t('roles.heading')}</h2>
      <p>{note}</p>
      <ul>
        {ROTATING_ROLES.map((role) => (
          <li key={role}>
            <Trans t={t} i18nKey={`roles.${role}`} values={{ pause: t('pauseButton') }} components={[<strong key="role" />]} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Start({ session, onStart }: { session: Session; onStart: () => void }) {
  const { t } = useTranslation('guided');
  const host = useHost();
  return (
    <div className="guided guided--start">
      <BackLink href={routes.session(session.id)}>{t('back')}</BackLink>
      <h1 tabIndex={-1}>{session.title}</h1>
      <p className="guided__lede">
        <Trans t={t} i18nKey="start.lede" values={{ pause: t('pauseButton') }} components={[<strong key="pause" />]} />
      </p>
      <Roles note={t('roles.atStart')} />
      <p>{t('start.nothingRecorded')}</p>
      <div className="guided__nav">
        <button type="button" className="button button--large" onClick={onStart}>
          {t('start.start')}
        </button>
        <button type="button" className="button button--quiet button--large" onClick={() => void host.openParticipantDisplay(session.id)}>
          {t('start.display')}
        </button>
      </div>
    </div>
  );
}

function Finished({ session, run }: { session: Session; run: RunState }) {
  const { t } = useTranslation('guided');
  return (
    <div className="guided guided--end">
      <FocusedHeading>{t('finished.title')}</FocusedHeading>
      <p className="guided__lede">{t('finished.ended', { title: session.title, time: timeOfDay.format(run.endedAt ?? 0) })}</p>
      <p>{t('finished.lookOver')}</p>
      <div className="guided__nav">
        <Link href={routes.summary(session.id)} className="button button--large">
          {t('finished.summary')}
        </Link>
        <Link href={routes.sessions} className="button button--quiet button--large">
          {t('finished.sessions')}
        </Link>
      </div>
    </div>
  );
}

export function GuidedRun({ session, agenda }: { session: Session; agenda: AgendaItem[] }) {
  const { t, i18n } = useTranslation(GUIDED_NAMESPACES);
  useAnnounceOpenRound(session.id);
  const { steps, run, apply, step: plannedStep, roomPending } = useRun(session, agenda);
  // The group reads its cards in the app's language where the exercise is translated, else in English, said so.
  const inAppLanguage = useLocalizedAgenda(agenda, i18n.language);
  const ownSteps = useMemo(() => runSteps(inAppLanguage.agenda), [inAppLanguage]);
  const step = ownSteps[run.position] ?? plannedStep;
  const now = useNow(run.endedAt === null);
  // While paused: whether the timer was running when the group paused, so "Carry on" puts it back as it was.
  const [pausedWith, setPausedWith] = useState<{ timerWasRunning: boolean } | null>(null);
  const pausing = pausedWith !== null;
  const started = run.startedAt !== null;
  // Each new card, and the card again after a pause (or once its words have loaded), starts with focus on its heading,
  // so a screen reader reads it from the top.
  const ready = !inAppLanguage.pending && !roomPending;
  useEffect(() => {
    if (ready && started && !pausing) document.getElementById('guided-card-title')?.focus();
  }, [run.position, pausing, started, ready]);

  // The cards' words in the group's language are a moment away on a first open: not English meanwhile.
  if (!ready) return <p className="loading">{t('run:loading')}</p>;
  if (run.endedAt !== null) return <Finished session={session} run={run} />;
  if (run.startedAt === null) return <Start session={session} onStart={() => apply(begin)} />;

  const item = agenda.find((candidate) => candidate.id === step.itemId);
  const exerciseIds = [...new Set(steps.slice(0, run.position + 1).map((s) => s.itemId))].filter(
    (id) => agenda.find((candidate) => candidate.id === id)?.kind === 'exercise',
  );
  const firstCardOfItem = run.position === 0 || steps[run.position - 1]?.itemId !== step.itemId;
  const running = run.timer.runningSince !== null;
  const phase = phaseOf(run.timer, now);
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
          <Trans
            t={t}
            i18nKey="progress"
            values={{ card: run.position + 1, cards: steps.length, title: step.itemTitle }}
            components={[<strong key="title" />]}
          />
        </p>
        <div className={`guided__timer run-timer--${phase}`} role="group" aria-label={t('timer.label')}>
          <span className="guided__clock" data-testid="timer">
            {formatClock(remainingMs(run.timer, now))}
          </span>
          {/* Spoken when the phase changes (a fifth left, nearly out, over), never as the seconds go by: the clock is not live. */}
          <span role="status">{running && phase !== 'not-started' ? t(`timer.phase.${phase}`) : t('timer.stopped')}</span>
          {!pausing && (
            <button type="button" className="button button--quiet" onClick={() => apply(togglePause)}>
              {running ? t('timer.stop') : t('timer.start')}
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
          {inAppLanguage.untranslated.has(step.itemId) && (
            <p className="own-mark">
              <NotTranslatedMark />
            </p>
          )}
          {item?.kind === 'exercise' && step.script && (
            <section className="guided-card__read" aria-labelledby="read-aloud-heading">
              <h2 id="read-aloud-heading">{t('card.readAloud')}</h2>
              <Markdown source={step.script} />
            </section>
          )}
          {step.prompt && (
            <section className="guided-card__do" aria-labelledby="group-does-heading">
              <h2 id="group-does-heading">{t('card.groupDoes')}</h2>
              <Markdown source={step.prompt} />
            </section>
          )}
          {item?.kind === 'break' && <p className="guided-card__break">{t('card.break')}</p>}
          {item?.kind === 'check-in' && <GuidedCheckIn item={item} />}
          {item?.kind === 'exercise' && <Roles note={t(`roles.rotation.${roleRotationNote(exerciseIds.length, firstCardOfItem)}`)} />}
          {item?.kind === 'exercise' && (
            <ExerciseNotes exerciseId={item.exercise.id} version={item.exercise.version} planned={plannedNotes(item.exercise)} />
          )}
          {takesNotes(item) && <StepNote sessionId={session.id} agendaItemId={step.itemId} stepIndex={step.stepIndex} />}
          {item?.kind === 'exercise' && <ExerciseCapture key={item.id} item={item} />}
        </article>
      )}

      {!pausing && (
        <nav className="guided__nav guided__nav--cards" aria-label={t('nav.label')}>
          <button
            type="button"
            className="button button--quiet button--large"
            disabled={run.position === 0}
            onClick={() => apply(previous)}
          >
            {t('nav.back')}
          </button>
          <button type="button" className="button button--pause button--large" onClick={pause}>
            {t('pauseButton')}
          </button>
          <button type="button" className="button button--large" onClick={() => moveCard(next)}>
            {last ? t('nav.finish') : t('nav.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
