import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadExercise } from '../content/content-library.ts';
import { loadExerciseIn } from '../content/translated-content.ts';
import { NotTranslatedMark } from '../ui/NotTranslated.tsx';
import { Markdown } from '../markdown/Markdown.tsx';
import type { ExerciseSnapshot } from '../../../domain/sessions/session-model.ts';

interface NotesProps {
  exerciseId: string;
  version: number;
  /** The notes the plan kept (a facilitator's own exercise): shown as planned, whatever became of the exercise since. */
  planned?: { safetyNotes: string; facilitatorNotes: string } | undefined;
}

interface NotesText {
  safetyNotes: string;
  facilitatorNotes: string;
  /** English, in an app language the exercise is not translated into yet: said so beside each. */
  untranslated?: boolean;
}

function NotesShown({ safetyNotes, facilitatorNotes, untranslated = false }: NotesText) {
  const { t } = useTranslation('run');
  const mark = untranslated && (
    <>
      {' '}
      <NotTranslatedMark />
    </>
  );
  return (
    <>
      <details className="run-notes" open>
        <summary>
          {t('notes.safety')}
          {mark}
        </summary>
        <Markdown source={safetyNotes} />
      </details>
      <details className="run-notes">
        <summary>
          {t('notes.facilitator')}
          {mark}
        </summary>
        <Markdown source={facilitatorNotes} />
      </details>
    </>
  );
}

function Notes({ exerciseId, version }: NotesProps) {
  const { t, i18n } = useTranslation('run');
  const exercise = use(loadExercise(exerciseId));
  // In the app's language where the exercise is translated, as its steps are; else English, said so.
  const inLanguage = use(loadExerciseIn(i18n.language, exerciseId));
  if (!exercise) return <p className="field__hint">{t('notes.gone')}</p>;
  const shown = inLanguage.kind === 'translated' ? inLanguage.exercise : exercise;
  return (
    <>
      {exercise.version !== version && <p className="field__hint">{t('notes.newer')}</p>}
      <NotesShown
        safetyNotes={shown.safetyNotes}
        facilitatorNotes={shown.facilitatorNotes}
        untranslated={inLanguage.kind === 'untranslated'}
      />
    </>
  );
}

/** The exercise's safety and facilitator notes, as the plan kept them or from the library, for the person running it. */
export function ExerciseNotes(props: NotesProps) {
  const { t } = useTranslation('run');
  if (props.planned) return <NotesShown {...props.planned} />;
  return (
    <Suspense fallback={<p className="loading">{t('notes.loading')}</p>}>
      <Notes {...props} />
    </Suspense>
  );
}

/** The notes a plan kept of an exercise (an own exercise's), if any. */
export function plannedNotes(snapshot: ExerciseSnapshot): NotesProps['planned'] {
  return snapshot.safetyNotes === undefined
    ? undefined
    : { safetyNotes: snapshot.safetyNotes, facilitatorNotes: snapshot.facilitatorNotes ?? '' };
}
