import { useEffect } from 'react';

// What a printed page carries in its margins: a running header, a footer and
// "Page 1 of 9". The words come from a catalog, so they are written into a
// constructed stylesheet (the strict CSP allows no inline style elements)
// that is adopted while the screen that prints them is mounted.

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/** Where the page number and the page count go in a "Page {{page}} of {{pages}}" sentence, given to the catalog as its values. */
export const PAGE_MARK = '\u0001';
export const PAGES_MARK = '\u0002';

/** The values that put the marks into a catalog's "Page {{page}} of {{pages}}": the language decides the order. */
export const PAGE_MARKS = { page: PAGE_MARK, pages: PAGES_MARK } as const;

/** "Page ␁ of ␂" as CSS content: the words as strings, the marks as the page counters. */
export function pageCounterContent(pageOf: string): string {
  return pageOf
    .split(/([\u0001\u0002])/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE_MARK ? 'counter(page)' : part === PAGES_MARK ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** A printed page's footer (bottom left) and page numbers (bottom right), as margin boxes for an @page rule. */
export interface PageFooterWords {
  footer: string;
  /** "Page ␁ of ␂", from a catalog given PAGE_MARKS. */
  pageOf: string;
}

export function pageFooterRules({ footer, pageOf }: PageFooterWords): string {
  return `@bottom-left { content: ${cssString(footer)}; } @bottom-right { content: ${pageCounterContent(pageOf)}; }`;
}

/**
 * Adopts `css` while the calling component is mounted. A screen's own rules
 * go last, after the page's stylesheets and anything adopted before them;
 * the shell's defaults go `first`, so a screen's rules win over them
 * whichever was adopted last (a child's effects run before its parent's).
 */
export function useAdoptedStyles(css: string, place: 'first' | 'last' = 'last'): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const others = document.adoptedStyleSheets;
    document.adoptedStyleSheets = place === 'first' ? [sheet, ...others] : [...others, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css, place]);
}
