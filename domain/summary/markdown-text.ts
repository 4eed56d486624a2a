// Writing user text into a Markdown document without it turning into
// structure: a title with "#" or "|" in it stays a title.

const INLINE_SPECIALS = /[\\`*_[\]|<>~]/g;
/** What makes a line a heading, list item or quote when it comes first. */
const LINE_START = /^(#|[-+>]|\d+[.)])/;

/** One line of user text, collapsed to single spaces, that renders as the same text. */
export function escapeInline(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIALS, (character) => `\\${character}`);
  return escaped.replace(LINE_START, (start) => (/^\d/.test(start) ? `${start.slice(0, -1)}\\${start.slice(-1)}` : `\\${start}`));
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
