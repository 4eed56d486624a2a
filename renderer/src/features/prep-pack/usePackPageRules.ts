import { useEffect } from 'react';
import type { PaperSize } from '../../../../domain/sessions/session-vocabulary.ts';

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/**
 * The printed pack's paper size, running header (the session's title) and
 * footer (`footer`, in the app's language), while the pack is on screen: the summary's approach. A constructed
 * stylesheet carries them, as the title is data and the strict CSP allows no
 * inline style elements; adopted sheets come after the page's own, so this
 * footer replaces the summary's "printed for the group" (the pack is for the
 * facilitators, and holds their notes).
 */
export function usePackPageRules(title: string, paper: PaperSize, footer: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; @top-center { content: ${cssString(title)}; } ` +
        `@bottom-left { content: ${cssString(footer)}; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [title, paper, footer]);
}
