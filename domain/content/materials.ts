// What to bring, gathered for the preparation pack. The content has no
// structured materials field: exercises say what to bring in their
// facilitator notes, as list items ("Bring identical slips…", "Print one set
// of the six cards…"), and templates in their preparation text. This picks
// out those list items by their words, so the pack can put them in one
// list; the pack says where each comes from, and the full notes follow, so
// anything this misses is still in front of the facilitator.

const THINGS = String.raw`(?:materials?|cards?|slips?|paper|pens|sticky notes|flipcharts?|markers|handouts?)`;
/** An item that opens by asking for something: "Bring…", "Print…", "Prepare…". */
const OPENS_WITH_AN_ASK = /^(?:bring|print|prepare|provide|arrange|have printed)\b/i;
/** An item that opens with the things themselves: "Identical slips, pens of one colour, a box." */
const OPENS_WITH_THINGS = new RegExp(String.raw`^(?:(?!the\b)[a-z]+ )?${THINGS}\b`, 'i');
/** An item under a label naming the things: "**Materials:** …", "**The card.** …". */
const LABELLED = new RegExp(String.raw`^\*\*(?:the )?${THINGS}\b[^*]*\*\*`, 'i');

/** Whether a list item says what to bring: by its opening words, or by asking anywhere to bring something (not "can bring up"). */
function asksForThings(item: string): boolean {
  const unlabelled = item.replace(/^\*\*[^*]+\*\*\s*/, '');
  return LABELLED.test(item) || OPENS_WITH_AN_ASK.test(unlabelled) || OPENS_WITH_THINGS.test(unlabelled) || /(?<!can )\bbring\b/i.test(item);
}

/** Top-level Markdown list items ("- …" or "* …" at the start of a line), with their continuation lines joined. */
export function topLevelListItems(markdown: string): string[] {
  const items: string[] = [];
  let current: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      if (current) items.push(current.join(' '));
      current = [bullet[1]!.trim()];
    } else if (current && /^\s+\S/.test(line) && !/^\s+[-*]\s/.test(line)) {
      current.push(line.trim());
    } else if (current && line.trim() !== '' && !/^\s/.test(line)) {
      items.push(current.join(' '));
      current = null;
    }
  }
  if (current) items.push(current.join(' '));
  return items;
}

/**
 * The list items of a text that say what to bring. Items that open in
 * italics are left out: in the exercises those name a situation to watch
 * for ("*Reading:* read aloud…"), not a thing to bring.
 */
export function materialsMentioned(markdown: string): string[] {
  return topLevelListItems(markdown).filter((item) => !/^\*(?!\*)/.test(item) && asksForThings(item));
}
