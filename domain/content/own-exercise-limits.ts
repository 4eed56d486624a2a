// Limits on a facilitator's own exercise, free of the schema library so a
// screen can use them (a field's maxLength, a file picker's size check)
// without bundling the validator.

/**
 * Own exercises' ids start with this, and shipped ids may not (loadContent
 * refuses them), so an own exercise can never take the place of a shipped one
 * in a plan, a template or a backup.
 */
export const OWN_EXERCISE_ID_PREFIX = 'own-';

/**
 * Each text field keeps the shipped schema's own limit (a title 120
 * characters, a summary 400, any Markdown field 20,000), all well within the
 * TEXT_LIMITS stored sessions use (500 and 200,000), so an own exercise
 * copied into a session's snapshot always fits it; so does a whole file.
 */
export const OWN_EXERCISE_LIMITS = {
  /**
   * A whole file, in UTF-8 bytes. The longest shipped exercise is about
   * 25 kB; eight times that leaves room to write and keeps a file from
   * elsewhere small enough to parse at once without freezing the window.
   */
  fileBytes: 200_000,
  /** The longest shipped exercise has 7 steps; a 40-step exercise is already more than a session can run. */
  steps: 40,
  /** Sources cited by one exercise; the most a shipped one cites is 6. */
  sources: 30,
  /** The Markdown below the front matter, the same as any other Markdown field of the schema. */
  bodyCharacters: 20_000,
  /** An id, prefix included: long enough for a title's words, short enough to read in a list. */
  idCharacters: 80,
} as const;

/** Limits on a facilitator's own workshop template (its id uses the same prefix). */
export const OWN_TEMPLATE_LIMITS = {
  /** A whole file, in UTF-8 bytes: the longest shipped template is about 6 kB. */
  fileBytes: 100_000,
  /** Agenda items: the longest shipped template has 9; a day-long workshop might have 30. */
  agendaItems: 60,
  idCharacters: OWN_EXERCISE_LIMITS.idCharacters,
} as const;

/** The name a shared file gets: its title's words, so the person it is sent to sees what it is. */
export function sharedFileName(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${words.slice(0, 60).replace(/-+$/, '') || 'exercise'}.md`;
}
