import { createContext, useContext, type ReactNode } from 'react';

// Headings that keep the page's outline when a view is shown inside
// another: an exercise read on its own starts at h1; the same exercise
// previewed under an editor's "Preview" heading starts lower, so a page never
// has two h1s and never jumps levels.

const HeadingShift = createContext(0);

/** Shifts every Heading inside down by `by` levels (h1 becomes h1 + by). */
export function ShiftHeadings({ by, children }: { by: number; children: ReactNode }) {
  const outer = useContext(HeadingShift);
  return <HeadingShift.Provider value={outer + by}>{children}</HeadingShift.Provider>;
}

/** The heading level `level` becomes where it is shown (at most 6). */
export function useHeadingLevel(level: number): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, level + useContext(HeadingShift)) as 1 | 2 | 3 | 4 | 5 | 6;
}

type HeadingProps = { level: 1 | 2 | 3 | 4 | 5 | 6; children: ReactNode } & Omit<React.HTMLAttributes<HTMLHeadingElement>, 'children'>;

/** A heading of `level` in a view read on its own, shifted by any ShiftHeadings around it. */
export function Heading({ level, children, ...props }: HeadingProps) {
  const Tag = `h${useHeadingLevel(level)}` as const;
  return <Tag {...props}>{children}</Tag>;
}
