import type { PaperSize } from '../../../../domain/summary/summary-choices.ts';
import { cssString, pageFooterRules, useAdoptedStyles, type PageFooterWords } from '../../ui/page-rules.ts';

/**
 * The printed page's size, running header (the session's title), footer and
 * page numbers for as long as the summary is on screen. The footer and the
 * page numbers are in the language the summary itself prints in (the
 * participants'), which may not be the app's: these rules come after the
 * shell's, which print every other page in the app's language.
 */
export function usePrintPageRules(title: string, paper: PaperSize, words: PageFooterWords): void {
  useAdoptedStyles(
    `@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; @top-center { content: ${cssString(title)}; } ${pageFooterRules(words)} }`,
  );
}
