import type { ReactNode } from 'react';
import { BackLink } from './BackLink.tsx';
import { FactList, type Fact } from './FactList.tsx';

interface DetailHeaderProps {
  backHref: string;
  backLabel: string;
  /** Id of the heading, for the article's aria-labelledby. */
  titleId: string;
  title: string;
  summary: string;
  facts: readonly Fact[];
  /** A notice under the facts: a content warning, a formative-feedback label. */
  children?: ReactNode;
}

/** The top of every detail screen: the way back, the title, what it is, its key facts. */
export function DetailHeader({ backHref, backLabel, titleId, title, summary, facts, children }: DetailHeaderProps) {
  return (
    <>
      <BackLink href={backHref}>{backLabel}</BackLink>
      <header>
        <h1 id={titleId} tabIndex={-1}>
          {title}
        </h1>
        <p className="lede">{summary}</p>
        <FactList facts={facts} />
        {children}
      </header>
    </>
  );
}
