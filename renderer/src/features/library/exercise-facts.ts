import type { ExerciseSummary } from '../../../../domain/content/exercise-summary.ts';
import { audienceLabel, frameworkLabel, groupSizeLabel, minutesLabel } from '../../content/labels.ts';
import { translate } from '../../i18n/current.ts';
import type { Fact } from '../../ui/FactList.tsx';

/** The facts that help choose an exercise; the detail view adds what it rests on. */
export function exerciseFacts(exercise: ExerciseSummary, withFrameworks: boolean): Fact[] {
  const facts: Fact[] = [
    { term: translate('common:facts.duration'), value: minutesLabel(exercise.durationMinutes) },
    { term: translate('common:facts.groupSize'), value: groupSizeLabel(exercise.groupSize) },
    { term: translate('common:facts.audience'), value: exercise.audience.map(audienceLabel).join(', ') },
  ];
  if (withFrameworks) facts.push({ term: translate('common:facts.restsOn'), value: exercise.frameworks.map(frameworkLabel).join('; ') });
  return facts;
}
