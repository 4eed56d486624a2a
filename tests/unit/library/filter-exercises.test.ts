import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterExercises, isFiltering, type FilterableExercise } from '../../../domain/library/filter-exercises.ts';

const library: (FilterableExercise & { id: string })[] = [
  {
    id: 'check-in',
    title: 'Respect and empowerment check-in',
    summary: 'A quick anonymous round.',
    frameworks: ['needs-based-model'],
    audience: ['mixed'],
    durationMinutes: 18,
    groupSize: { min: 6, max: 40 },
  },
  {
    id: 'roots',
    title: 'Shared roots, distinct histories',
    summary: 'Map the structures behind la exclusión.',
    frameworks: ['critical-consciousness', 'intraminority-solidarity'],
    audience: ['coalition'],
    durationMinutes: 72,
    groupSize: { min: 6, max: 30 },
  },
  {
    id: 'allies',
    title: "Allies' self-check",
    summary: 'Am I centring myself? Réflexion privée.',
    frameworks: ['needs-based-model', 'ally-motivations'],
    audience: ['allies'],
    durationMinutes: 35,
    groupSize: { min: 2, max: 30 },
  },
];

const ids = (filter: Partial<typeof NO_FILTER>) => filterExercises(library, { ...NO_FILTER, ...filter }).map((e) => e.id);

describe('filterExercises', () => {
  it('returns everything when nothing is chosen', () => {
    expect(ids({})).toEqual(['check-in', 'roots', 'allies']);
  });

  it('filters by framework, audience, longest duration and group size, together', () => {
    expect(ids({ framework: 'needs-based-model' })).toEqual(['check-in', 'allies']);
    expect(ids({ audience: 'coalition' })).toEqual(['roots']);
    expect(ids({ maxMinutes: 20 })).toEqual(['check-in']);
    expect(ids({ maxMinutes: 45 })).toEqual(['check-in', 'allies']);
    expect(ids({ groupSize: 4 })).toEqual(['allies']);
    expect(ids({ groupSize: 6 })).toEqual(['check-in', 'roots', 'allies']);
    expect(ids({ groupSize: 35 })).toEqual(['check-in']);
    expect(ids({ audience: 'allies', groupSize: 8, maxMinutes: 45 })).toEqual(['allies']);
    expect(ids({ framework: 'critical-consciousness', audience: 'allies' })).toEqual([]);
  });

  it('searches title and summary, every word, ignoring case and accents', () => {
    expect(ids({ query: 'ROOTS' })).toEqual(['roots']);
    expect(ids({ query: 'exclusion' })).toEqual(['roots']);
    expect(ids({ query: 'reflexion centring' })).toEqual(['allies']);
    expect(ids({ query: 'roots centring' })).toEqual([]);
    expect(ids({ query: '   ' })).toEqual(['check-in', 'roots', 'allies']);
  });

  it('knows when a filter is active', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, audience: 'allies' })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, groupSize: 8 })).toBe(true);
  });
});
