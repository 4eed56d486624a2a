import type { ChangeEvent } from 'react';
import { readChosenFiles, type ChosenFiles } from './exercise-file.ts';

/** "Import files…": a labelled file input for exercise and template files or archives of them, shown as a button. */
export function ImportFileButton({ label, onChosen }: { label: string; onChosen: (files: ChosenFiles) => void }) {
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = ''; // the same file may be chosen again after a fix
    if (files.length > 0) onChosen(await readChosenFiles(files));
  };
  return (
    <label className="button button--quiet file-button">
      {label}
      <input
        type="file"
        multiple
        accept=".md,.markdown,.zip,text/markdown,text/plain,application/zip"
        className="visually-hidden"
        onChange={(event) => void onChange(event)}
      />
    </label>
  );
}
