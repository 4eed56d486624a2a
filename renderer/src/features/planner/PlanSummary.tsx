import { analysePlan, type PlanWarning } from '../../../../domain/sessions/plan-analysis.ts';
import type { AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { durationLabel, minutesLabel } from '../../content/labels.ts';
import { useLocalizedAgenda } from '../../content/localized-agenda.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';

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

/**
 * What the plan adds up to, and what to look at again. The plan is analysed
 * in the app's language, as the agenda below shows it: a warning names an
 * exercise by its translated title, or by its English one marked as such.
 */
export function PlanSummary({ agenda, availableMinutes: available }: { agenda: readonly AgendaItem[]; availableMinutes: number | null }) {
  const { t, i18n } = useTranslation('planner');
  const localized = useLocalizedAgenda(agenda, i18n.language);
  const analysis = analysePlan(localized.agenda, available);
  const { plannedMinutes, availableMinutes, spareMinutes } = analysis;
  // Until the exercises' words in the app's language are here, no warning: it would name them in English for a moment.
  const warnings = localized.pending ? [] : analysis.warnings;
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
            <li key={index}>
              {warningText(warning, t)}
              {'itemId' in warning && localized.untranslated.has(warning.itemId) && (
                <>
                  {' '}
                  <NotTranslatedMark />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
