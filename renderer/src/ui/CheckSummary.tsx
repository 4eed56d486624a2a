import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface CheckSummaryProps {
  /** Id of the heading, for the section's aria-labelledby. */
  headingId: string;
  /** The check has run on what is on screen now (not on what was there a moment ago). */
  current: boolean;
  /** How many problems the check found. */
  count: number;
  /** One list item per problem, shown once the check is current. */
  children: ReactNode;
}

/**
 * Where a form checked as it is typed (an own exercise, a template) says
 * where it stands: checking, ready to save, or how many things to fix, with
 * each one listed. Announced politely as it changes.
 */
export function CheckSummary({ headingId, current, count, children }: CheckSummaryProps) {
  const { t } = useTranslation('ui');
  return (
    <section
      className={`own-editor__summary${current && count === 0 ? ' own-editor__summary--ready' : ''}`}
      aria-labelledby={headingId}
      aria-live="polite"
    >
      <h2 id={headingId}>{!current ? t('check.checking') : count === 0 ? t('check.ready') : t('check.problems', { count })}</h2>
      {current && count > 0 && <ul>{children}</ul>}
    </section>
  );
}
