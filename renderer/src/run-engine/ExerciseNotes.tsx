import { Suspense, use } from 'react';
import { loadExercise } from '../content/content-library.ts';
import { Markdown } from '../markdown/Markdown.tsx';

function Notes({ exerciseId, version }: { exerciseId: string; version: number }) {
  const exercise = use(loadExercise(exerciseId));
  if (!exercise) return <p className="field__hint">This exercise is no longer in the library, so its notes cannot be shown.</p>;
  return (
    <>
      {exercise.version !== version && (
        <p className="field__hint">These notes are from a newer version of the exercise than the one planned.</p>
      )}
      <details className="run-notes" open>
        <summary>Safety</summary>
        <Markdown source={exercise.safetyNotes} />
      </details>
      <details className="run-notes">
        <summary>Facilitator notes</summary>
        <Markdown source={exercise.facilitatorNotes} />
      </details>
    </>
  );
}

/** The exercise's safety and facilitator notes, from the library, for the person running it. */
export function ExerciseNotes(props: { exerciseId: string; version: number }) {
  return (
    <Suspense fallback={<p className="loading">Loading notes…</p>}>
      <Notes {...props} />
    </Suspense>
  );
}
