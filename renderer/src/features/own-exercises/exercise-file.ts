import { OWN_EXERCISE_LIMITS, OWN_TEMPLATE_LIMITS } from '../../../../domain/content/own-exercise-limits.ts';
import type { SharedFiles } from '../../../../domain/content/shared-files.ts';

/** Files chosen to import, read as text and sorted into exercises and templates, or why they were not read at all. */
export type ChosenFiles = { names: string[]; files: SharedFiles } | { names: string[]; refused: string };

let chosen: ChosenFiles | null = null;

const isArchive = (file: File) => /\.zip$/i.test(file.name) || file.type === 'application/zip';
const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1000).toLocaleString('en')} kB`;

/**
 * Reads chosen files (Markdown files, or archives of them) before anything
 * is checked: a file too large to be an exercise or a template, or an
 * archive too large or malformed, is refused before its content is read
 * into memory or inflated.
 */
export async function readChosenFiles(list: readonly File[]): Promise<ChosenFiles> {
  const names = list.map((file) => file.name);
  const { SHARED_LIMITS, sortSharedMarkdown, unpackShared } = await import('../../../../domain/content/shared-files.ts');
  if (list.length > SHARED_LIMITS.entries)
    return { names, refused: `That is ${list.length} files; choose at most ${SHARED_LIMITS.entries} at once.` };
  const perFile = Math.max(OWN_EXERCISE_LIMITS.fileBytes, OWN_TEMPLATE_LIMITS.fileBytes);
  const files: SharedFiles = { exercises: [], templates: [] };
  const markdown = [];
  for (const file of list) {
    if (isArchive(file)) {
      if (file.size > SHARED_LIMITS.archiveBytes)
        return {
          names,
          refused: `“${file.name}” is ${kilobytes(file.size)}; an archive of shared files may be at most ${kilobytes(SHARED_LIMITS.archiveBytes)}.`,
        };
      const read = unpackShared(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) return { names, refused: `“${file.name}”: ${read.message}` };
      const inArchive = (entry: { name: string; text: string }) => ({ name: `${file.name}: ${entry.name}`, text: entry.text });
      files.exercises.push(...read.files.exercises.map(inArchive));
      files.templates.push(...read.files.templates.map(inArchive));
    } else {
      if (file.size > perFile)
        return {
          names,
          refused: `“${file.name}” is ${kilobytes(file.size)}; an exercise or template file may be at most ${kilobytes(perFile)}.`,
        };
      markdown.push({ name: file.name, text: await file.text() });
    }
  }
  const sorted = sortSharedMarkdown(markdown);
  files.exercises.push(...sorted.exercises);
  files.templates.push(...sorted.templates);
  return { names, files };
}

// The library's file picker hands the files to the import screen through here:
// kept in memory only, and let go of when the import screen closes.
export function holdChosenFiles(files: ChosenFiles): void {
  chosen = files;
}

export function chosenFiles(): ChosenFiles | null {
  return chosen;
}

export function letGoOfChosenFiles(): void {
  chosen = null;
}
