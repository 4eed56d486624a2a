import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { useTranslation } from 'react-i18next';
import { needsFacilitatorBecause } from '../../../../domain/content/exercise-summary.ts';

/** Whose exercise this is, so it is never taken for one of the library's own. */
export function OwnExerciseMark({ exercise }: { exercise: Pick<OwnExercise, 'origin' | 'facilitation'> }) {
  const { t } = useTranslation('ownExercises');
  const needs = needsFacilitatorBecause(exercise);
  return (
    <p className="own-mark">
      <span className="own-mark__whose">
        {exercise.origin.kind === 'adapted' ? t('mark.adaptedFrom', { title: exercise.origin.title }) : t('mark.yours')}
      </span>
      {needs !== null && <span className="own-mark__needs">{t('mark.needs', { why: needs })}</span>}
    </p>
  );
}
