import type { CheckInInstrument } from '../content/check-in-schema.ts';

// Check-in answers are never stored one person at a time. Each answer set is
// added into a running tally for its round and instrument the moment it is
// submitted, so there is no record to tie to a person and no order to read
// back. Show-of-cards and slip counts go into the same tally.

/** One person's answers: item id → the scale value chosen; passed items are absent. */
export type Answers = Readonly<Record<string, number>>;

/** Counts per item and scale value, e.g. { "heard": { "4": 2, "5": 3 } }. */
export type CountTable = Record<string, Record<string, number>>;

export interface Tally {
  /** How many people answered at least one item (for the anonymity floor). */
  respondents: number;
  counts: CountTable;
}

export function emptyTally(): Tally {
  return { respondents: 0, counts: {} };
}

/** What scoring needs of an instrument: its items' ids and its scale. */
export type ScoredShape = { items: readonly { id: string }[]; scale: Pick<CheckInInstrument['scale'], 'min' | 'max'> };

export function isValidAnswer(instrument: ScoredShape, itemId: string, value: number): boolean {
  return (
    instrument.items.some((item) => item.id === itemId) &&
    Number.isInteger(value) &&
    value >= instrument.scale.min &&
    value <= instrument.scale.max
  );
}

function withCount(counts: CountTable, itemId: string, value: number, add: number): CountTable {
  const item = counts[itemId] ?? {};
  return { ...counts, [itemId]: { ...item, [String(value)]: (item[String(value)] ?? 0) + add } };
}

/**
 * Adds one answer set as given, with no check against an instrument; for
 * carrying forward data stored before tallies existed. Sets that answered
 * nothing add nothing.
 */
export function mergeAnswerSet(tally: Tally, answers: Answers): Tally {
  const entries = Object.entries(answers).filter(([, value]) => Number.isInteger(value));
  if (entries.length === 0) return tally;
  const counts = entries.reduce((table, [itemId, value]) => withCount(table, itemId, value, 1), tally.counts);
  return { respondents: tally.respondents + 1, counts };
}

/** One person's submission. Answers outside the scale or for unknown items are dropped, not trusted. */
export function addAnswerSet(tally: Tally, instrument: ScoredShape, answers: Answers): Tally {
  const valid = Object.fromEntries(Object.entries(answers).filter(([itemId, value]) => isValidAnswer(instrument, itemId, value)));
  return mergeAnswerSet(tally, valid);
}

/**
 * Counts made elsewhere (phones answering on the room's network) added to a
 * tally: item by item, value by value, dropping anything the instrument does
 * not have. Respondents are taken as given, but never fewer than the largest
 * count on any item.
 */
export function mergeTally(tally: Tally, instrument: ScoredShape, other: Tally): Tally {
  let counts = tally.counts;
  let people = 0;
  for (const [itemId, values] of Object.entries(other.counts)) {
    let itemTotal = 0;
    for (const [value, count] of Object.entries(values)) {
      if (!isValidAnswer(instrument, itemId, Number(value)) || !Number.isInteger(count) || count <= 0) continue;
      counts = withCount(counts, itemId, Number(value), count);
      itemTotal += count;
    }
    people = Math.max(people, itemTotal);
  }
  const respondents = Number.isInteger(other.respondents) ? Math.max(other.respondents, people) : people;
  return people === 0 ? tally : { respondents: tally.respondents + respondents, counts };
}

/**
 * Counts entered by the facilitator from cards or slips. The number of people
 * is taken as the largest total on any item: it never counts anyone twice,
 * so the anonymity floor is never reached by mistake.
 */
export function addCountTable(tally: Tally, instrument: ScoredShape, table: CountTable): Tally {
  let counts = tally.counts;
  let people = 0;
  for (const item of instrument.items) {
    let itemTotal = 0;
    for (let value = instrument.scale.min; value <= instrument.scale.max; value++) {
      const count = table[item.id]?.[String(value)] ?? 0;
      if (!Number.isInteger(count) || count <= 0) continue;
      counts = withCount(counts, item.id, value, count);
      itemTotal += count;
    }
    people = Math.max(people, itemTotal);
  }
  return people === 0 ? tally : { respondents: tally.respondents + people, counts };
}
