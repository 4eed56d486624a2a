import { OWN_EXERCISE_LIMITS, OWN_TEMPLATE_LIMITS } from '../../../../domain/content/own-exercise-limits.ts';
import type { PlainMessage } from '../../../../domain/content/plain-messages.ts';
import type { SharedFiles } from '../../../../domain/content/shared-files.ts';

/** Why chosen files were not read at all, as a kind and values for the import screen to say (sizes in kB). */
export type ChosenRefusal =
  | { kind: 'tooManyChosen'; found: number; max: number }
  | { kind: 'archiveTooLarge'; name: string; size: number; max: number }
  | { kind: 'fileTooLarge'; name: string; size: number; max: number }
  | { kind: 'inArchive'; name: string; plain: PlainMessage };

/** Files chosen to import, read as text and sorted into exercises and templates, or why they were not read at all. */
export type ChosenFiles = { names: string[]; files: SharedFiles } | { names: string[]; refused: ChosenRefusal };

let chosen: ChosenFiles | null = null;

const isArchive = (file: File) => /\.zip$/i.test(file.name) || file.type === 'application/zip';
const kilobytes = (bytes: number) => Math.ceil(bytes / 1000);

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
    return { names, refused: { kind: 'tooManyChosen', found: list.length, max: SHARED_LIMITS.entries } };
  const perFile = Math.max(OWN_EXERCISE_LIMITS.fileBytes, OWN_TEMPLATE_LIMITS.fileBytes);
  const files: SharedFiles = { exercises: [], templates: [] };
  const markdown = [];
  for (const file of list) {
    if (isArchive(file)) {
      if (file.size > SHARED_LIMITS.archiveBytes)
        return {
          names,
          refused: { kind: 'archiveTooLarge', name: file.name, size: kilobytes(file.size), max: kilobytes(SHARED_LIMITS.archiveBytes) },
        };
      const read = unpackShared(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) return { names, refused: { kind: 'inArchive', name: file.name, plain: read.plain } };
      const inArchive = (entry: { name: string; text: string }) => ({ name: `${file.name}: ${entry.name}`, text: entry.text });
      files.exercises.push(...read.files.exercises.map(inArchive));
      files.templates.push(...read.files.templates.map(inArchive));
    } else {
      if (file.size > perFile)
        return { names, refused: { kind: 'fileTooLarge', name: file.name, size: kilobytes(file.size), max: kilobytes(perFile) } };
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
