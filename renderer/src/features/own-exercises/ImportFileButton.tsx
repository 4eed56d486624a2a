import type { ChangeEvent } from 'react';
import { readExerciseFile, type ChosenFile } from './exercise-file.ts';

/** "Import an exercise file…": a labelled file input, shown as a button. */
export function ImportFileButton({ label, onChosen }: { label: string; onChosen: (file: ChosenFile) => void }) {
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again after a fix
    if (file) onChosen(await readExerciseFile(file));
  };
  return (
    <label className="button button--quiet file-button">
      {label}
      <input
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        className="visually-hidden"
        onChange={(event) => void onChange(event)}
      />
    </label>
  );
}
