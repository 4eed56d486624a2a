import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../domain/markdown/render-markdown.ts';
import { escapeInline, escapeLines } from '../../../domain/summary/markdown-text.ts';
import MarkdownIt from 'markdown-it';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('user text in the summary', () => {
  it.each([
    '# Not a heading',
    '- not a list',
    '1. not a list either',
    '> not a quote',
    'a | pipe, [a](link) and *stars* and <b>tags</b>',
    'Tenants & allies',
    '&lt;b&gt; and &#60;i&#62; as typed',
  ])('renders "%s" as the same text, not as structure', (title) => {
    const html = renderMarkdown(escapeInline(title));
    expect(html.startsWith('<p>')).toBe(true);
    expect(textOf(html)).toBe(title);
  });

  it('leaves a lone ampersand alone, so the exported file reads as typed', () => {
    expect(escapeInline('Tenants & allies: R&D')).toBe('Tenants & allies: R&D');
    expect(escapeInline('&amp; &#x3C;')).toBe('\\&amp; \\&#x3C;');
  });

  it('never turns any single line of text into markup (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'#-+>1.)|[]()*_`~<>\\ ab'.split('')), maxLength: 30 }), (raw) => {
        const title = raw.replace(/\s+/g, ' ').trim();
        fc.pre(title !== '');
        const html = renderMarkdown(escapeInline(title));
        expect(html).toMatch(/^<p>/);
        expect(html).not.toMatch(/<(?!\/?p>)/);
      }),
      { numRuns: 500 },
    );
  });

  it('never turns text of several lines into anything but paragraphs and line breaks, even with raw HTML on (property)', () => {
    const withHtml = new MarkdownIt('commonmark', { html: true });
    withHtml.validateLink = () => true;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'#-+=>1.)|[]()*_`~<>!&;:\\ ab\n'.split('')), maxLength: 40 }), (note) => {
        for (const html of [renderMarkdown(escapeLines(note)), withHtml.render(escapeLines(note))]) {
          expect(html).not.toMatch(/<(?!\/?p>|br ?\/?>)/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
