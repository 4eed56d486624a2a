import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import type { FieldProblem } from '../../../../domain/content/content-problems.ts';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { loadExercise } from '../../content/content-library.ts';
import { ownExercises } from '../../data/app-database.ts';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { ExerciseDetail } from '../library/index.ts';
import { chosenFile, letGoOfChosenFile, type ChosenFile } from './exercise-file.ts';
import { fieldLabel } from './field-labels.ts';
import { ImportFileButton } from './ImportFileButton.tsx';
import { OwnExerciseMark } from './OwnExerciseMark.tsx';

type Reading =
  | { step: 'none' }
  | { step: 'checking'; name: string }
  | { step: 'refused'; name: string; problems: FieldProblem[] }
  | { step: 'ready'; name: string; text: string; exercise: OwnExercise; alreadyKept: boolean };

function startReading(file: ChosenFile): Reading {
  return 'refused' in file
    ? { step: 'refused', name: file.name, problems: [{ field: '', message: file.refused }] }
    : { step: 'checking', name: file.name };
}

/**
 * An exercise file someone shared, checked in full and shown as it would
 * read before anything is kept; a file that fails the checks is refused
 * with its problems, and nothing is written.
 */
export default function OwnExerciseImportScreen() {
  const [, navigate] = useLocation();
  const [firstFile] = useState(chosenFile);
  const [reading, setReading] = useState<Reading>(() => (firstFile ? startReading(firstFile) : { step: 'none' }));
  const [adding, setAdding] = useState(false);

  const check = (file: ChosenFile) => {
    setReading(startReading(file));
    void validate(file);
  };

  const validate = async (file: ChosenFile) => {
    if ('refused' in file) return;
    const [{ ownExerciseFromMarkdown, checkOwnExerciseAgainstLibrary }, kept] = await Promise.all([
      import('../../../../domain/content/own-exercise.ts'),
      ownExercises.list(),
    ]);
    const checked = ownExerciseFromMarkdown(file.text);
    // An adapted exercise still cites the sources of the shipped one it came from, as the editor requires.
    const original =
      checked.ok && checked.exercise.origin.kind === 'adapted' ? await loadExercise(checked.exercise.origin.exercise) : undefined;
    const problems = checked.ok ? checkOwnExerciseAgainstLibrary(checked.exercise, original ? [original] : []) : checked.problems;
    if (!checked.ok || problems.length > 0) setReading({ step: 'refused', name: file.name, problems });
    else
      setReading({
        step: 'ready',
        name: file.name,
        text: file.text,
        exercise: checked.exercise,
        alreadyKept: kept.some((exercise) => exercise.id === checked.exercise.id),
      });
  };

  useEffect(() => {
    if (firstFile) void validate(firstFile);
    return letGoOfChosenFile;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the file the library handed over, checked once
  }, []);

  const add = async () => {
    if (reading.step !== 'ready') return;
    setAdding(true);
    try {
      const exercise = await ownExercises.importMarkdown(reading.text);
      navigate(routes.ownExercise(exercise.id));
    } catch {
      setAdding(false); // the failure is shown by the storage error banner
    }
  };

  return (
    <div className="own-import">
      <BackLink href={routes.library}>Back to the library</BackLink>
      <h1 tabIndex={-1}>Import an exercise file</h1>
      <p className="lede">
        A file another facilitator shared is checked with the same checks as the library’s own exercises, and shown here before anything is
        kept.
      </p>
      <div className="own-shelf__actions">
        <ImportFileButton label={reading.step === 'none' ? 'Choose an exercise file…' : 'Choose another file…'} onChosen={check} />
      </div>
      <div aria-live="polite">
        {reading.step === 'checking' && <p>Checking {reading.name}…</p>}
        {reading.step === 'refused' && (
          <section className="own-editor__summary" aria-labelledby="own-import-refused">
            <h2 id="own-import-refused">“{reading.name}” cannot be imported</h2>
            <p>Nothing was added. Ask whoever shared it for a corrected file:</p>
            <ul>
              {reading.problems.map((problem, index) => (
                <li key={index}>{problem.field ? `${fieldLabel(problem.field)}: ${problem.message}` : problem.message}</li>
              ))}
            </ul>
          </section>
        )}
        {reading.step === 'ready' && (
          <div className="own-import__ready">
            <p>
              “{reading.name}” passes every check.{' '}
              {reading.alreadyKept
                ? 'An exercise with the same identifier is already among your exercises, so it cannot be added again.'
                : ''}
            </p>
            <div className="own-shelf__actions">
              <button type="button" className="button" disabled={reading.alreadyKept || adding} onClick={() => void add()}>
                Add to my exercises
              </button>
            </div>
          </div>
        )}
      </div>
      {reading.step === 'ready' && (
        <section className="own-editor__preview" aria-labelledby="own-import-preview-heading">
          <h2 id="own-import-preview-heading" className="own-editor__preview-heading">
            Preview
          </h2>
          <ExerciseDetail exercise={reading.exercise} mark={<OwnExerciseMark exercise={reading.exercise} />} />
        </section>
      )}
    </div>
  );
}
