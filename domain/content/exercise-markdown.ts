import { stringify } from 'yaml';
import { validateExerciseText, type ExerciseCheck } from './exercise-file.ts';
import { exerciseFields, type Exercise } from './exercise-schema.ts';

// An exercise as a Markdown file in the format of content/exercises/*.md:
// YAML front matter between two `---` lines, then the Markdown body. What
// exerciseToMarkdown writes, exerciseFromMarkdown (the content check's own
// validator) reads back as the same exercise.

/** Front-matter keys in the order the shipped files use, so a written file reads like them. */
const KEY_ORDER: readonly string[] = [...Object.keys(exerciseFields.shape), 'origin'];

/**
 * Writes any document, valid or not (a draft in the editor), as a content
 * file: front matter in `keyOrder` (an exercise's unless given), then any
 * other keys alphabetically.
 */
export function documentToMarkdown(document: { body: string } & Readonly<Record<string, unknown>>, keyOrder: readonly string[] = KEY_ORDER): string {
  const { body, ...frontMatter } = document;
  const ordered: Record<string, unknown> = {};
  for (const key of [...keyOrder, ...Object.keys(frontMatter).sort()]) {
    if (key in ordered || frontMatter[key] === undefined) continue;
    if (Object.hasOwn(frontMatter, key)) ordered[key] = frontMatter[key];
  }
  // lineWidth 0: long lines stay whole, as in the shipped files, instead of folding at 80 columns.
  const yaml = stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

export function exerciseToMarkdown(exercise: Exercise): string {
  return documentToMarkdown({ ...exercise });
}

/** Reads a shipped-format exercise file with exactly the checks of `npm run content:check` that concern one file. */
export function exerciseFromMarkdown(text: string): ExerciseCheck {
  return validateExerciseText(text);
}
