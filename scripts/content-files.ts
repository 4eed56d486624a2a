import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../domain/content/content-problems.ts';
import { formatProblem, type ContentProblem } from '../domain/content/content-problems.ts';
import { loadContent, type ContentFiles, type ContentLoadResult } from '../domain/content/load-content.ts';

export interface ContentLocation {
  /** The folder holding `exercises/`, `checkins/` and `templates/`. */
  contentDir: string;
  /** File paths in messages are relative to this folder. */
  projectRoot: string;
}

export const CONTENT_SUBFOLDERS = { exercises: 'exercises', checkIns: 'checkins', templates: 'templates' } as const;

async function readMarkdownFiles(folder: string, projectRoot: string): Promise<ContentFile[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    // A missing folder is reported by the loader as "contains no content files".
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(
    names.map(async (name) => {
      const absolute = path.join(folder, name);
      return { path: path.relative(projectRoot, absolute), text: await readFile(absolute, 'utf8') };
    }),
  );
}

export async function readContentFiles({ contentDir, projectRoot }: ContentLocation): Promise<ContentFiles> {
  const [exercises, checkIns, templates] = await Promise.all(
    Object.values(CONTENT_SUBFOLDERS).map((sub) => readMarkdownFiles(path.join(contentDir, sub), projectRoot)),
  );
  return { exercises: exercises!, checkIns: checkIns!, templates: templates! };
}

export async function loadContentLibrary(location: ContentLocation): Promise<ContentLoadResult> {
  return loadContent(await readContentFiles(location));
}

export class InvalidContentError extends Error {
  constructor(problems: readonly ContentProblem[]) {
    super(`Invalid content:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'InvalidContentError';
  }
}
