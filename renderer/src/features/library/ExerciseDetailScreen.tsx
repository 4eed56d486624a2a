import { use } from 'react';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { routes } from '../../navigation/routes.ts';
import { loadExercise } from '../../content/content-library.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { DetailHeader } from '../../ui/DetailHeader.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { summarizeExercise } from '../../../../domain/content/exercise-summary.ts';
import { exerciseFacts } from './exercise-facts.ts';
import { SourceList } from './SourceList.tsx';
import { StepList } from './StepList.tsx';
import { StepOutline } from './StepOutline.tsx';

export default function ExerciseDetailScreen({ exerciseId }: { exerciseId: string }) {
  const exercise = use(loadExercise(exerciseId));
  if (!exercise) return <NotFound what="Exercise" id={exerciseId} backHref={routes.library} backLabel="Back to the library" />;
  return <ExerciseDetail exercise={exercise} />;
}

function ExerciseDetail({ exercise }: { exercise: Exercise }) {
  return (
    <div className="detail-layout">
      <article className="detail" aria-labelledby="exercise-title">
        <DetailHeader
          backHref={routes.library}
          backLabel="Back to the library"
          titleId="exercise-title"
          title={exercise.title}
          summary={exercise.summary}
          facts={exerciseFacts(summarizeExercise(exercise), true)}
        >
          {exercise.contentWarning && (
            <p className="content-warning" role="note">
              <strong>Content note:</strong> {exercise.contentWarning}
            </p>
          )}
        </DetailHeader>

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
          {exercise.recording.captures.length === 0 && (
            <p className="record-nothing">
              <strong>The app records nothing for this exercise.</strong>
            </p>
          )}
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
      <aside className="detail-layout__aside">
        <StepOutline steps={exercise.steps} />
      </aside>
    </div>
  );
}
