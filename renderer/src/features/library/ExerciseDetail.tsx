import { useTranslation } from 'react-i18next';
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
export function ExerciseDetail({ exercise, backHref = routes.library, backLabel, mark, actions, preview = false }: ExerciseDetailProps) {
  const { t } = useTranslation('library');
  return (
    <ShiftHeadings by={preview ? 2 : 0}>
      <div className="detail-layout">
        <article className="detail" aria-labelledby="exercise-title">
          <DetailHeader
            backHref={preview ? undefined : backHref}
            backLabel={backLabel ?? t('detail.back')}
            titleId="exercise-title"
            title={exercise.title}
            summary={exercise.summary}
            facts={exerciseFacts(summarizeExercise(exercise), true)}
          >
            {exercise.contentWarning && (
              <p className="content-warning" role="note">
                <strong>{t('detail.contentNote')}</strong> {exercise.contentWarning}
              </p>
            )}
            {mark}
          </DetailHeader>
          {actions && <div className="own-exercise-actions">{actions}</div>}

          <section aria-labelledby="about-heading">
            <Heading level={2} id="about-heading">
              {t('detail.why')}
            </Heading>
            <Markdown source={exercise.body} />
          </section>

          <section aria-labelledby="steps-heading">
            <Heading level={2} id="steps-heading">
              {t('detail.steps')}
            </Heading>
            <StepList steps={exercise.steps} />
          </section>

          <section aria-labelledby="facilitator-heading" className="note-block">
            <Heading level={2} id="facilitator-heading">
              {t('detail.facilitatorNotes')}
            </Heading>
            <Markdown source={exercise.facilitatorNotes} />
          </section>

          <section aria-labelledby="safety-heading" className="note-block note-block--safety">
            <Heading level={2} id="safety-heading">
              {t('detail.safety')}
            </Heading>
            <Markdown source={exercise.safetyNotes} />
          </section>

          <section aria-labelledby="recording-heading" className="note-block">
            <Heading level={2} id="recording-heading">
              {t('detail.record')}
            </Heading>
            {exercise.recording.captures.length === 0 && (
              <p className="record-nothing">
                <strong>{t('detail.recordsNothing')}</strong>
              </p>
            )}
            <Heading level={3}>{t('detail.keep')}</Heading>
            <Markdown source={exercise.recording.keep} />
            <Heading level={3}>{t('detail.neverKeep')}</Heading>
            <Markdown source={exercise.recording.neverKeep} />
          </section>

          <section aria-labelledby="sources-heading">
            <Heading level={2} id="sources-heading">
              {t('detail.sources')}
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
