// What to bring, gathered for the preparation pack. The content has no
// structured materials field: exercises say what to bring in their
// facilitator notes, as list items ("Bring identical slips…", "Print one set
// of the six cards…"), and templates in their preparation text. This picks
// out those list items by their words, so the pack can put them in one
// list; the pack says where each comes from, and the full notes follow, so
// anything this misses is still in front of the facilitator.

/** The words that say what to bring, in each language the content is written in. */
interface MaterialWords {
  /** An item under a label naming the things: "**Materials:** …", "**The card.** …". */
  labelled: RegExp;
  /** An item that opens by asking for something: "Bring…", "Print…", "Prepare…". */
  opensWithAnAsk: RegExp;
  /** An item that opens with the things themselves: "Identical slips, pens of one colour, a box." */
  opensWithThings: RegExp;
  /** An item that asks anywhere to bring something (not "can bring up"). */
  asksAnywhere: RegExp;
}

const THINGS = String.raw`(?:materials?|cards?|slips?|paper|pens|sticky notes|flipcharts?|markers|handouts?)`;
// Spanish "llevar" is also "to take (time)" ("lleva unos cinco minutos"), so it counts only as an item's first word; "traer" anywhere.
const COSAS = String.raw`(?:materiales?|tarjetas?|papelitos?|papel|bolígrafos|notas adhesivas|papelógrafos?|rotuladores|hojas?|fotocopias)`;

const WORDS: Record<'en' | 'es', MaterialWords> = {
  en: {
    labelled: new RegExp(String.raw`^\*\*(?:the )?${THINGS}\b[^*]*\*\*`, 'i'),
    opensWithAnAsk: /^(?:bring|print|prepare|provide|arrange|have printed)\b/i,
    opensWithThings: new RegExp(String.raw`^(?:(?!the\b)[a-z]+ )?${THINGS}\b`, 'i'),
    asksAnywhere: /(?<!can )\bbring\b/i,
  },
  es: {
    labelled: new RegExp(String.raw`^\*\*(?:(?:el|la|los|las) )?${COSAS}(?![\p{L}])[^*]*\*\*`, 'iu'),
    // "Lleva el temporizador" is "runs the timer": "lleva" asks for things only when no "el" follows.
    opensWithAnAsk: /^(?:lleva(?! el\b)|trae|traer|prepara|imprime|organiza|proporciona|ten\b.*\bimpres[ao]s?)(?![\p{L}])/iu,
    opensWithThings: new RegExp(String.raw`^(?:(?!(?:el|la|los|las)\b)\p{L}+ )?${COSAS}(?![\p{L}])`, 'iu'),
    asksAnywhere: /(?<![\p{L}])tra(?:e|er|erl[oa]s?)(?![\p{L}])/iu,
  },
};

/** Whether a list item says what to bring: by its opening words, or by asking anywhere to bring something. */
function asksForThings(item: string, words: MaterialWords): boolean {
  const unlabelled = item.replace(/^\*\*[^*]+\*\*\s*/, '');
  return (
    words.labelled.test(item) ||
    words.opensWithAnAsk.test(unlabelled) ||
    words.opensWithThings.test(unlabelled) ||
    words.asksAnywhere.test(item)
  );
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
 * The list items of a text that say what to bring, read with the words of
 * `language`, the language the text is written in (English, the source, for
 * any other). Items that open in italics are left out: in the exercises
 * those name a situation to watch for ("*Reading:* read aloud…"), not a
 * thing to bring.
 */
export function materialsMentioned(markdown: string, language = 'en'): string[] {
  const words = language === 'es' ? WORDS.es : WORDS.en;
  return topLevelListItems(markdown).filter((item) => !/^\*(?!\*)/.test(item) && asksForThings(item, words));
}
