import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { OWN_EXERCISE_ID_PREFIX, sharedFileName } from '../../../../domain/content/own-exercise-limits.ts';
import { problemWords } from '../../content/check-messages.ts';
import { ownExercises, ownTemplates } from '../../data/app-database.ts';
import type { KeptTemplate } from '../../data/own-template-repository.ts';
import { useHost } from '../../host/host-context.tsx';
import { routes } from '../../navigation/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { agendaExercises, agendaExercisesIn } from './agenda-exercises.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import type { AgendaExercise } from './TemplateDetail.tsx';
import { TemplateDetail } from './TemplateDetail.tsx';
import { templateFieldLabel } from './template-field-labels.ts';

interface Loaded {
  kept: KeptTemplate;
  exercises: Map<string, AgendaExercise>;
}

/** A facilitator's own workshop template, read as a shipped one is, with what can be done with it. */
export default function OwnTemplateDetailScreen({ templateId }: { templateId: string }) {
  const host = useHost();
  const { t, i18n } = useTranslation('templates');
  const { t: tc } = useTranslation('contentCheck');
  const [, navigate] = useLocation();
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  const [status, setStatus] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const translated = useTranslatedContent();

  useEffect(() => {
    let current = true;
    void Promise.all([ownTemplates.get(templateId), ownExercises.list()]).then(([kept, own]) => {
      if (current) setLoaded(kept ? { kept, exercises: agendaExercises(own) } : null);
    });
    return () => {
      current = false;
    };
  }, [templateId]);

  if (loaded === undefined) return <p className="loading">{t('save.loading')}</p>;
  if (loaded === null) return <NotFound what="Template" id={templateId} backHref={routes.templates} />;
  const { kept, exercises } = loaded;
  const { template, problems } = kept;

  // Shared with the own exercises it names, so whoever opens it can plan from it; the stored texts are the files.
  const share = async () => {
    const own = [
      ...new Set(
        template.agenda.flatMap((item) =>
          item.kind === 'exercise' && item.exercise.startsWith(OWN_EXERCISE_ID_PREFIX) ? [item.exercise] : [],
        ),
      ),
    ];
    const [text, ...exerciseTexts] = await Promise.all([
      ownTemplates.markdownOf(template.id),
      ...own.map((id) => ownExercises.markdownOf(id)),
    ]);
    if (text === undefined) return;
    if (own.length === 0) {
      const name = sharedFileName(template.title);
      const result = await host.saveTextFile({ suggestedName: name, content: text, kind: 'markdown' });
      setStatus(result === 'saved' ? t('own.savedAs', { name }) : null);
      return;
    }
    const { packShared } = await import('../../../../domain/content/shared-files.ts');
    const bytes = packShared({
      templates: [{ name: sharedFileName(template.title), text }],
      exercises: own.flatMap((id, index) => {
        const exerciseText = exerciseTexts[index];
        return exerciseText === undefined ? [] : [{ name: sharedFileName(exercises.get(id)?.title ?? id), text: exerciseText }];
      }),
    });
    const name = sharedFileName(template.title).replace(/\.md$/, '.zip');
    const result = await host.saveArchive({ suggestedName: name, bytes });
    setStatus(result === 'saved' ? t('own.savedWith', { name, count: own.length }) : null);
  };

  const remove = async () => {
    await ownTemplates.remove(template.id);
    navigate(routes.templates);
  };

  const agendaTitles = template.agenda.map((item) => ({
    title: item.kind === 'exercise' ? (exercises.get(item.exercise)?.title ?? item.exercise) : item.title,
  }));

  return (
    <TemplateDetail
      template={template}
      exercises={agendaExercisesIn(exercises, translated)}
      mark={
        <>
          <p className="own-mark">
            <span className="own-mark__whose">{t('yours')}</span>
          </p>
          {problems.length > 0 && (
            <div className="own-editor__summary" role="note">
              <p>
                <strong>{t('own.cannotPlan')}</strong>
              </p>
              <ul>
                {problems.map((problem, index) => (
                  <li key={index}>
                    {tc('labelled', {
                      field: templateFieldLabel(problem.field, agendaTitles, t),
                      message: problemWords(tc, problem, i18n.language),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      }
      actions={
        <>
          <button type="button" className="button" onClick={() => void share().catch(() => undefined)}>
            {t('own.share')}
          </button>
          {confirmingDelete ? (
            <span className="own-exercise-actions__confirm">
              <span role="alert">{t('own.confirmDelete', { title: template.title })}</span>
              <button type="button" className="button button--danger" onClick={() => void remove().catch(() => undefined)}>
                {t('own.deleteNow')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirmingDelete(false)}>
                {t('own.keep')}
              </button>
            </span>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setConfirmingDelete(true)}>
              {t('own.delete')}
            </button>
          )}
          <p role="status" className="own-exercise-actions__status">
            {status}
          </p>
        </>
      }
    />
  );
}
