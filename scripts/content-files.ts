import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../domain/content/content-problems.ts';
import { formatProblem, type ContentProblem } from '../domain/content/content-problems.ts';
import { loadContent, type ContentFiles, type ContentLibrary, type ContentLoadResult } from '../domain/content/load-content.ts';
import { checkTranslations, type TranslationCheckResult, type TranslationKind } from '../domain/content/translation-check.ts';

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

/** A translation tree is a folder beside the English ones named by its language: `content/es/`. */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** The languages with a translation tree in the content folder, in order. */
export async function translationLanguages(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && LANGUAGE_FOLDER.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Reads one language's translation tree and checks it against the English library. */
export async function loadTranslations(
  location: ContentLocation,
  language: string,
  library: ContentLibrary,
): Promise<TranslationCheckResult> {
  const languageDir = path.join(location.contentDir, language);
  const files = await readContentFiles({ contentDir: languageDir, projectRoot: location.projectRoot });
  const folderOf = (dir: string, kind: TranslationKind) => path.relative(location.projectRoot, path.join(dir, CONTENT_SUBFOLDERS[kind]));
  const englishFolders = {
    exercises: folderOf(location.contentDir, 'exercises'),
    checkIns: folderOf(location.contentDir, 'checkIns'),
    templates: folderOf(location.contentDir, 'templates'),
  };
  return checkTranslations(language, library, files, englishFolders);
}

export class InvalidContentError extends Error {
  constructor(problems: readonly ContentProblem[]) {
    super(`Invalid content:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'InvalidContentError';
  }
}
