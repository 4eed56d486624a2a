import { Link } from 'wouter';
import type { ExerciseSummary } from '../../../../domain/content/exercise-summary.ts';
import { routes } from '../../navigation/routes.ts';
import { FactList } from '../../ui/FactList.tsx';
import { exerciseFacts } from './exercise-facts.ts';

export function ExerciseCard({ exercise }: { exercise: ExerciseSummary }) {
  const titleId = `exercise-${exercise.id}-title`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        <Link href={routes.exercise(exercise.id)}>{exercise.title}</Link>
      </h3>
      <p className="card__summary">{exercise.summary}</p>
      <FactList facts={exerciseFacts(exercise, false)} compact />
    </article>
  );
}
