import { useEffect, useRef, useState } from 'react';
import { PAUSE_SITUATIONS } from '../../../../domain/self-guided/pause-situations.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { FocusedHeading } from '../../ui/FocusedHeading.tsx';
import { HarmGuide } from '../../run-engine/HarmGuide.tsx';

interface PausePanelProps {
  onCarryOn: () => void;
  onEnd: () => void;
}

/** "We need to pause": the timer has stopped; short guidance for what is going on, and a way to end with nothing lost. */
export function PausePanel({ onCarryOn, onEnd }: PausePanelProps) {
  const [chosen, setChosen] = useState<string | null>(null);
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
        Paused
      </FocusedHeading>
      <p>The timer has stopped. Take the time you need. What is going on?</p>
      <div className="pause-panel__situations" role="group" aria-label="What is going on">
        {PAUSE_SITUATIONS.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            className="button button--quiet button--large"
            aria-pressed={chosen === candidate.id}
            onClick={() => setChosen(candidate.id)}
          >
            {candidate.title}
          </button>
        ))}
      </div>
      {situation && (
        <div className="pause-panel__guidance" aria-live="polite">
          <h3>{situation.title}</h3>
          <Markdown source={situation.guidance} />
          {situation.opensHarmGuide && (
            <p>
              <button type="button" className="button button--large" onClick={() => setReadingGuide(true)}>
                Read the guide: When harm happens here
              </button>
            </p>
          )}
        </div>
      )}
      <HarmGuide open={readingGuide} onClose={() => setReadingGuide(false)} />
      <div className="pause-panel__actions">
        <button type="button" className="button button--large" onClick={onCarryOn}>
          Carry on
        </button>
        {confirmingEnd ? (
          <span role="alert" className="pause-panel__confirm">
            End the session now? Everything recorded so far is kept.{' '}
            <button ref={endButton} type="button" className="button button--danger button--large" onClick={onEnd}>
              End the session
            </button>{' '}
            <button type="button" className="button button--quiet" onClick={() => setConfirmingEnd(false)}>
              Not yet
            </button>
          </span>
        ) : (
          <button ref={endEarlyButton} type="button" className="button button--quiet button--large" onClick={() => setConfirmingEnd(true)}>
            End the session early…
          </button>
        )}
      </div>
    </section>
  );
}
