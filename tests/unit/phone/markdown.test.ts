import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../renderer/phone/markdown.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

const plain = (text: string) => ({ text, bold: false });
const bold = (text: string) => ({ text, bold: true });

describe('the phone’s Markdown subset', () => {
  it('reads **bold** runs, and leaves an unpaired ** as it is', () => {
    expect(parseInline('**Four quick questions.** Then more')).toEqual([bold('Four quick questions.'), plain(' Then more')]);
    expect(parseInline('a **b** c **d**')).toEqual([plain('a '), bold('b'), plain(' c '), bold('d')]);
    expect(parseInline('2 ** 3 is eight')).toEqual([plain('2 ** 3 is eight')]);
    expect(parseInline('**a** and ** b')).toEqual([bold('a'), plain(' and ** b')]);
    expect(parseInline('')).toEqual([]);
  });

  it('reads paragraphs (lines joined) and "- " lists, and nothing else', () => {
    const source = [
      '**Four quick questions about this session.**',
      'Still the first paragraph.',
      '',
      '- Answer for yourself.',
      '- Skip any question you like.',
      '  You never need to give a reason.',
      '- Answer from **1** to 5.',
      '',
      '# Not a heading, <b>not HTML</b>, [not a link](https://example.org)',
    ].join('\n');
    expect(parseMarkdown(source)).toEqual([
      { kind: 'paragraph', runs: [bold('Four quick questions about this session.'), plain(' Still the first paragraph.')] },
      {
        kind: 'list',
        items: [
          [plain('Answer for yourself.')],
          [plain('Skip any question you like. You never need to give a reason.')],
          [plain('Answer from '), bold('1'), plain(' to 5.')],
        ],
      },
      { kind: 'paragraph', runs: [plain('# Not a heading, <b>not HTML</b>, [not a link](https://example.org)')] },
    ]);
  });

  it('starts a list straight after a paragraph line, and copes with Windows line ends and stray blank lines', () => {
    expect(parseMarkdown('\r\n\r\nIntro:\r\n- one\r\n- two\r\n\r\n\r\n')).toEqual([
      { kind: 'paragraph', runs: [plain('Intro:')] },
      { kind: 'list', items: [[plain('one')], [plain('two')]] },
    ]);
    expect(parseMarkdown('')).toEqual([]);
  });

  it('reads every shipped instrument’s introduction as a bold opening line and a list', async () => {
    for (const file of ['respect-and-empowerment', 'ally-acceptance', 'ally-centring', 'coalition-solidarity']) {
      const text = await readFile(path.join(PROJECT_ROOT, 'content/checkins', `${file}.md`), 'utf8');
      const intro = /participantIntro: \|\n((?: {2}.*\n|\n)+)/.exec(text)?.[1]?.replace(/^ {2}/gm, '');
      expect(intro, file).toBeDefined();
      const blocks = parseMarkdown(intro!);
      expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'list']);
      expect(blocks[0]).toMatchObject({ kind: 'paragraph', runs: [{ bold: true }] });
      const list = blocks[1]!;
      if (list.kind !== 'list') throw new Error('a list');
      expect(list.items.length).toBeGreaterThanOrEqual(3);
      for (const item of list.items) expect(item.map((run) => run.text).join('')).not.toMatch(/\*\*|^- /);
    }
  });
});
