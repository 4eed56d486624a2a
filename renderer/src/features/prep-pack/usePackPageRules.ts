import { useEffect } from 'react';
import type { PaperSize } from '../../../../domain/sessions/session-vocabulary.ts';

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/** Where the page number and the page count go in `pageOf`, as the pack gives them to its catalog. */
export const PAGE_MARK = '\u0001';
export const PAGES_MARK = '\u0002';

/** "Page ␁ of ␂" as CSS content: the words as strings, the marks as the page counters. */
function pageCounterContent(pageOf: string): string {
  return pageOf
    .split(/([\u0001\u0002])/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE_MARK ? 'counter(page)' : part === PAGES_MARK ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The printed pack's paper size, running header (the session's title),
 * footer and page numbers, in the app's language (`words`: the footer, and
 * "Page ␁ of ␂" with the marks above), while the pack is on screen: the
 * summary's approach. A constructed stylesheet carries them, as the title is
 * data and the strict CSP allows no inline style elements; adopted sheets
 * come after the page's own, so this footer replaces the summary's "printed
 * for the group" (the pack is for the facilitators, and holds their notes).
 */
export function usePackPageRules(title: string, paper: PaperSize, words: { footer: string; pageOf: string }): void {
  const { footer, pageOf } = words;
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; @top-center { content: ${cssString(title)}; } ` +
        `@bottom-left { content: ${cssString(footer)}; } @bottom-right { content: ${pageCounterContent(pageOf)}; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [title, paper, footer, pageOf]);
}
