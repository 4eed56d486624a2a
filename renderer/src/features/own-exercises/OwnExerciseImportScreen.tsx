import { useEffect, useState } from 'react';
import { plainMessage } from '../../../../domain/content/plain-messages.ts';
import { useLocation } from 'wouter';
import type { ContentProblem } from '../../../../domain/content/content-problems.ts';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import type { OwnTemplate } from '../../../../domain/content/own-template.ts';
import type { SharedFiles } from '../../../../domain/content/shared-files.ts';
import { ownExercises, ownTemplates } from '../../data/app-database.ts';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { ExerciseDetail } from '../library/index.ts';
import { agendaExercises, TemplateDetail, templateFieldLabel } from '../templates/index.ts';
import { chosenFiles, letGoOfChosenFiles, type ChosenFiles } from './exercise-file.ts';
import { fieldLabel } from './field-labels.ts';
import { ImportFileButton } from './ImportFileButton.tsx';
import { OwnExerciseMark } from './OwnExerciseMark.tsx';

type Reading =
  | { step: 'none' }
  | { step: 'checking'; names: string[] }
  | { step: 'refused'; names: string[]; problems: ContentProblem[]; templateFiles: ReadonlySet<string> }
  | { step: 'ready'; names: string[]; files: SharedFiles; exercises: OwnExercise[]; templates: OwnTemplate[]; alreadyKept: string[] };

function startReading(chosen: ChosenFiles): Reading {
  return 'refused' in chosen
    ? { step: 'refused', names: chosen.names, problems: [{ file: '', field: '', message: chosen.refused }], templateFiles: new Set() }
    : { step: 'checking', names: chosen.names };
}

const quoted = (names: readonly string[]) => (names.length === 1 ? `“${names[0]}”` : `These ${names.length} files`);

function counted(exercises: number, templates: number): string {
  const parts = [
    exercises > 0 ? `${exercises} ${exercises === 1 ? 'exercise' : 'exercises'}` : '',
    templates > 0 ? `${templates} ${templates === 1 ? 'template' : 'templates'}` : '',
  ].filter(Boolean);
  return parts.join(' and ');
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
    const field = templateFiles.has(problem.file) ? templateFieldLabel(problem.field, []) : fieldLabel(problem.field);
    const where = !single && problem.file ? `${problem.file}: ` : '';
    return problem.field ? `${where}${field}: ${plainMessage(problem.message)}` : `${where}${problem.message}`;
  };

  const previews =
    reading.step === 'ready'
      ? [
          ...reading.exercises.map((exercise) => ({ kind: 'exercise' as const, exercise, title: exercise.title })),
          ...reading.templates.map((template) => ({ kind: 'template' as const, template, title: template.title })),
        ]
      : [];
  const shown = previews[Math.min(previewed, previews.length - 1)];
  const agenda = agendaExercises(reading.step === 'ready' ? [...ownTitles, ...reading.exercises] : []);

  return (
    <div className="own-import">
      <BackLink href={routes.library}>Back to the library</BackLink>
      <h1 tabIndex={-1}>Import shared exercises and templates</h1>
      <p className="lede">
        Files another facilitator shared (Markdown files, or a .zip of them) are checked with the same checks as the library’s own, and
        shown here before anything is kept. A template comes with the exercises of theirs it uses.
      </p>
      <div className="own-shelf__actions">
        <ImportFileButton label={reading.step === 'none' ? 'Choose files…' : 'Choose other files…'} onChosen={check} />
      </div>
      <div aria-live="polite">
        {reading.step === 'checking' && <p>Checking {quoted(reading.names)}…</p>}
        {reading.step === 'refused' && (
          <section className="own-editor__summary" aria-labelledby="own-import-refused">
            <h2 id="own-import-refused">{quoted(reading.names)} cannot be imported</h2>
            <p>Nothing was added. Ask whoever shared {single ? 'it' : 'them'} for corrected files:</p>
            <ul>
              {reading.problems.map((problem, index) => (
                <li key={index}>{label(problem, reading.templateFiles)}</li>
              ))}
            </ul>
          </section>
        )}
        {reading.step === 'ready' && (
          <div className="own-import__ready">
            <p>
              {quoted(reading.names)} {single ? 'passes' : 'pass'} every check
              {single && previews.length === 1 ? '.' : `: ${counted(reading.exercises.length, reading.templates.length)}.`}{' '}
              {reading.alreadyKept.length > 0 &&
                `Already kept here, so nothing can be added until it is deleted there: ${reading.alreadyKept
                  .map(
                    (id) =>
                      `“${previews.find((entry) => (entry.kind === 'exercise' ? entry.exercise.id : entry.template.id) === id)?.title ?? id}”`,
                  )
                  .join(', ')}.`}
            </p>
            <div className="own-shelf__actions">
              <button type="button" className="button" disabled={reading.alreadyKept.length > 0 || adding} onClick={() => void add()}>
                {previews.length === 1 && reading.exercises.length === 1
                  ? 'Add to my exercises'
                  : `Add ${counted(reading.exercises.length, reading.templates.length)}`}
              </button>
            </div>
          </div>
        )}
      </div>
      {reading.step === 'ready' && shown && (
        <section className="own-editor__preview" aria-labelledby="own-import-preview-heading">
          <h2 id="own-import-preview-heading" className="own-editor__preview-heading">
            Preview
          </h2>
          {previews.length > 1 && (
            <ul className="own-import__choices" aria-label="Files to preview">
              {previews.map((entry, index) => (
                <li key={index}>
                  <button type="button" className="button button--quiet" aria-pressed={entry === shown} onClick={() => setPreviewed(index)}>
                    {entry.kind === 'template' ? 'Template' : 'Exercise'}: {entry.title}
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
                  <span className="own-mark__whose">Shared with you</span>
                </p>
              }
            />
          )}
        </section>
      )}
    </div>
  );
}
