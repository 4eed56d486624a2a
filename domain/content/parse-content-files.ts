import type { z } from 'zod';
import { fieldProblem, issuesToFieldProblems, type ContentFile, type ContentProblem, type FieldProblem } from './content-problems.ts';
import { FrontMatterError, splitFrontMatter } from './front-matter.ts';

export interface ParsedDocument<T> {
  file: string;
  data: T;
  body: string;
}

/**
 * What one document's own checks found. `data` is there whenever the front
 * matter passed its schema, even if a later per-file rule (an empty body, an
 * unchecked author read aloud) failed, so the library can still resolve
 * references to it instead of also calling it missing.
 */
export interface DocumentCheck<T> {
  data: T | null;
  body: string;
  problems: FieldProblem[];
}

/** Checks one document's text against one schema: front matter, YAML, schema, and a Markdown body below. */
export function checkContentText<T>(text: string, schema: z.ZodType<T>): DocumentCheck<T> {
  let split;
  try {
    split = splitFrontMatter(text);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return { data: null, body: '', problems: [fieldProblem('', error.plain)] };
  }
  const parsed = schema.safeParse(split.data);
  if (!parsed.success) return { data: null, body: split.body, problems: issuesToFieldProblems(parsed.error.issues) };
  const problems: FieldProblem[] = [];
  if (!split.body) problems.push(fieldProblem('body', { kind: 'emptyBody' }));
  return { data: parsed.data, body: split.body, problems };
}

export function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '');
}

/**
 * Checks one folder of content files, each with the same per-document check.
 * Every problem in every file is collected, so an author fixes them all in
 * one pass. On top of each file's own checks come the rules that need the
 * file's name or its neighbours: ids must match their file names and be
 * unique within the folder.
 */
export function parseContentFiles<T extends { id: string }>(
  files: readonly ContentFile[],
  check: (text: string) => DocumentCheck<T>,
  folder: string,
  problems: ContentProblem[],
): ParsedDocument<T>[] {
  if (files.length === 0) problems.push({ file: folder, field: '', message: 'contains no content files' });
  const documents: ParsedDocument<T>[] = [];
  const firstFileForId = new Map<string, string>();

  for (const file of files) {
    const checked = check(file.text);
    const own = checked.problems.map((problem) => ({ file: file.path, ...problem }));
    if (!checked.data) {
      problems.push(...own);
      continue;
    }

    const { id } = checked.data;
    if (id !== fileStem(file.path)) {
      problems.push({ file: file.path, field: 'id', message: `is "${id}" but the file is named "${fileStem(file.path)}.md"; they must match` });
    }
    const earlier = firstFileForId.get(id);
    if (earlier) problems.push({ file: file.path, field: 'id', message: `"${id}" is already used by ${earlier}` });
    else firstFileForId.set(id, file.path);
    problems.push(...own);
    documents.push({ file: file.path, data: checked.data, body: checked.body });
  }
  return documents;
}
