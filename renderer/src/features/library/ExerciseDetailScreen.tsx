import { Link } from 'wouter';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { routes } from '../../app/routes.ts';
import { findExercise } from '../../content/exercise-library.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { ExerciseFacts } from './ExerciseFacts.tsx';
import { SourceList } from './SourceList.tsx';
import { StepList } from './StepList.tsx';
import { StepOutline } from './StepOutline.tsx';

export function ExerciseDetailScreen({ exerciseId }: { exerciseId: string }) {
  const exercise = findExercise(exerciseId);
  return exercise ? <ExerciseDetail exercise={exercise} /> : <ExerciseNotFound exerciseId={exerciseId} />;
}

function BackToLibrary() {
  return (
    <p className="back-link">
      <Link href={routes.library}>← Back to the library</Link>
    </p>
  );
}

function ExerciseNotFound({ exerciseId }: { exerciseId: string }) {
  return (
    <div className="exercise-detail">
      <BackToLibrary />
      <h1 tabIndex={-1}>Exercise not found</h1>
      <p>There is no exercise called “{exerciseId}” in this version of the library.</p>
    </div>
  );
}

function ExerciseDetail({ exercise }: { exercise: Exercise }) {
  return (
    <div className="exercise-detail-layout">
      <article className="exercise-detail" aria-labelledby="exercise-title">
        <BackToLibrary />
        <header className="exercise-detail__header">
          <h1 id="exercise-title" tabIndex={-1}>
            {exercise.title}
          </h1>
          <p className="lede">{exercise.summary}</p>
          <ExerciseFacts exercise={exercise} variant="detail" />
          {exercise.contentWarning && (
            <p className="content-warning" role="note">
              <strong>Content note:</strong> {exercise.contentWarning}
            </p>
          )}
        </header>

        <section aria-labelledby="about-heading">
          <h2 id="about-heading">Why this exercise</h2>
          <Markdown source={exercise.body} />
        </section>

        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">Steps</h2>
          <StepList steps={exercise.steps} />
        </section>

        <section aria-labelledby="facilitator-heading" className="note-block">
          <h2 id="facilitator-heading">Facilitator notes</h2>
          <Markdown source={exercise.facilitatorNotes} />
        </section>

        <section aria-labelledby="safety-heading" className="note-block note-block--safety">
          <h2 id="safety-heading">Safety</h2>
          <Markdown source={exercise.safetyNotes} />
        </section>

        <section aria-labelledby="recording-heading" className="note-block">
          <h2 id="recording-heading">What to record</h2>
          <h3>Keep</h3>
          <Markdown source={exercise.recording.keep} />
          <h3>Never write down</h3>
          <Markdown source={exercise.recording.neverKeep} />
        </section>

        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <SourceList sources={exercise.sources} />
        </section>
      </article>
      <aside className="exercise-detail-layout__aside">
        <StepOutline steps={exercise.steps} />
      </aside>
    </div>
  );
}
