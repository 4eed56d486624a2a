import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import { loadExercise } from '../content/content-library.ts';
import { loadExerciseIn } from '../content/translated-content.ts';
import { Markdown } from '../markdown/Markdown.tsx';
import { ParticipantsSee } from '../markdown/ParticipantsSee.tsx';
import { useModalDialog } from '../ui/useModalDialog.ts';

/** The exercise a run opens, at any moment, when someone is hurt in the session. */
export const HARM_EXERCISE_ID = 'when-harm-happens-here';

/**
 * "When harm happens here", opened over the run in one step: the plan is
 * already paused by whoever opens it, and the whole exercise is here to read
 * cold, in order, with its safety notes. A modal dialog: it opens in view
 * with focus inside, Esc or Close shuts it, and focus goes back where it was.
 */
interface HarmGuideProps {
  open: boolean;
  onClose: () => void;
  /** Where the run can take the exercise into its agenda, after the current item. */
  onAddToAgenda?: (exercise: Exercise) => Promise<void>;
}

/** The guide as read (in the app's language where translated, else English) and as the library has it (what goes into a plan). */
interface Guide {
  language: string;
  shown: Exercise;
  planned: Exercise;
}

export function HarmGuide({ open, onClose, onAddToAgenda }: HarmGuideProps) {
  const { t, i18n } = useTranslation('run');
  const language = i18n.language;
  const dialog = useModalDialog(open);
  const [loaded, setLoaded] = useState<Guide | { language: string; failed: true } | undefined>(undefined);
  const current = loaded?.language === language ? loaded : undefined;
  const guide = current && 'shown' in current ? current : undefined;
  // Undefined while it loads, null if it cannot be had.
  const exercise = current === undefined ? undefined : (guide?.shown ?? null);
  useEffect(() => {
    if (!open || current !== undefined) return;
    let live = true;
    // Read in the app's language where there is a translation: nobody should translate a safety text in the moment.
    void Promise.all([loadExercise(HARM_EXERCISE_ID), loadExerciseIn(language, HARM_EXERCISE_ID)]).then(
      ([planned, inLanguage]) => {
        if (!live) return;
        if (!planned) return setLoaded({ language, failed: true });
        setLoaded({ language, planned, shown: inLanguage.kind === 'translated' ? inLanguage.exercise : planned });
      },
      () => live && setLoaded({ language, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [open, current, language]);
  return (
    <dialog ref={dialog} className="harm-guide" aria-labelledby="harm-guide-heading" onClose={onClose}>
      <h2 id="harm-guide-heading">{exercise?.title ?? t('harmGuide.title')}</h2>
      <p className="harm-guide__paused" role="status">
        {t('harmGuide.paused')}
      </p>
      {exercise === undefined && <p className="loading">{t('harmGuide.loading')}</p>}
      {exercise === null && <p role="alert">{t('harmGuide.failed')}</p>}
      {exercise && (
        <>
          <ol className="harm-guide__steps">
            {exercise.steps.map((step) => (
              <li key={step.title}>
                <h3>
                  {step.title} <span className="harm-guide__minutes">{t('harmGuide.minutes', { minutes: step.minutes })}</span>
                </h3>
                <Markdown source={step.script} />
                {step.prompt && <ParticipantsSee prompt={step.prompt} headingLevel={4} />}
              </li>
            ))}
          </ol>
          <section aria-labelledby="harm-guide-safety">
            <h3 id="harm-guide-safety">{t('harmGuide.safety')}</h3>
            <Markdown source={exercise.safetyNotes} />
          </section>
        </>
      )}
      <p className="harm-guide__actions">
        {guide && onAddToAgenda && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              // The plan keeps the library's exercise, as it keeps every other; it is shown in translation as they are.
              void onAddToAgenda(guide.planned)
                .then(() => dialog.current?.close())
                .catch(() => undefined)
            }
          >
            {t('harmGuide.add')}
          </button>
        )}
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('harmGuide.close')}
        </button>
      </p>
    </dialog>
  );
}
