import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, loadExercises, type ContentFile, type LoadResult } from '../domain/content/load-exercises.ts';

export interface ContentLocation {
  /** The folder holding `exercises/`. */
  contentDir: string;
  /** File paths in messages are relative to this folder. */
  projectRoot: string;
}

/** Reads every exercise file under `<contentDir>/exercises`. */
export async function readExerciseFiles({ contentDir, projectRoot }: ContentLocation): Promise<ContentFile[]> {
  const exercisesDir = path.join(contentDir, 'exercises');
  const names = (await readdir(exercisesDir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const absolute = path.join(exercisesDir, name);
      return { path: path.relative(projectRoot, absolute), text: await readFile(absolute, 'utf8') };
    }),
  );
}

export async function loadExerciseLibrary(location: ContentLocation): Promise<LoadResult> {
  return loadExercises(await readExerciseFiles(location));
}

export class InvalidContentError extends Error {
  constructor(problems: Parameters<typeof formatProblem>[0][]) {
    super(`Invalid content:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'InvalidContentError';
  }
}
