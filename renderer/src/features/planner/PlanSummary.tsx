import type { PlanAnalysis, PlanWarning } from '../../../../domain/sessions/plan-analysis.ts';
import { durationLabel, minutesLabel } from '../../content/labels.ts';

function warningText(warning: PlanWarning): string {
  switch (warning.kind) {
    case 'over-time':
      return `The plan runs ${minutesLabel(warning.overByMinutes)} over the time available. Shorten or remove an item, or agree more time with the group.`;
    case 'caucus-without-report-back':
      return `“${warning.title}” is caucus work with no whole-group item after it. Add a report-back, such as “Receiving the caucus's agenda”, so what the caucus chooses to share is heard.`;
    case 'compressed-exercise':
      return `“${warning.title}” is planned for ${minutesLabel(warning.plannedMinutes)} but its content asks for ${minutesLabel(warning.neededMinutes)}. Squeezed, it risks becoming a token exercise.`;
  }
}

export function PlanSummary({ analysis }: { analysis: PlanAnalysis }) {
  const { plannedMinutes, availableMinutes, spareMinutes, warnings } = analysis;
  return (
    <section className={`plan-summary${warnings.length ? ' plan-summary--warning' : ''}`} aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading" className="visually-hidden">
        Plan summary
      </h2>
      <p className="plan-summary__totals" role="status">
        <strong>{durationLabel(plannedMinutes)} planned</strong>
        {availableMinutes === null
          ? ' · set the time available to compare'
          : ` of ${durationLabel(availableMinutes)} available · ${spareMinutes! >= 0 ? `${durationLabel(spareMinutes!)} to spare` : `${durationLabel(-spareMinutes!)} over`}`}
      </p>
      {warnings.length > 0 && (
        <ul className="plan-summary__warnings" aria-label="Warnings">
          {warnings.map((warning, index) => (
            <li key={index}>{warningText(warning)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
