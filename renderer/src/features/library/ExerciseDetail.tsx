import type { ReactNode } from 'react';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { routes } from '../../navigation/routes.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { DetailHeader } from '../../ui/DetailHeader.tsx';
import { Heading, ShiftHeadings } from '../../ui/Heading.tsx';
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
  /** Shown inside another screen (an editor's or an import's preview): no way back, headings under that screen's. */
  preview?: boolean;
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
  preview = false,
}: ExerciseDetailProps) {
  return (
    <ShiftHeadings by={preview ? 2 : 0}>
      <div className="detail-layout">
        <article className="detail" aria-labelledby="exercise-title">
          <DetailHeader
            backHref={preview ? undefined : backHref}
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
            <Heading level={2} id="about-heading">
              Why this exercise
            </Heading>
            <Markdown source={exercise.body} />
          </section>

          <section aria-labelledby="steps-heading">
            <Heading level={2} id="steps-heading">
              Steps
            </Heading>
            <StepList steps={exercise.steps} />
          </section>

          <section aria-labelledby="facilitator-heading" className="note-block">
            <Heading level={2} id="facilitator-heading">
              Facilitator notes
            </Heading>
            <Markdown source={exercise.facilitatorNotes} />
          </section>

          <section aria-labelledby="safety-heading" className="note-block note-block--safety">
            <Heading level={2} id="safety-heading">
              Safety
            </Heading>
            <Markdown source={exercise.safetyNotes} />
          </section>

          <section aria-labelledby="recording-heading" className="note-block">
            <Heading level={2} id="recording-heading">
              What to record
            </Heading>
            {exercise.recording.captures.length === 0 && (
              <p className="record-nothing">
                <strong>The app records nothing for this exercise.</strong>
              </p>
            )}
            <Heading level={3}>Keep</Heading>
            <Markdown source={exercise.recording.keep} />
            <Heading level={3}>Never write down</Heading>
            <Markdown source={exercise.recording.neverKeep} />
          </section>

          <section aria-labelledby="sources-heading">
            <Heading level={2} id="sources-heading">
              Sources
            </Heading>
            <SourceList sources={exercise.sources} />
          </section>
        </article>
        {/* A preview sits in a column of its own; the outline beside it would only push the exercise down. */}
        {!preview && (
          <aside className="detail-layout__aside">
            <StepOutline steps={exercise.steps} />
          </aside>
        )}
      </div>
    </ShiftHeadings>
  );
}
