import { useTranslation } from 'react-i18next';
import type { ExerciseStep } from '../../../../domain/content/exercise-schema.ts';
import { scheduleSteps } from '../../../../domain/content/step-schedule.ts';
import { clockOffset, minutesLabel } from '../../content/labels.ts';
import { stepHeadingId } from './StepList.tsx';
import { Heading } from '../../ui/Heading.tsx';

// Buttons, not #fragment links: the hash belongs to the router.
function jumpToStep(index: number) {
  const heading = document.getElementById(stepHeadingId(index));
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

/** The agenda of one exercise at a glance, for a facilitator finding their place. */
export function StepOutline({ steps }: { steps: readonly ExerciseStep[] }) {
  const { t } = useTranslation('library');
  return (
    <nav className="step-outline" aria-labelledby="step-outline-heading">
      <Heading level={2} id="step-outline-heading" className="step-outline__heading">
        {t('detail.atAGlance')}
      </Heading>
      <ol>
        {scheduleSteps(steps).map(({ step, startMinute }, index) => (
          <li key={index}>
            <button type="button" className="step-outline__jump" onClick={() => jumpToStep(index)}>
              <span className="step-outline__clock">{clockOffset(startMinute)}</span>
              <span className="step-outline__title">{step.title}</span>
              <span className="step-outline__minutes">{minutesLabel(step.minutes)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
