import { useEffect, useState } from 'react';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { ownExercises } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { routes } from '../../navigation/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { ExerciseDetail } from '../library/index.ts';
import { OwnExerciseMark } from './OwnExerciseMark.tsx';

/** A facilitator's own exercise, read exactly as a shipped one is. */
export default function OwnExerciseDetailScreen({ exerciseId }: { exerciseId: string }) {
  const host = useHost();
  const [exercise, setExercise] = useState<OwnExercise | null | undefined>(undefined);
  const [exported, setExported] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void ownExercises.get(exerciseId).then((found) => {
      if (current) setExercise(found ?? null);
    });
    return () => {
      current = false;
    };
  }, [exerciseId]);

  if (exercise === undefined) return <p className="loading">Loading…</p>;
  if (exercise === null) return <NotFound what="Exercise" id={exerciseId} backHref={routes.library} backLabel="Back to the library" />;

  // The stored text is the file: exported as kept, byte for byte.
  const exportFile = async () => {
    const content = await ownExercises.markdownOf(exercise.id);
    if (content === undefined) return;
    const result = await host.saveTextFile({ suggestedName: `${exercise.id}.md`, content, kind: 'markdown' });
    setExported(result === 'saved' ? `Saved as ${exercise.id}.md.` : null);
  };

  return (
    <ExerciseDetail
      exercise={exercise}
      mark={<OwnExerciseMark exercise={exercise} />}
      actions={
        <>
          <button type="button" className="button" onClick={() => void exportFile()}>
            Export as Markdown file
          </button>
          <p role="status" className="own-exercise-actions__status">
            {exported}
          </p>
        </>
      }
    />
  );
}
