import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OWN_EXERCISE_ID_PREFIX, sharedFileName } from '../../../../domain/content/own-exercise-limits.ts';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { ownExercises, ownTemplates } from '../../data/app-database.ts';
import type { KeptTemplate } from '../../data/own-template-repository.ts';
import { useHost } from '../../host/host-context.tsx';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';

interface Kept {
  exercises: OwnExercise[];
  templates: KeptTemplate[];
}

/** The own exercises a template names. */
const namedBy = (template: KeptTemplate['template']) =>
  template.agenda.flatMap((item) => (item.kind === 'exercise' && item.exercise.startsWith(OWN_EXERCISE_ID_PREFIX) ? [item.exercise] : []));

/** A name from the catalog as a file name any system takes: letters without their accents, digits, dots and hyphens. */
const asciiFileName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '');

/**
 * Shares several of the facilitator's own exercises and templates at once:
 * one .zip of Markdown files laid out like content/, which another
 * facilitator imports whole. A template goes with the exercises of theirs
 * it uses, so it can be planned from where it arrives.
 */
export default function ShareOwnScreen() {
  const { t } = useTranslation('ownExercises');
  const host = useHost();
  const [kept, setKept] = useState<Kept | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([ownExercises.list(), ownTemplates.list()]).then(
      ([exercises, templates]) => current && setKept({ exercises, templates }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (kept === null) return <p className="loading">{t('loading')}</p>;

  const chosenTemplates = kept.templates.filter(({ template }) => chosen.has(template.id));
  const withTemplates = new Set(chosenTemplates.flatMap(({ template }) => namedBy(template)));
  const chosenExercises = kept.exercises.filter((exercise) => chosen.has(exercise.id) || withTemplates.has(exercise.id));
  const count = chosenExercises.length + chosenTemplates.length;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setStatus(null);
  };

  const save = async () => {
    const [exerciseTexts, templateTexts] = await Promise.all([
      Promise.all(chosenExercises.map((exercise) => ownExercises.markdownOf(exercise.id))),
      Promise.all(chosenTemplates.map(({ template }) => ownTemplates.markdownOf(template.id))),
    ]);
    const files = {
      exercises: chosenExercises.flatMap((exercise, index) => {
        const text = exerciseTexts[index];
        return text === undefined ? [] : [{ name: sharedFileName(exercise.title), text }];
      }),
      templates: chosenTemplates.flatMap(({ template }, index) => {
        const text = templateTexts[index];
        return text === undefined ? [] : [{ name: sharedFileName(template.title), text }];
      }),
    };
    const { packShared } = await import('../../../../domain/content/shared-files.ts');
    const name = `${asciiFileName(t('share.archiveName')) || 'shared'}.zip`;
    const result = await host.saveArchive({ suggestedName: name, bytes: packShared(files) });
    setStatus(result === 'saved' ? t('share.saved', { count: files.exercises.length + files.templates.length, name }) : null);
  };

  return (
    <div className="own-share">
      <BackLink href={routes.library}>{t('backToLibrary')}</BackLink>
      <h1 tabIndex={-1}>{t('share.title')}</h1>
      <p className="lede">{t('share.lede')}</p>
      <form onSubmit={(event) => (event.preventDefault(), void save().catch(() => undefined))}>
        {kept.exercises.length > 0 && (
          <fieldset>
            <legend>{t('share.myExercises')}</legend>
            {kept.exercises.map((exercise) => (
              <label key={exercise.id} className="own-editor__choice">
                <input
                  type="checkbox"
                  checked={chosen.has(exercise.id) || withTemplates.has(exercise.id)}
                  disabled={withTemplates.has(exercise.id)}
                  onChange={(event) => toggle(exercise.id, event.target.checked)}
                />{' '}
                {exercise.title}
                {withTemplates.has(exercise.id) && <span className="field__hint">{t('share.withTemplate')}</span>}
              </label>
            ))}
          </fieldset>
        )}
        {kept.templates.length > 0 && (
          <fieldset>
            <legend>{t('share.myTemplates')}</legend>
            {kept.templates.map(({ template, problems }) => (
              <label key={template.id} className="own-editor__choice">
                <input
                  type="checkbox"
                  checked={chosen.has(template.id)}
                  disabled={problems.length > 0}
                  onChange={(event) => toggle(template.id, event.target.checked)}
                />{' '}
                {template.title}
                {problems.length > 0 && <span className="field__hint">{t('share.cannotShare')}</span>}
              </label>
            ))}
          </fieldset>
        )}
        {kept.exercises.length === 0 && kept.templates.length === 0 && <p>{t('share.nothingYet')}</p>}
        <div className="own-shelf__actions">
          <button type="submit" className="button" disabled={count === 0}>
            {count === 0 ? t('share.choose') : t('share.save', { count })}
          </button>
        </div>
        <p role="status" className="own-exercise-actions__status">
          {status}
        </p>
      </form>
    </div>
  );
}
