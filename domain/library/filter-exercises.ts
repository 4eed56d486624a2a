import type { AudienceId, FrameworkId } from '../content/vocabulary.ts';

/** The fields of an exercise the library's search and filters look at. */
export interface FilterableExercise {
  title: string;
  summary: string;
  frameworks: readonly FrameworkId[];
  audience: readonly AudienceId[];
  durationMinutes: number;
}

export const DURATION_BANDS = {
  short: { label: 'Up to 20 minutes', min: 0, max: 20 },
  medium: { label: '21 to 45 minutes', min: 21, max: 45 },
  long: { label: 'Over 45 minutes', min: 46, max: Number.POSITIVE_INFINITY },
} as const;

export type DurationBand = keyof typeof DURATION_BANDS;

export interface LibraryFilter {
  query: string;
  framework: FrameworkId | null;
  audience: AudienceId | null;
  duration: DurationBand | null;
}

export const NO_FILTER: LibraryFilter = { query: '', framework: null, audience: null, duration: null };

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
    if (filter.duration) {
      const band = DURATION_BANDS[filter.duration];
      if (exercise.durationMinutes < band.min || exercise.durationMinutes > band.max) return false;
    }
    return matchesQuery(exercise, filter.query);
  });
}

export function isFiltering(filter: LibraryFilter): boolean {
  return filter.query.trim() !== '' || filter.framework !== null || filter.audience !== null || filter.duration !== null;
}
