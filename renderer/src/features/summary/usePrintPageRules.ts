import { useEffect } from 'react';
import type { PaperSize } from '../../../../domain/summary/summary-choices.ts';

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/**
 * The printed page's size and running header (the session's title) for as
 * long as the summary is on screen. A constructed stylesheet carries them:
 * the title is data, and the strict CSP allows no inline style elements.
 */
export function usePrintPageRules(title: string, paper: PaperSize): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; @top-center { content: ${cssString(title)}; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [title, paper]);
}
