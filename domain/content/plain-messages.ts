// Messages of the content check are written for two readers: the content
// check's own output (for people editing content/) keeps the schema's terms;
// a facilitator in the app reads them through plainMessage.

// The schema library's own words, for a facilitator: what to do, not the type system's terms.
const PLAIN: readonly [RegExp, string][] = [
  [/^is missing \(expected [^)]*\)$/, 'is missing'],
  [/^too big: expected string to have <=(\d+) characters$/, 'is longer than $1 characters'],
  [/^too big: expected array to have <=(\d+) items$/, 'has more than $1'],
  [/^too small: expected string to have >=1 characters$/, 'must not be empty'],
  [/^too small: expected array to have >=1 items$/, 'needs at least one'],
  [/^too small: expected array to have >=(\d+) items$/, 'needs at least $1'],
  [/^too small: expected number to be >=(\d+)$/, 'must be at least $1'],
  [/^too big: expected number to be <=(\d+)$/, 'must be at most $1'],
  [/^expected int, received number$/, 'must be a whole number'],
  [/^expected number, received \w+$/, 'must be a number'],
  [/^expected (string|boolean|array|object|record), received \w+$/, 'is not written the way it should be'],
  [/^invalid option: expected one of .*$/, 'is not one of the choices'],
  [/^has unknown key\(s\): (.*)$/, 'has fields this app does not know: $1'],
];

/** A content-check message in plain words, as it reads after the name of its field. */
export function plainMessage(message: string): string {
  for (const [pattern, plain] of PLAIN) if (pattern.test(message)) return message.replace(pattern, plain);
  return message;
}
