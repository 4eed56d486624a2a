import type { z } from 'zod';
import { issuesToProblems, type ContentFile, type ContentProblem } from './content-problems.ts';
import { FrontMatterError, splitFrontMatter } from './front-matter.ts';

export interface ParsedDocument<T> {
  file: string;
  data: T;
  body: string;
}

export function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '');
}

/**
 * Parses one folder of content files against one schema. Every problem in
 * every file is collected, so an author fixes them all in one pass. Ids must
 * be unique within the folder and match their file names; every file needs
 * a Markdown body below its front matter.
 */
export function parseContentFiles<T extends { id: string }>(
  files: readonly ContentFile[],
  schema: z.ZodType<T>,
  folder: string,
  problems: ContentProblem[],
): ParsedDocument<T>[] {
  if (files.length === 0) problems.push({ file: folder, field: '', message: 'contains no content files' });
  const documents: ParsedDocument<T>[] = [];
  const firstFileForId = new Map<string, string>();

  for (const file of files) {
    let split;
    try {
      split = splitFrontMatter(file.text);
    } catch (error) {
      if (!(error instanceof FrontMatterError)) throw error;
      problems.push({ file: file.path, field: '', message: error.message });
      continue;
    }

    const parsed = schema.safeParse(split.data);
    if (!parsed.success) {
      problems.push(...issuesToProblems(file.path, parsed.error.issues));
      continue;
    }

    const { id } = parsed.data;
    if (id !== fileStem(file.path)) {
      problems.push({ file: file.path, field: 'id', message: `is "${id}" but the file is named "${fileStem(file.path)}.md"; they must match` });
    }
    const earlier = firstFileForId.get(id);
    if (earlier) problems.push({ file: file.path, field: 'id', message: `"${id}" is already used by ${earlier}` });
    else firstFileForId.set(id, file.path);
    if (!split.body) {
      problems.push({ file: file.path, field: 'body', message: 'is empty: write the purpose and background below the front matter' });
    }
    documents.push({ file: file.path, data: parsed.data, body: split.body });
  }
  return documents;
}
