import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from './BackLink.tsx';
import { FactList, type Fact } from './FactList.tsx';
import { Heading } from './Heading.tsx';

interface DetailHeaderProps {
  /** Where the way back leads; none in a preview, which is not a screen of its own. */
  backHref?: string | undefined;
  /** What the way back says; "Back" in the app's language if not given. */
  backLabel?: string | undefined;
  /** Id of the heading, for the article's aria-labelledby. */
  titleId: string;
  title: string;
  summary: string;
  facts: readonly Fact[];
  /** A notice under the facts: a content warning, a formative-feedback label. */
  children?: ReactNode;
}

/** "Back", looked up only where no caller said where back leads: the rest need not wait for the ui catalog. */
function PlainBackLink({ href }: { href: string }) {
  const { t } = useTranslation('ui');
  return <BackLink href={href}>{t('back')}</BackLink>;
}

/** The top of every detail screen: the way back, the title, what it is, its key facts. */
export function DetailHeader({ backHref, backLabel, titleId, title, summary, facts, children }: DetailHeaderProps) {
  return (
    <>
      {backHref && (backLabel === undefined ? <PlainBackLink href={backHref} /> : <BackLink href={backHref}>{backLabel}</BackLink>)}
      <header>
        <Heading level={1} id={titleId} tabIndex={-1}>
          {title}
        </Heading>
        <p className="lede">{summary}</p>
        <FactList facts={facts} />
        {children}
      </header>
    </>
  );
}
