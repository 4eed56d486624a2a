import { useLiveQuery } from 'dexie-react-hooks';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  end,
  projectedEnd,
  rebalanceProposal,
  nextItemId,
  setStepMinutes,
  isSoftStep,
  toggleSoftStep,
  alliesListenNextItem,
  alliesListenDuring,
  runSteps,
} from '../../../../domain/run/run-state.ts';
import { useLocalizedAgenda } from '../../content/localized-agenda.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { formatClock, phaseOf, remainingMs } from '../../../../domain/run/step-timer.ts';
import { agendaItemTitle, type AgendaItem, type Session } from '../../../../domain/sessions/session-model.ts';
import { routes } from '../../navigation/routes.ts';
import { sessions } from '../../data/app-database.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { useHost } from '../../host/host-context.tsx';
import { BackLink } from '../../ui/BackLink.tsx';
import { timeOfDay } from '../../ui/time-of-day.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import type { FacilitatorAction } from '../../../../domain/content/vocabulary.ts';
import { listCheckIns } from '../../content/content-details.ts';
import { CheckInRoundsPanel, useSessionCheckIns } from '../check-ins/index.ts';
import { ExerciseCapture } from '../reflections/index.ts';
import { GuidedRun } from '../guided/index.ts';
import { AirtimePanel } from './AirtimePanel.tsx';
import { playChime } from './chime.ts';
import { CommandControls } from './CommandControls.tsx';
import { DisplayControls } from './DisplayControls.tsx';
import { ExerciseNotes, plannedNotes } from '../../run-engine/ExerciseNotes.tsx';
import { CHECK_IN_PANEL_ID, commandForKey, type RunActions, type RunCommandView } from './run-commands.ts';
import { CheckInDrawer } from './CheckInDrawer.tsx';
import { roundStateText } from './round-state.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { HarmGuide } from '../../run-engine/HarmGuide.tsx';
import { exerciseAgendaItem } from '../../../../domain/sessions/plan-from-content.ts';
import { StepNote } from '../../run-engine/StepNote.tsx';
import { takesNotes } from '../../run-engine/takes-notes.ts';
import { CAUCUS_MINUTES, useRun } from '../../run-engine/useRun.ts';
import { useNow } from '../../run-engine/useNow.ts';
import { ParticipantsSee } from '../../markdown/ParticipantsSee.tsx';
import { useAnnounceOpenRound } from '../../run-engine/run-channel.ts';

const ALLY_CHECK_IN_MINUTES = 10;

/** The check-in panel's heading (features/check-ins), where opening the panel puts focus. */
const CHECK_IN_HEADING_ID = 'check-in-panel-heading';

/** The floor tools' Check-ins button, where focus goes back when the panel closes from inside. */
function checkInsButton(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.floor-tools [aria-controls="${CHECK_IN_PANEL_ID}"]`);
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export default function RunScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('run');
  const data = useLiveQuery(() => sessions.withAgenda(sessionId), [sessionId]);
  if (data === undefined) return <p className="loading">{t('loading')}</p>;
  if (!data.session) return <NotFound what="Session" id={sessionId} backHref={routes.sessions} />;
  if (data.agenda.length === 0) {
    return (
      <div className="detail">
        <BackLink href={routes.session(sessionId)}>{t('back')}</BackLink>
        <h1 tabIndex={-1}>{t('nothingTitle')}</h1>
        <p>{t('nothingText')}</p>
      </div>
    );
  }
  if (data.session.mode === 'self-guided') return <GuidedRun key={sessionId} session={data.session} agenda={data.agenda} />;
  return <RunView key={sessionId} session={data.session} agenda={data.agenda} />;
}

function RunView({ session, agenda }: { session: Session; agenda: AgendaItem[] }) {
  useAnnounceOpenRound(session.id);
  const { t, i18n } = useTranslation('run');
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [showHarm, setShowHarm] = useState(false);
  const [muted, setMuted] = useState(false);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [showMore, setShowMore] = useState(false);
  const host = useHost();
  const { steps, run, apply, step: plannedStep, callCaucus, roomSteps, roomPending } = useRun(session, agenda);
  // The facilitator's words in the app's language where the exercise is translated; what the room sees, in its own.
  const inAppLanguage = useLocalizedAgenda(agenda, i18n.language);
  const ownSteps = useMemo(() => runSteps(inAppLanguage.agenda), [inAppLanguage]);
  const step = ownSteps[run.position] ?? plannedStep;
  const roomPrompt = (roomSteps[run.position] ?? plannedStep).prompt;
  const now = useNow(run.endedAt === null);

  /** The practical responses a check-in prompt offers, carried out in one click. */
  const applyAction = async (action: FacilitatorAction): Promise<string> => {
    switch (action) {
      case 'insert-caucus-time':
        if (!(await callCaucus())) return t('actions.caucusFailed');
        return t('actions.caucusDone', { minutes: CAUCUS_MINUTES });
      case 'allies-listen-next-item': {
        const nextItem = agenda.find((item) => item.id === nextItemId(run, steps));
        if (!nextItem) return t('actions.noNext');
        apply(alliesListenNextItem);
        const shown = inAppLanguage.agenda.find((item) => item.id === nextItem.id) ?? nextItem;
        return t('actions.alliesListen', { title: agendaItemTitle(shown) });
      }
      case 'insert-ally-check-in': {
        const current = agenda.find((item) => item.id === step.itemId);
        if (!current) return t('actions.nothingChanged');
        await sessions.insertAfter(current, {
          kind: 'check-in',
          title: t('actions.allyCheckInTitle'),
          plannedMinutes: ALLY_CHECK_IN_MINUTES,
          instrumentIds: listCheckIns()
            .filter((instrument) => instrument.track === 'ally')
            .map((instrument) => instrument.id),
        });
        return t('actions.allyCheckIn', { minutes: ALLY_CHECK_IN_MINUTES });
      }
    }
  };
  // The check-in panel: at the end of the page, or open beside the script (CheckInDrawer).
  const checkInData = useSessionCheckIns(session.id);
  const roundState = roundStateText(checkInData);
  const openRoundId = checkInData === undefined ? undefined : (checkInData.openRound?.id ?? null);
  const [checkInsOpen, setCheckInsOpen] = useState(false);
  const drawer = useRef<HTMLDivElement>(null);
  // Where focus should go once the panel is open: into it, or into it only if the page lost focus meanwhile.
  const [focusRequest, setFocusRequest] = useState<{ onlyIfLost: boolean } | null>(null);
  const openCheckIns = useCallback((focus: 'into-panel' | 'if-lost') => {
    setCheckInsOpen(true);
    setFocusRequest({ onlyIfLost: focus === 'if-lost' });
  }, []);
  const closeCheckIns = useCallback(() => {
    const hadFocus = drawer.current?.contains(document.activeElement) ?? false;
    setCheckInsOpen(false);
    // Focus goes back to the button that opens the panel, not to the top of the page.
    if (hadFocus) checkInsButton()?.focus();
  }, []);
  useEffect(() => {
    if (!focusRequest) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!focusRequest.onlyIfLost || lost) document.getElementById(CHECK_IN_HEADING_ID)?.focus();
  }, [focusRequest]);
  // A round that opens, or is still open when the run view comes back (from the hand-around), keeps the panel in sight.
  // Opening a round replaces the button that opened it: focus then goes to the panel rather than to the page's start.
  const [seenRound, setSeenRound] = useState<string | null | undefined>(undefined);
  if (openRoundId !== undefined && openRoundId !== seenRound) {
    setSeenRound(openRoundId);
    if (openRoundId !== null) openCheckIns('if-lost');
  }

  const following = ownSteps[run.position + 1];
  const phase = run.endedAt !== null ? 'not-started' : phaseOf(run.timer, now);
  const soft = isSoftStep(run);

  // The chime sounds once, when the step's time runs out.
  const chimedFor = useRef<string | null>(null);
  useEffect(() => {
    const key = `${run.position}:${run.timer.durationMs}`;
    if (phase === 'overrun' && chimedFor.current !== key) {
      chimedFor.current = key;
      if (!muted && !isSoftStep(run)) playChime();
    }
  }, [phase, run, muted]);

  const actions = useMemo<RunActions>(
    () => ({
      apply,
      callCaucus: () => void callCaucus(),
      toggleMute: () => setMuted((value) => !value),
      toggleShortcuts: () => setShowShortcuts((value) => !value),
      toggleCheckIns: () => {
        if (!checkInsOpen) openCheckIns('into-panel');
        // From inside the panel, or on the button that opened it, the same key or click closes it again.
        else if (drawer.current?.contains(document.activeElement) || document.activeElement === checkInsButton()) closeCheckIns();
        // Open already (a round keeps it in sight): the key takes focus there.
        else document.getElementById(CHECK_IN_HEADING_ID)?.focus();
      },
      openHarmGuide: () => setShowHarm(true),
    }),
    [apply, callCaucus, checkInsOpen, closeCheckIns, openCheckIns],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const command = commandForKey(event.key);
      if (!command) return;
      // Behind an open dialog the run stands still; only "?" (to hide the shortcuts again) still works.
      if ((showShortcuts || showHarm) && !command.control.opensDialog) return;
      event.preventDefault();
      command.perform(actions);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, showShortcuts, showHarm]);

  const deadline = run.startedAt !== null && session.availableMinutes !== null ? run.startedAt + session.availableMinutes * 60_000 : null;
  const projected = run.endedAt === null ? projectedEnd(run, steps, now) : null;
  const proposal = deadline !== null && run.endedAt === null ? rebalanceProposal(run, steps, agenda, deadline, now) : null;
  const rebalance = () => {
    if (!proposal) return;
    void (async () => {
      for (const change of proposal) {
        const item = agenda.find((candidate) => candidate.id === change.itemId);
        if (item) await sessions.setPlannedMinutes(item, change.plannedMinutes);
      }
    })().catch(() => undefined);
  };

  const currentItem = agenda.find((item) => item.id === step.itemId);
  const currentExercise = currentItem?.kind === 'exercise' ? currentItem.exercise : null;
  const started = run.startedAt !== null;
  const running = run.timer.runningSince !== null;
  const view: RunCommandView = { run, hasNext: following !== undefined, muted, checkInsOpen };
  const itemNumber = [...new Set(steps.slice(0, run.position + 1).map((s) => s.itemId))].length;
  const itemCount = new Set(steps.map((s) => s.itemId)).size;

  // The exercises' words in the app's and the room's languages are a moment away on a first open: not English meanwhile.
  if (inAppLanguage.pending || roomPending) return <p className="loading">{t('loading')}</p>;

  if (run.endedAt !== null) {
    return (
      <div className="run run--ended">
        <BackLink href={routes.session(session.id)}>{t('back')}</BackLink>
        <h1 tabIndex={-1}>{t('ended.title', { title: session.title })}</h1>
        <p>{t('ended.ran', { from: timeOfDay.format(run.startedAt ?? run.endedAt), to: timeOfDay.format(run.endedAt) })}</p>
        <p>
          <Link href={routes.summary(session.id)} className="button">
            {t('ended.summary')}
          </Link>
        </p>
        <CheckInRoundsPanel sessionId={session.id} currentItem={undefined} atEnd={false} />
      </div>
    );
  }

  return (
    <div className={checkInsOpen ? 'run run-view run-view--drawer-open' : 'run run-view'}>
      <div className="run-view__main">
        <header className="run__header run-view__header">
          <div className="run-view__title">
            <BackLink href={routes.session(session.id)}>{t('back')}</BackLink>
            <h1 tabIndex={-1}>{t('title', { title: session.title })}</h1>
            <p className="run__progress">
              <Trans
                t={t}
                i18nKey="progress"
                values={{ item: itemNumber, items: itemCount, title: step.itemTitle, step: run.position + 1, steps: steps.length }}
                components={[<strong key="title" />]}
              />
            </p>
          </div>
          {/* Ending is final, so it is kept away from the controls used every minute. */}
          <div className="run-view__end">
            {confirmingEnd ? (
              <span role="alert" className="run-controls__confirm">
                {t('end.ask')}{' '}
                <button type="button" className="button button--danger" onClick={() => apply((state, _steps, at) => end(state, at))}>
                  {t('end.end')}
                </button>{' '}
                <button type="button" className="button button--quiet" onClick={() => setConfirmingEnd(false)}>
                  {t('end.keep')}
                </button>
              </span>
            ) : (
              <button type="button" className="button button--danger-quiet" onClick={() => setConfirmingEnd(true)}>
                {t('end.open')}
              </button>
            )}
          </div>
        </header>

        <section className={`run-timer run-timer--${soft && phase !== 'not-started' ? 'soft' : phase}`} aria-label={t('timer')}>
          <div className="run-view__clock">
            <p className="run-timer__clock" aria-live="off" data-testid="timer">
              {formatClock(remainingMs(run.timer, now))}
            </p>
            <p className="run-timer__phase" role="status">
              {running
                ? soft
                  ? t('soft', { phase: t(`phase.${phase}`) })
                  : t(`phase.${phase}`)
                : started
                  ? t('paused')
                  : t('phase.not-started')}
            </p>
          </div>
          <div className="run-view__controls">
            <div className="run-controls" role="toolbar" aria-label={t('controls')}>
              <CommandControls place="step" view={view} actions={actions} />
              <button
                type="button"
                className="button button--quiet run-view__more-toggle"
                aria-expanded={showMore}
                aria-controls="run-more-controls"
                onClick={() => setShowMore((value) => !value)}
              >
                {t('more')}
              </button>
              <div id="run-more-controls" className="run-view__more" role="group" aria-label={t('more')} hidden={!showMore}>
                <CommandControls place="time" view={view} actions={actions} />
                <form
                  className="run-controls__set"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const minutes = Number(new FormData(event.currentTarget).get('minutes'));
                    if (Number.isFinite(minutes) && minutes > 0 && minutes <= 600) apply((state) => setStepMinutes(state, minutes));
                  }}
                >
                  <label htmlFor="step-minutes">{t('stepLength')}</label>
                  <input id="step-minutes" name="minutes" type="number" min={0.5} max={600} step={0.5} placeholder={t('minPlaceholder')} />
                  <button type="submit" className="button button--quiet">
                    {t('set')}
                  </button>
                </form>
                <label className="run-controls__mute">
                  <input type="checkbox" checked={soft} onChange={() => apply((state) => toggleSoftStep(state))} /> {t('softToggle')}
                </label>
                <CommandControls place="options" view={view} actions={actions} />
                <DisplayControls onOpen={() => void host.openParticipantDisplay(session.id)} />
              </div>
            </div>
            {projected !== null && (
              <p className="run-timer__projection">
                {t('projected', { time: timeOfDay.format(projected) })}
                {deadline !== null && projected > deadline && t('projectedOver', { minutes: Math.ceil((projected - deadline) / 60_000) })}
                {proposal && (
                  <>
                    {' '}
                    <button type="button" className="button button--quiet" onClick={rebalance}>
                      {t('shorten')}
                    </button>
                  </>
                )}
              </p>
            )}
          </div>
        </section>

        <section className="floor-tools" aria-label={t('floorTools')}>
          <CommandControls place="floor" view={view} actions={actions} />
          <span className={checkInData?.openRound ? 'run-view__round-state run-view__round-state--open' : 'run-view__round-state'}>
            {roundState}
          </span>
          <span className="floor-tools__log" role="status">
            {run.events.length > 0 &&
              t('log', {
                caucus: t('logCaucus', { count: run.events.filter((e) => e.kind === 'caucus-call').length }),
                shifts: t('logShifts', { count: run.events.filter((e) => e.kind === 'floor-shift').length }),
              })}
          </span>
        </section>

        {alliesListenDuring(run, steps) && (
          <p className="run__listening" role="note">
            {t('listening')}
          </p>
        )}

        <ShortcutsDialog open={showShortcuts} onClose={() => setShowShortcuts(false)} />
        <HarmGuide
          open={showHarm}
          onClose={() => setShowHarm(false)}
          onAddToAgenda={async (exercise) => {
            const current = agenda.find((item) => item.id === step.itemId);
            if (current) await sessions.insertAfter(current, exerciseAgendaItem(exercise));
          }}
        />

        <div className="run__body">
          <article className="run-step" aria-labelledby="run-step-title">
            <h2 id="run-step-title">{step.title}</h2>
            {inAppLanguage.untranslated.has(step.itemId) && (
              <p className="own-mark">
                <NotTranslatedMark />
              </p>
            )}
            {step.script ? <Markdown source={step.script} /> : <p>{t('noScript', { item: step.itemTitle })}</p>}
            {following && (
              <p className="run-step__next">
                <Trans t={t} i18nKey="next" values={{ title: following.title }} components={[<strong key="title" />]} />
                {following.itemId !== step.itemId && t('nextItem', { item: following.itemTitle })}
              </p>
            )}
          </article>
          <aside className="run__notes run-view__side" aria-label={t('beside')}>
            {roomPrompt && <ParticipantsSee prompt={roomPrompt} headingLevel={3} />}
            <AirtimePanel airtime={run.airtime} itemId={step.itemId} now={now}>
              <CommandControls place="airtime" view={view} actions={actions} />
            </AirtimePanel>
            {takesNotes(currentItem) ? (
              <StepNote sessionId={session.id} agendaItemId={step.itemId} stepIndex={step.stepIndex} />
            ) : (
              <p className="run__no-record">{currentItem?.kind === 'exercise' ? t('nothingRecordedExercise') : t('nothingRecorded')}</p>
            )}
            {currentExercise && (
              <ExerciseNotes exerciseId={currentExercise.id} version={currentExercise.version} planned={plannedNotes(currentExercise)} />
            )}
          </aside>
        </div>

        {currentItem?.kind === 'exercise' && <ExerciseCapture key={currentItem.id} item={currentItem} />}
      </div>

      <CheckInDrawer ref={drawer} open={checkInsOpen} state={roundState} onClose={closeCheckIns}>
        <CheckInRoundsPanel sessionId={session.id} currentItem={currentItem} atEnd={!following || confirmingEnd} onApply={applyAction} />
      </CheckInDrawer>
    </div>
  );
}
