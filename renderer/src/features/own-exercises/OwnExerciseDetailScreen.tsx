import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { sharedFileName } from '../../../../domain/content/own-exercise-limits.ts';
import { ownExercises } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { routes } from '../../navigation/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { ExerciseDetail } from '../library/index.ts';
import { OwnExerciseMark } from './OwnExerciseMark.tsx';

/** A facilitator's own exercise, read exactly as a shipped one is. */
export default function OwnExerciseDetailScreen({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation('ownExercises');
  const host = useHost();
  const [exercise, setExercise] = useState<OwnExercise | null | undefined>(undefined);
  const [exported, setExported] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [, navigate] = useLocation();
  useEffect(() => {
    let current = true;
    void ownExercises.get(exerciseId).then((found) => {
      if (current) setExercise(found ?? null);
    });
    return () => {
      current = false;
    };
  }, [exerciseId]);

  if (exercise === undefined) return <p className="loading">{t('loading')}</p>;
  if (exercise === null) return <NotFound what="Exercise" id={exerciseId} backHref={routes.library} />;

  // The stored text is the file: exported as kept, byte for byte.
  const exportFile = async () => {
    const content = await ownExercises.markdownOf(exercise.id);
    if (content === undefined) return;
    const name = sharedFileName(exercise.title);
    const result = await host.saveTextFile({ suggestedName: name, content, kind: 'markdown' });
    setExported(result === 'saved' ? t('detail.savedAs', { name }) : null);
  };

  // Sessions planned from it keep their own copy (with its safety notes), so deleting it changes no plan.
  const remove = async () => {
    await ownExercises.remove(exercise.id);
    navigate(routes.library);
  };

  return (
    <ExerciseDetail
      exercise={exercise}
      mark={<OwnExerciseMark exercise={exercise} />}
      actions={
        <>
          <Link href={routes.editExercise(exercise.id)} className="button">
            {t('detail.edit')}
          </Link>
          <button type="button" className="button" onClick={() => void exportFile()}>
            {t('detail.export')}
          </button>
          {confirmingDelete ? (
            <span className="own-exercise-actions__confirm">
              <span role="alert">{t('detail.confirmDelete', { title: exercise.title })}</span>
              <button type="button" className="button button--danger" onClick={() => void remove().catch(() => undefined)}>
                {t('detail.deleteNow')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirmingDelete(false)}>
                {t('detail.keep')}
              </button>
            </span>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setConfirmingDelete(true)}>
              {t('detail.delete')}
            </button>
          )}
          <p role="status" className="own-exercise-actions__status">
            {exported}
          </p>
        </>
      }
    />
  );
}
