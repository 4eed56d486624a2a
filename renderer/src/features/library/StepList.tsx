import { useTranslation } from 'react-i18next';
import type { ExerciseStep } from '../../../../domain/content/exercise-schema.ts';
import { scheduleSteps } from '../../../../domain/content/step-schedule.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { ParticipantsSee } from '../../markdown/ParticipantsSee.tsx';
import { clockOffset, minutesLabel } from '../../content/labels.ts';
import { Heading, useHeadingLevel } from '../../ui/Heading.tsx';

export function stepHeadingId(index: number): string {
  return `step-${index + 1}-title`;
}

export function StepList({ steps }: { steps: readonly ExerciseStep[] }) {
  const { t } = useTranslation('library');
  const promptLevel = useHeadingLevel(4);
  return (
    <ol className="step-list">
      {scheduleSteps(steps).map(({ step, startMinute, endMinute }, index) => {
        const headingId = stepHeadingId(index);
        return (
          <li key={index} className="step" aria-labelledby={headingId}>
            <Heading level={3} id={headingId} className="step__title" tabIndex={-1}>
              <span className="step__number">{t('detail.stepNumber', { number: index + 1 })}</span> {step.title}
            </Heading>
            <p className="step__timing">
              {minutesLabel(step.minutes)}{' '}
              <span className="step__clock">
                ({clockOffset(startMinute)}–{clockOffset(endMinute)})
              </span>
            </p>
            <div className="step__script">
              <Heading level={4} className="step__label">
                {t('detail.sayAndDo')}
              </Heading>
              <Markdown source={step.script} />
            </div>
            {step.prompt && <ParticipantsSee prompt={step.prompt} headingLevel={promptLevel} />}
          </li>
        );
      })}
    </ol>
  );
}
