// A pseudo-translation: every letter accented and the text made about 30%
// longer, inside brackets, with {{placeholders}} and <tags> left alone. A
// layout that fits it fits Spanish and German; a string left in English
// stands out because it has no brackets.

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};

export function pseudoLocalize(text: string): string {
  const parts = text.split(/({{[^}]*}}|<[^>]*>)/);
  const accented = parts
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((character) => ACCENTED[character] ?? character).join(''))) // a placeholder or a tag stays
    .join('');
  const padding = '·'.repeat(Math.ceil(text.length * 0.3));
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}

/** A catalog of nested words, pseudo-translated string by string: what is filled into its {{placeholders}} (a title someone typed) stays as it is. */
export function pseudoCatalog<Catalog extends object>(catalog: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? pseudoLocalize(value)
        : value !== null && typeof value === 'object'
          ? pseudoCatalog(value as object)
          : value,
    ]),
  ) as Catalog;
}
