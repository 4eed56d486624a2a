import type { Source } from './schema-primitives.ts';

// How a source is written out and named; no validator, so the screens can use it.
/** A source as a reference-list line: authors (year). Title. Venue. */
export function formatCitation(source: Pick<Source, 'authors' | 'year' | 'title' | 'venue' | 'note'>): string {
  const title = /[.?!]$/.test(source.title) ? source.title : `${source.title}.`;
  return `${source.authors} (${source.year}). ${title} ${source.venue}.${source.note ? ` (${source.note})` : ''}`;
}

/**
 * The names a source's authors would be cited by in a sentence: surnames
 * from "Becker, J. C., & Tausch, N.", or an organisation's whole name.
 */
export function authorSurnames(authors: string): string[] {
  const people = authors.split(/,?\s*&\s*|,\s+(?=[^,]+,\s+[A-Z]\.)/);
  const surnames = people.map((person) => person.split(',')[0]!.trim()).filter((name) => name.length > 1);
  return surnames.length > 0 ? surnames : [authors.trim()];
}
