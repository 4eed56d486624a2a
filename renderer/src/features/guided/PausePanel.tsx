import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PAUSE_SITUATIONS, type PauseSituationId } from '../../../../domain/self-guided/pause-situations.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { FocusedHeading } from '../../ui/FocusedHeading.tsx';
import { HarmGuide } from '../../run-engine/HarmGuide.tsx';

interface PausePanelProps {
  onCarryOn: () => void;
  onEnd: () => void;
}

/**
 * A situation's guidance as a Markdown list: one catalog entry a point
 * ("1", "2"…), so each is translated (and pseudo-translated) on its own.
 */
function guidanceOf(id: PauseSituationId, t: TFunction<'guided'>): string {
  const points = t(`pause.situation.${id}.guidance`, { returnObjects: true }) as Record<string, string>;
  return Object.values(points)
    .map((point) => `- ${point}`)
    .join('\n');
}

/** "We need to pause": the timer has stopped; short guidance for what is going on, and a way to end with nothing lost. */
export function PausePanel({ onCarryOn, onEnd }: PausePanelProps) {
  const { t } = useTranslation('guided');
  const [chosen, setChosen] = useState<PauseSituationId | null>(null);
  const [confirmingEnd, setConfirmingEnd] = useState<boolean | null>(null);
  const [readingGuide, setReadingGuide] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const endEarlyButton = useRef<HTMLButtonElement>(null);
  // When the end controls swap, focus follows to what replaced the button just pressed.
  useEffect(() => {
    if (confirmingEnd === true) endButton.current?.focus();
    if (confirmingEnd === false) endEarlyButton.current?.focus();
  }, [confirmingEnd]);
  const situation = PAUSE_SITUATIONS.find((candidate) => candidate.id === chosen);
  return (
    <section className="pause-panel" aria-labelledby="pause-heading">
      <FocusedHeading level={2} id="pause-heading">
        {t('pause.title')}
      </FocusedHeading>
      <p>{t('pause.text')}</p>
      <div className="pause-panel__situations" role="group" aria-label={t('pause.situations')}>
        {PAUSE_SITUATIONS.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            className="button button--quiet button--large"
            aria-pressed={chosen === candidate.id}
            onClick={() => setChosen(candidate.id)}
          >
            {t(`pause.situation.${candidate.id}.title`)}
          </button>
        ))}
      </div>
      {situation && (
        <div className="pause-panel__guidance" aria-live="polite">
          <h3>{t(`pause.situation.${situation.id}.title`)}</h3>
          <Markdown source={guidanceOf(situation.id, t)} />
          {situation.opensHarmGuide && (
            <p>
              <button type="button" className="button button--large" onClick={() => setReadingGuide(true)}>
                {t('pause.harmGuide')}
              </button>
            </p>
          )}
        </div>
      )}
      <HarmGuide open={readingGuide} onClose={() => setReadingGuide(false)} />
      <div className="pause-panel__actions">
        <button type="button" className="button button--large" onClick={onCarryOn}>
          {t('pause.carryOn')}
        </button>
        {confirmingEnd ? (
          <span role="alert" className="pause-panel__confirm">
            {t('pause.confirm')}{' '}
            <button ref={endButton} type="button" className="button button--danger button--large" onClick={onEnd}>
              {t('pause.end')}
            </button>{' '}
            <button type="button" className="button button--quiet" onClick={() => setConfirmingEnd(false)}>
              {t('pause.notYet')}
            </button>
          </span>
        ) : (
          <button ref={endEarlyButton} type="button" className="button button--quiet button--large" onClick={() => setConfirmingEnd(true)}>
            {t('pause.endEarly')}
          </button>
        )}
      </div>
    </section>
  );
}
