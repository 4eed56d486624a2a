// When two windows changed the same note at once (which the note lock makes
// rare: see note-editor.ts), neither side's words may be dropped. This keeps
// both: what the two texts share is written once, and what each added is
// kept, theirs first, then ours. A deletion made on one side only may come
// back; text someone typed never goes missing.

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** Backs a cut up to the nearest whitespace, so that no word is split between the two sides. */
function prefixAtWord(text: string, length: number): number {
  let cut = length;
  while (cut > 0 && !isSpace(text[cut - 1])) cut--;
  return cut;
}

export function mergeKeepingBoth(mine: string, theirs: string, separator = '\n'): string {
  if (mine === theirs || mine === '' || theirs.includes(mine)) return theirs;
  if (theirs === '' || mine.includes(theirs)) return mine;
  let prefix = 0;
  while (prefix < mine.length && prefix < theirs.length && mine[prefix] === theirs[prefix]) prefix++;
  prefix = prefixAtWord(theirs, prefix);
  let suffix = 0;
  while (
    suffix < mine.length - prefix &&
    suffix < theirs.length - prefix &&
    mine[mine.length - 1 - suffix] === theirs[theirs.length - 1 - suffix]
  )
    suffix++;
  // Move the suffix's start forward to a whitespace, for the same reason.
  while (suffix > 0 && !isSpace(theirs[theirs.length - suffix])) suffix--;
  const theirsMiddle = theirs.slice(prefix, theirs.length - suffix);
  const mineMiddle = mine.slice(prefix, mine.length - suffix);
  if (mineMiddle === '' || theirsMiddle.includes(mineMiddle)) return theirs;
  if (theirsMiddle === '') return mine;
  const joint = isSpace(theirsMiddle.at(-1)) || isSpace(mineMiddle[0]) ? '' : separator;
  return theirs.slice(0, prefix) + theirsMiddle + joint + mineMiddle + theirs.slice(theirs.length - suffix);
}
