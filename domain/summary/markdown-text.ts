// Writing user text into a Markdown document without it turning into
// structure or markup: a title with "#" or "|" in it stays a title, and a
// note with "<script>" or "[link](javascript:…)" in it stays those characters.
// Every piece of user text in a summary goes through `escapeInline` (one
// line) or `escapeLines` (several lines, built on it), so the exported file
// is safe in any Markdown tool, raw HTML allowed or not.

/** Every character CommonMark can give a meaning inside a line: emphasis, code, links, tables, raw HTML. */
const INLINE_SPECIALS = /[\\`*_[\]|<>~]/g;
/** An "&" that starts a character reference ("&lt;", "&#60;"): typed, it should stay those characters. A lone "&" is just text. */
const CHARACTER_REFERENCE = /&(?=(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)/g;
/** What makes a line a heading, list item, quote or setext underline when it comes first. */
const LINE_START = /^(#|[-+>=]|\d+[.)])/;

/** One line of user text, collapsed to single spaces, that renders as the same text. */
export function escapeInline(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIALS, (character) => `\\${character}`)
    .replace(CHARACTER_REFERENCE, '\\&');
  return escaped.replace(LINE_START, (start) => (/^\d/.test(start) ? `${start.slice(0, -1)}\\${start.slice(-1)}` : `\\${start}`));
}

/**
 * User text of several lines (a note) that renders as the same text: each
 * line escaped as one line, line breaks kept as hard breaks and blank lines
 * as new paragraphs, so the note keeps its shape without any of it becoming
 * Markdown.
 */
export function escapeLines(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(escapeInline)
        .filter((line) => line !== '')
        // A backslash before the line break is CommonMark's hard break.
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
