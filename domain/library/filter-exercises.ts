import type { GroupSize } from '../content/schema-primitives.ts';
import type { AudienceId, FrameworkId } from '../content/vocabulary.ts';

/** The fields of an exercise the library's search and filters look at. */
export interface FilterableExercise {
  title: string;
  summary: string;
  frameworks: readonly FrameworkId[];
  audience: readonly AudienceId[];
  durationMinutes: number;
  groupSize: GroupSize;
}

/** Choices for "at most this long", in minutes. */
export const DURATION_LIMITS = [15, 20, 30, 45, 60, 90] as const;

export type DurationLimit = (typeof DURATION_LIMITS)[number];

export interface LibraryFilter {
  query: string;
  framework: FrameworkId | null;
  audience: AudienceId | null;
  maxMinutes: DurationLimit | null;
  /** How many people will take part; an exercise fits when its group-size range includes it. */
  groupSize: number | null;
}

export const NO_FILTER: LibraryFilter = { query: '', framework: null, audience: null, maxMinutes: null, groupSize: null };

// Accents and case are ignored so that "reflexion" finds "Réflexion" and a
// projector keyboard without dead keys still finds everything.
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Every word of the query must appear in the title or summary. */
function matchesQuery(exercise: FilterableExercise, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${exercise.title} ${exercise.summary}`);
  return words.every((word) => haystack.includes(word));
}

export function filterExercises<T extends FilterableExercise>(exercises: readonly T[], filter: LibraryFilter): T[] {
  return exercises.filter((exercise) => {
    if (filter.framework && !exercise.frameworks.includes(filter.framework)) return false;
    if (filter.audience && !exercise.audience.includes(filter.audience)) return false;
    if (filter.maxMinutes !== null && exercise.durationMinutes > filter.maxMinutes) return false;
    if (filter.groupSize !== null && (filter.groupSize < exercise.groupSize.min || filter.groupSize > exercise.groupSize.max)) return false;
    return matchesQuery(exercise, filter.query);
  });
}

export function isFiltering(filter: LibraryFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.framework !== null ||
    filter.audience !== null ||
    filter.maxMinutes !== null ||
    filter.groupSize !== null
  );
}
