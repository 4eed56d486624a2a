import { formatClock, phaseOf, remainingMs } from '../../../../domain/run/step-timer.ts';
import { useTranslation } from 'react-i18next';
import { CheckInInstructions } from '../check-ins/index.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { useDisplayView } from '../../run-engine/display-channel.ts';
import type { DisplayView } from '../../run-engine/display-view.ts';
import { ParticipantLanguage } from '../../i18n/participant-language.tsx';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { useAnnouncedRound } from '../../run-engine/run-channel.ts';
import { useNow } from '../../run-engine/useNow.ts';
import { useDisplaySettings } from '../../run-engine/display-settings.ts';
import { fitToStage, useStageScale } from './stage.ts';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * What the room sees on the projector: the step, its participant prompt and
 * the timer, in large high-contrast type, or while a check-in round is
 * open, how to answer it. It shows only what the window running the session
 * sends it (a display view) and reads nothing from the database, so it
 * needs no key and never shows a lock screen. With nothing sent, or after a
 * withdrawal, it is an empty screen that says nothing at all.
 *
 * It is laid out on a fixed stage scaled to the window (./stage.ts), in the
 * text size and theme the facilitator chose for this device.
 */
export default function ParticipantDisplay({ sessionId }: { sessionId: string }) {
  const view = useDisplayView(sessionId);
  // In the language the session is shown to its participants in, whatever this device's app language.
  return (
    <ParticipantLanguage language={view?.language ?? null}>
      <Display sessionId={sessionId} view={view} />
    </ParticipantLanguage>
  );
}

function Display({ sessionId, view }: { sessionId: string; view: DisplayView | null }) {
  const { t, i18n } = useTranslation('display');
  // The open round is held in the facilitator's window; it tells this one how people answer, never what.
  const openRound = useAnnouncedRound(sessionId);
  const step = view?.kind === 'step' ? view : null;
  const now = useNow(step?.timer?.runningSince != null);
  // What the room is shown, timer aside, in the language it is shown in: the stage is fitted again when this changes.
  const shows = JSON.stringify([view && { ...view, timer: null }, openRound, i18n.language]);

  if (!view)
    return (
      <DisplayFrame shows={shows}>
        <main className="display" aria-label={t('label')} />
      </DisplayFrame>
    );
  if (!step) {
    return (
      <DisplayFrame shows={shows}>
        <main className="display display--idle" aria-label={t('label')}>
          <h1 className="display__title">{view.kind === 'ended' ? t('thanks') : view.title}</h1>
        </main>
      </DisplayFrame>
    );
  }

  const timer = step.timer;
  return (
    <DisplayFrame shows={shows}>
      <main className={`display display--${step.soft ? 'soft' : timer ? phaseOf(timer, now) : 'not-started'}`} aria-label={t('label')}>
        {/* The timer sits beside the heading so that a long prompt never pushes it off the screen. */}
        <div className="display__top">
          <div>
            <p className="display__item">
              {step.itemTitle}
              {step.untranslated && (
                <>
                  {' '}
                  <NotTranslatedMark />
                </>
              )}
            </p>
            <h1 className="display__title">{step.title}</h1>
          </div>
          <p className="display__timer" data-testid="display-timer">
            {timer ? formatClock(remainingMs(timer, now)) : ''}
          </p>
        </div>
        {step.alliesListening && <p className="display__listening">{t('alliesListening')}</p>}
        {openRound ? (
          <CheckInInstructions round={openRound} />
        ) : (
          <>
            {/* Sent only in a self-guided session, where the card's text belongs to everyone. */}
            {step.readAloud && <Markdown source={step.readAloud} className="display__prompt display__read-aloud" />}
            {step.prompt && <Markdown source={step.prompt} className="display__prompt" />}
          </>
        )}
      </main>
    </DisplayFrame>
  );
}

/** The window around the stage: it scales the stage to fit and carries the facilitator's text size and theme. */
function DisplayFrame({ shows, children }: { shows: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [settings] = useDisplaySettings();
  useStageScale(frame);
  // Fitted when what is shown or its text size changes; not at every tick of the timer, which changes neither.
  useLayoutEffect(() => {
    const main = frame.current?.querySelector<HTMLElement>(':scope > main');
    if (main) fitToStage(main);
  }, [shows, settings.textSize]);
  const theme = settings.highContrast ? ' display-stage--high-contrast' : '';
  return (
    <div ref={frame} className={`display-stage display-stage--text-${settings.textSize}${theme}`}>
      {children}
    </div>
  );
}
