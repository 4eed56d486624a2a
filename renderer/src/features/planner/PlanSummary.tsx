import type { PlanAnalysis, PlanWarning } from '../../../../domain/sessions/plan-analysis.ts';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { durationLabel, minutesLabel } from '../../content/labels.ts';

/** A warning of the plan analysis (a kind and its values, from the domain) in the app's language. */
function warningText(warning: PlanWarning, t: TFunction<'planner'>): string {
  switch (warning.kind) {
    case 'over-time':
      return t('warning.over-time', { over: minutesLabel(warning.overByMinutes) });
    case 'caucus-without-report-back':
      return t('warning.caucus-without-report-back', { title: warning.title });
    case 'compressed-exercise':
      return t('warning.compressed-exercise', {
        title: warning.title,
        planned: minutesLabel(warning.plannedMinutes),
        needed: minutesLabel(warning.neededMinutes),
      });
  }
}

export function PlanSummary({ analysis }: { analysis: PlanAnalysis }) {
  const { t } = useTranslation('planner');
  const { plannedMinutes, availableMinutes, spareMinutes, warnings } = analysis;
  return (
    <section className={`plan-summary${warnings.length ? ' plan-summary--warning' : ''}`} aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading" className="visually-hidden">
        {t('planSummary')}
      </h2>
      <p className="plan-summary__totals" role="status">
        <strong>{t('planned', { duration: durationLabel(plannedMinutes) })}</strong>
        {availableMinutes === null
          ? t('setAvailable')
          : spareMinutes! >= 0
            ? t('ofAvailableSpare', { available: durationLabel(availableMinutes), spare: durationLabel(spareMinutes!) })
            : t('ofAvailableOver', { available: durationLabel(availableMinutes), over: durationLabel(-spareMinutes!) })}
      </p>
      {warnings.length > 0 && (
        <ul className="plan-summary__warnings" aria-label={t('warnings')}>
          {warnings.map((warning, index) => (
            <li key={index}>{warningText(warning, t)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
