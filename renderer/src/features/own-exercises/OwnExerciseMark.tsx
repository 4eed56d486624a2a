import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { needsFacilitatorBecause } from '../../../../domain/content/exercise-summary.ts';

/** Whose exercise this is, so it is never taken for one of the library's own. */
export function OwnExerciseMark({ exercise }: { exercise: Pick<OwnExercise, 'origin' | 'facilitation'> }) {
  const needs = needsFacilitatorBecause(exercise);
  return (
    <p className="own-mark">
      <span className="own-mark__whose">
        {exercise.origin.kind === 'adapted' ? `Yours, adapted from “${exercise.origin.title}”` : 'Yours'}
      </span>
      {needs !== null && <span className="own-mark__needs"> Needs an experienced facilitator: {needs}</span>}
    </p>
  );
}
