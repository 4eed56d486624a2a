import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { audienceLabel, frameworkLabel, groupSizeLabel, minutesLabel } from './exercise-labels.ts';

interface ExerciseFactsProps {
  exercise: Exercise;
  /** The detail view also names the frameworks; the list keeps to what helps choosing. */
  variant: 'card' | 'detail';
}

export function ExerciseFacts({ exercise, variant }: ExerciseFactsProps) {
  return (
    <dl className={variant === 'card' ? 'facts facts--compact' : 'facts'}>
      <div>
        <dt>Duration</dt>
        <dd>{minutesLabel(exercise.durationMinutes)}</dd>
      </div>
      <div>
        <dt>Group size</dt>
        <dd>{groupSizeLabel(exercise.groupSize)}</dd>
      </div>
      <div>
        <dt>Audience</dt>
        <dd>{exercise.audience.map(audienceLabel).join(', ')}</dd>
      </div>
      {variant === 'detail' && (
        <div>
          <dt>Rests on</dt>
          <dd>{exercise.frameworks.map(frameworkLabel).join('; ')}</dd>
        </div>
      )}
    </dl>
  );
}
