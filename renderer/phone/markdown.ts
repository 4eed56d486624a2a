// The small Markdown of an instrument's introduction, as the phone shows it:
// paragraphs, "- " lists and **bold**, nothing else. Parsed to plain data
// here and drawn with DOM nodes and textContent (dom.ts), so no text from
// the page's data is ever read as HTML. Anything outside the subset is
// shown as the characters it is.

export interface Run {
  text: string;
  bold: boolean;
}

export type Block = { kind: 'paragraph'; runs: Run[] } | { kind: 'list'; items: Run[][] };

const BULLET = /^\s*- +/;

/** "**a** b" → [{a, bold}, {" b"}]. An unpaired "**" stays as it is. */
export function parseInline(text: string): Run[] {
  const parts = text.split('**');
  // An even number of parts means one "**" is unpaired: it and what follows are plain text.
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts[parts.length - 2]}**${parts[parts.length - 1]}`];
  const runs: Run[] = [];
  paired.forEach((part, index) => {
    if (part === '') return;
    const bold = index % 2 === 1;
    const last = runs[runs.length - 1];
    if (last && last.bold === bold) last.text += part;
    else runs.push({ text: part, bold });
  });
  return runs;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[][] | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', runs: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', items: list.map((lines) => parseInline(lines.join(' '))) });
    paragraph = [];
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (BULLET.test(raw)) {
      if (paragraph.length > 0) flush();
      (list ??= []).push([raw.replace(BULLET, '').trim()]);
    } else if (list) {
      // A line under a list item carries on that item.
      list[list.length - 1]!.push(line);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
