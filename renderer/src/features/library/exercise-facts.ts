import type { ExerciseSummary } from '../../../../domain/content/exercise-summary.ts';
import { audienceLabel, frameworkLabel, groupSizeLabel, minutesLabel } from '../../content/labels.ts';
import type { Fact } from '../../ui/FactList.tsx';

/** The facts that help choose an exercise; the detail view adds what it rests on. */
export function exerciseFacts(exercise: ExerciseSummary, withFrameworks: boolean): Fact[] {
  const facts: Fact[] = [
    { term: 'Duration', value: minutesLabel(exercise.durationMinutes) },
    { term: 'Group size', value: groupSizeLabel(exercise.groupSize) },
    { term: 'Audience', value: exercise.audience.map(audienceLabel).join(', ') },
  ];
  if (withFrameworks) facts.push({ term: 'Rests on', value: exercise.frameworks.map(frameworkLabel).join('; ') });
  return facts;
}
