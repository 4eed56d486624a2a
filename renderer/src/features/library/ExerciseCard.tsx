import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ExerciseSummary } from '../../../../domain/content/exercise-summary.ts';
import { routes } from '../../navigation/routes.ts';
import { FactList } from '../../ui/FactList.tsx';
import { exerciseFacts } from './exercise-facts.ts';

interface ExerciseCardProps {
  exercise: ExerciseSummary;
  /** Where the card leads; a shipped exercise's detail unless told. */
  href?: string;
  /** Whose exercise it is, for a facilitator's own. */
  mark?: ReactNode;
}

export function ExerciseCard({ exercise, href = routes.exercise(exercise.id), mark }: ExerciseCardProps) {
  const titleId = `exercise-${exercise.id}-title`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        <Link href={href}>{exercise.title}</Link>
      </h3>
      {mark}
      <p className="card__summary">{exercise.summary}</p>
      <FactList facts={exerciseFacts(exercise, false)} compact />
    </article>
  );
}
