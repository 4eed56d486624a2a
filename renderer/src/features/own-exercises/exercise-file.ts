import { OWN_EXERCISE_LIMITS } from '../../../../domain/content/own-exercise-limits.ts';

/** A file chosen to import, read as text, or why it was not read at all. */
export type ChosenFile = { name: string; text: string } | { name: string; refused: string };

let chosen: ChosenFile | null = null;

/**
 * Reads a chosen exercise file, refusing one too large to be an exercise
 * before reading it, so a huge file never lands in memory.
 */
export async function readExerciseFile(file: File): Promise<ChosenFile> {
  const limit = OWN_EXERCISE_LIMITS.fileBytes;
  if (file.size > limit)
    return {
      name: file.name,
      refused: `This file is ${Math.ceil(file.size / 1000).toLocaleString('en')} kB; an exercise file may be at most ${Math.ceil(limit / 1000)} kB.`,
    };
  return { name: file.name, text: await file.text() };
}

// The library's file picker hands the file to the import screen through here:
// kept in memory only, and let go of when the import screen closes.
export function holdChosenFile(file: ChosenFile): void {
  chosen = file;
}

export function chosenFile(): ChosenFile | null {
  return chosen;
}

export function letGoOfChosenFile(): void {
  chosen = null;
}
