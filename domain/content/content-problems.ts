import type { z } from 'zod';
import { englishMessage, plainOfIssue, type PlainMessage } from './plain-messages.ts';

export interface ContentFile {
  /** Path relative to the project root, used in every message. */
  path: string;
  text: string;
}

/** A problem within one document, before anyone knows which file it came from. */
export interface FieldProblem {
  /** Dotted path to the offending field, e.g. `steps[2].minutes`; empty for whole-file problems. */
  field: string;
  /** Plain words that read after the field name: `field "safetyNotes" is missing (expected string)`. */
  message: string;
  /**
   * The same as a kind and values, for the app to say in the facilitator's
   * language. Every problem an own exercise, an own template or shared files
   * can have carries it; checks only `npm run content:check` makes (across
   * the library, of translations) may leave it out.
   */
  plain?: PlainMessage;
}

export interface ContentProblem extends FieldProblem {
  file: string;
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function formatProblem(problem: ContentProblem): string {
  return problem.field ? `${problem.file}: field "${problem.field}" ${problem.message}` : `${problem.file}: ${problem.message}`;
}

// Zod's messages start with a capital and read as sentences of their own;
// after a field name they read better in lower case.
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown key(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `is missing (expected ${issue.expected})`;
  const message = issue.message.replace(/^Invalid input: /, '');
  return /^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}

export function issuesToFieldProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({ field: formatFieldPath(issue.path), message: describeIssue(issue), plain: plainOfIssue(issue) }));
}

/** A problem the checks find themselves, in the check's English and as a kind for the app. */
export function fieldProblem(field: string, plain: PlainMessage): FieldProblem {
  return { field, message: englishMessage(plain), plain };
}

/** A field problem as a sentence of its own, for a screen that shows one document: `field "safetyNotes" is missing`. */
export function formatFieldProblem(problem: FieldProblem): string {
  return problem.field ? `field "${problem.field}" ${problem.message}` : problem.message;
}
