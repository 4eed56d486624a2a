import { Link } from 'wouter';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { routes } from '../../app/routes.ts';
import { ExerciseFacts } from './ExerciseFacts.tsx';

export function ExerciseCard({ exercise }: { exercise: Exercise }) {
  const titleId = `exercise-${exercise.id}-title`;
  return (
    <article className="exercise-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="exercise-card__title">
        <Link href={routes.exercise(exercise.id)}>{exercise.title}</Link>
      </h3>
      <p className="exercise-card__summary">{exercise.summary}</p>
      <ExerciseFacts exercise={exercise} variant="card" />
    </article>
  );
}
