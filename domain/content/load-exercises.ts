import type { z } from 'zod';
import { exerciseFrontMatterSchema, type Exercise } from './exercise-schema.ts';
import { FrontMatterError, splitFrontMatter } from './front-matter.ts';

export interface ContentFile {
  /** Path relative to the project root, used in every message. */
  path: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  /** Dotted path to the offending field, e.g. `steps[2].minutes`; empty for whole-file problems. */
  field: string;
  message: string;
}

export type LoadResult =
  | { ok: true; exercises: Exercise[] }
  | { ok: false; problems: ContentProblem[] };

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function formatProblem(problem: ContentProblem): string {
  return problem.field
    ? `${problem.file}: field "${problem.field}" ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '');
}

function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => ({ file, field: formatFieldPath(issue.path), message: describeIssue(issue) }));
}

// Zod's messages start with a capital and read as sentences of their own;
// after a field name they read better in lower case.
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown key(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `is missing (expected ${issue.expected})`;
  const message = issue.message.replace(/^Invalid input: /, '');
  return /^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}

/**
 * Parses and validates every exercise file. Either all files are valid and
 * the exercises come back sorted by title, or every problem in every file is
 * reported at once, so an author fixes them in one pass.
 */
export function loadExercises(files: readonly ContentFile[]): LoadResult {
  const problems: ContentProblem[] = [];
  const exercises: Exercise[] = [];
  if (files.length === 0) problems.push({ file: 'content/exercises', field: '', message: 'contains no exercise files' });
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

    const parsed = exerciseFrontMatterSchema.safeParse(split.data);
    if (!parsed.success) {
      problems.push(...issuesToProblems(file.path, parsed.error.issues));
      continue;
    }

    const exercise = parsed.data;
    if (exercise.id !== fileStem(file.path)) {
      problems.push({ file: file.path, field: 'id', message: `is "${exercise.id}" but the file is named "${fileStem(file.path)}.md"; they must match` });
    }
    const earlier = firstFileForId.get(exercise.id);
    if (earlier) {
      problems.push({ file: file.path, field: 'id', message: `"${exercise.id}" is already used by ${earlier}` });
    } else {
      firstFileForId.set(exercise.id, file.path);
    }
    if (!split.body) {
      problems.push({ file: file.path, field: 'body', message: 'is empty: write the purpose and background below the front matter' });
    }
    exercises.push({ ...exercise, body: split.body, sourceFile: file.path });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, exercises: exercises.sort((a, b) => a.title.localeCompare(b.title)) };
}
