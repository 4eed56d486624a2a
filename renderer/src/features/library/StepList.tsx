import type { ExerciseStep } from '../../../../domain/content/exercise-schema.ts';
import { scheduleSteps } from '../../../../domain/content/step-schedule.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { ParticipantsSee } from '../../markdown/ParticipantsSee.tsx';
import { clockOffset, minutesLabel } from '../../content/labels.ts';

export function stepHeadingId(index: number): string {
  return `step-${index + 1}-title`;
}

export function StepList({ steps }: { steps: readonly ExerciseStep[] }) {
  return (
    <ol className="step-list">
      {scheduleSteps(steps).map(({ step, startMinute, endMinute }, index) => {
        const headingId = stepHeadingId(index);
        return (
          <li key={index} className="step" aria-labelledby={headingId}>
            <h3 id={headingId} className="step__title" tabIndex={-1}>
              <span className="step__number">Step {index + 1}</span> {step.title}
            </h3>
            <p className="step__timing">
              {minutesLabel(step.minutes)}{' '}
              <span className="step__clock">
                ({clockOffset(startMinute)}–{clockOffset(endMinute)})
              </span>
            </p>
            <div className="step__script">
              <h4 className="step__label">Say and do</h4>
              <Markdown source={step.script} />
            </div>
            {step.prompt && <ParticipantsSee prompt={step.prompt} headingLevel={4} />}
          </li>
        );
      })}
    </ol>
  );
}
