import type { PaperSize } from '../../../../domain/sessions/session-vocabulary.ts';
import { cssString, pageFooterRules, useAdoptedStyles, type PageFooterWords } from '../../ui/page-rules.ts';

/**
 * The printed pack's paper size, running header (the session's title),
 * footer and page numbers, in the app's language (`words`: the footer, and
 * "Page ␁ of ␂" with the page marks), while the pack is on screen: the
 * summary's approach. They come after the shell's rules, so this footer
 * replaces the summary's "printed for the group" (the pack is for the
 * facilitators, and holds their notes).
 */
export function usePackPageRules(title: string, paper: PaperSize, words: PageFooterWords): void {
  useAdoptedStyles(
    `@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; @top-center { content: ${cssString(title)}; } ${pageFooterRules(words)} }`,
  );
}
