import type { ReactNode } from 'react';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { routes } from '../../navigation/routes.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { DetailHeader } from '../../ui/DetailHeader.tsx';
import { summarizeExercise } from '../../../../domain/content/exercise-summary.ts';
import { exerciseFacts } from './exercise-facts.ts';
import { SourceList } from './SourceList.tsx';
import { StepList } from './StepList.tsx';
import { StepOutline } from './StepOutline.tsx';

interface ExerciseDetailProps {
  exercise: Exercise;
  backHref?: string;
  backLabel?: string;
  /** Whose exercise it is, for a facilitator's own: under the facts. */
  mark?: ReactNode;
  /** What can be done with it (adapt, export): under the header. */
  actions?: ReactNode;
}

/**
 * An exercise as the facilitator reads it. Shared by shipped exercises, a
 * facilitator's own, the editor's preview and an import's preview, so that
 * what is written is exactly what will be read.
 */
export function ExerciseDetail({
  exercise,
  backHref = routes.library,
  backLabel = 'Back to the library',
  mark,
  actions,
}: ExerciseDetailProps) {
  return (
    <div className="detail-layout">
      <article className="detail" aria-labelledby="exercise-title">
        <DetailHeader
          backHref={backHref}
          backLabel={backLabel}
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
          {mark}
        </DetailHeader>
        {actions && <div className="own-exercise-actions">{actions}</div>}

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
