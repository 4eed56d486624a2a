import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLocation } from 'wouter';
import type { ContentProblem } from '../../../../domain/content/content-problems.ts';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import type { OwnTemplate } from '../../../../domain/content/own-template.ts';
import type { SharedFiles } from '../../../../domain/content/shared-files.ts';
import { plainWords, problemWords } from '../../content/check-messages.ts';
import { ownExercises, ownTemplates } from '../../data/app-database.ts';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { ExerciseDetail } from '../library/index.ts';
import { agendaExercises, agendaExercisesIn, TemplateDetail, templateFieldLabel } from '../templates/index.ts';
import { chosenFiles, letGoOfChosenFiles, type ChosenFiles, type ChosenRefusal } from './exercise-file.ts';
import { fieldLabel } from './field-labels.ts';
import { ImportFileButton } from './ImportFileButton.tsx';
import { OwnExerciseMark } from './OwnExerciseMark.tsx';
import { useTranslatedContent } from '../../content/translated-content.ts';

type Reading =
  | { step: 'none' }
  | { step: 'checking'; names: string[] }
  | { step: 'refused'; names: string[]; problems: ContentProblem[]; templateFiles: ReadonlySet<string> }
  | { step: 'unread'; names: string[]; refused: ChosenRefusal }
  | { step: 'ready'; names: string[]; files: SharedFiles; exercises: OwnExercise[]; templates: OwnTemplate[]; alreadyKept: string[] };

function startReading(chosen: ChosenFiles): Reading {
  return 'refused' in chosen ? { step: 'unread', names: chosen.names, refused: chosen.refused } : { step: 'checking', names: chosen.names };
}

/** "1 exercise and 2 templates": what shared files hold. */
function counted(exercises: number, templates: number, t: TFunction<'ownExercises'>): string {
  const exercisesText = t('import.exercises', { count: exercises });
  const templatesText = t('import.templates', { count: templates });
  if (exercises > 0 && templates > 0) return t('import.both', { exercises: exercisesText, templates: templatesText });
  return exercises > 0 ? exercisesText : templates > 0 ? templatesText : '';
}

/** What the checks make of chosen files; nothing is written. */
async function readingOf(chosen: ChosenFiles): Promise<Reading> {
  if ('refused' in chosen) return startReading(chosen);
  const checked = await ownTemplates.checkShared(chosen.files);
  if (!checked.ok)
    return {
      step: 'refused',
      names: chosen.names,
      problems: checked.problems,
      templateFiles: new Set(chosen.files.templates.map((file) => file.name)),
    };
  return { step: 'ready', names: chosen.names, files: chosen.files, ...checked };
}

/**
 * Files another facilitator shared (exercises, templates, or archives of
 * them), checked in full, as the content check checks the library's own, and
 * shown as they would read before anything is kept. They are kept all
 * together or not at all: a file that fails the checks is refused with its
 * problems, and nothing is written.
 */
export default function OwnExerciseImportScreen() {
  const { t, i18n } = useTranslation('ownExercises');
  const { t: tc } = useTranslation('contentCheck');
  const { t: tt } = useTranslation('templates');
  // A shared template's agenda names library exercises: in the app's language where they are translated.
  const translated = useTranslatedContent();
  const [, navigate] = useLocation();
  const [first] = useState(chosenFiles);
  const [reading, setReading] = useState<Reading>(() => (first ? startReading(first) : { step: 'none' }));
  const [previewed, setPreviewed] = useState(0);
  const [ownTitles, setOwnTitles] = useState<OwnExercise[]>([]);
  const [adding, setAdding] = useState(false);

  const validate = async (chosen: ChosenFiles) => {
    const [read, kept] = await Promise.all([readingOf(chosen), ownExercises.list()]);
    setOwnTitles(kept);
    setPreviewed(0);
    setReading(read);
  };

  const check = (chosen: ChosenFiles) => {
    setReading(startReading(chosen));
    void validate(chosen);
  };

  useEffect(() => {
    let current = true;
    if (first)
      void Promise.all([readingOf(first), ownExercises.list()]).then(([read, kept]) => {
        if (!current) return;
        setOwnTitles(kept);
        setReading(read);
      });
    return () => {
      current = false;
      letGoOfChosenFiles();
    };
  }, [first]);

  const add = async () => {
    if (reading.step !== 'ready') return;
    setAdding(true);
    try {
      await ownTemplates.importShared(reading.files);
      const { exercises, templates } = reading;
      if (exercises.length === 1 && templates.length === 0) navigate(routes.ownExercise(exercises[0]!.id));
      else if (templates.length === 1) navigate(routes.ownTemplate(templates[0]!.id));
      else navigate(routes.library);
    } catch {
      setAdding(false); // the failure is shown by the storage error banner
    }
  };

  const single = reading.step !== 'none' && reading.names.length === 1;
  const label = (problem: ContentProblem, templateFiles: ReadonlySet<string>) => {
    const message = problemWords(tc, problem, i18n.language);
    const field = templateFiles.has(problem.file) ? templateFieldLabel(problem.field, [], tt) : fieldLabel(problem.field, t);
    const said = problem.field ? tc('labelled', { field, message }) : message;
    return !single && problem.file ? tc('inFile', { file: problem.file, message: said }) : said;
  };
  const refusal = (refused: ChosenRefusal) =>
    refused.kind === 'inArchive'
      ? t('refused.inArchive', { name: refused.name, message: plainWords(tc, refused.plain, i18n.language) })
      : t(`refused.${refused.kind}`, refused);
  const names = (reading: { names: string[] }) => ({ name: reading.names[0], number: reading.names.length });

  const previews =
    reading.step === 'ready'
      ? [
          ...reading.exercises.map((exercise) => ({ kind: 'exercise' as const, exercise, title: exercise.title })),
          ...reading.templates.map((template) => ({ kind: 'template' as const, template, title: template.title })),
        ]
      : [];
  const shown = previews[Math.min(previewed, previews.length - 1)];
  const agenda = agendaExercisesIn(agendaExercises(reading.step === 'ready' ? [...ownTitles, ...reading.exercises] : []), translated);

  return (
    <div className="own-import">
      <BackLink href={routes.library}>{t('backToLibrary')}</BackLink>
      <h1 tabIndex={-1}>{t('import.title')}</h1>
      <p className="lede">{t('import.lede')}</p>
      <div className="own-shelf__actions">
        <ImportFileButton label={reading.step === 'none' ? t('import.choose') : t('import.chooseOther')} onChosen={check} />
      </div>
      <div aria-live="polite">
        {reading.step === 'checking' && <p>{t(single ? 'import.checkingOne' : 'import.checkingMany', names(reading))}</p>}
        {(reading.step === 'refused' || reading.step === 'unread') && (
          <section className="own-editor__summary" aria-labelledby="own-import-refused">
            <h2 id="own-import-refused">{t(single ? 'import.refusedOne' : 'import.refusedMany', names(reading))}</h2>
            <p>{single ? t('import.askOne') : t('import.askMany')}</p>
            <ul>
              {reading.step === 'unread' ? (
                <li>{refusal(reading.refused)}</li>
              ) : (
                reading.problems.map((problem, index) => <li key={index}>{label(problem, reading.templateFiles)}</li>)
              )}
            </ul>
          </section>
        )}
        {reading.step === 'ready' && (
          <div className="own-import__ready">
            <p>
              {single && previews.length === 1
                ? t('import.passesOne', names(reading))
                : t(single ? 'import.passesOneWith' : 'import.passMany', {
                    ...names(reading),
                    contents: counted(reading.exercises.length, reading.templates.length, t),
                  })}{' '}
              {reading.alreadyKept.length > 0 &&
                t('import.alreadyKept', {
                  titles: reading.alreadyKept
                    .map((id) =>
                      t('import.quoted', {
                        title:
                          previews.find((entry) => (entry.kind === 'exercise' ? entry.exercise.id : entry.template.id) === id)?.title ?? id,
                      }),
                    )
                    .join(', '),
                })}
            </p>
            <div className="own-shelf__actions">
              <button type="button" className="button" disabled={reading.alreadyKept.length > 0 || adding} onClick={() => void add()}>
                {previews.length === 1 && reading.exercises.length === 1
                  ? t('import.addOne')
                  : t('import.add', { contents: counted(reading.exercises.length, reading.templates.length, t) })}
              </button>
            </div>
          </div>
        )}
      </div>
      {reading.step === 'ready' && shown && (
        <section className="own-editor__preview" aria-labelledby="own-import-preview-heading">
          <h2 id="own-import-preview-heading" className="own-editor__preview-heading">
            {t('preview')}
          </h2>
          {previews.length > 1 && (
            <ul className="own-import__choices" aria-label={t('import.filesToPreview')}>
              {previews.map((entry, index) => (
                <li key={index}>
                  <button type="button" className="button button--quiet" aria-pressed={entry === shown} onClick={() => setPreviewed(index)}>
                    {t(entry.kind === 'template' ? 'import.previewTemplate' : 'import.previewExercise', { title: entry.title })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {shown.kind === 'exercise' ? (
            <ExerciseDetail preview exercise={shown.exercise} mark={<OwnExerciseMark exercise={shown.exercise} />} />
          ) : (
            <TemplateDetail
              preview
              template={shown.template}
              exercises={agenda}
              mark={
                <p className="own-mark">
                  <span className="own-mark__whose">{t('import.sharedWithYou')}</span>
                </p>
              }
            />
          )}
        </section>
      )}
    </div>
  );
}
