import type { Trend } from '../../../../domain/check-ins/session-results.ts';
import { TrendChart } from './TrendChart.tsx';

/** A chart for each instrument asked in more than one round: one round is a figure, not a trend. */
export function TrendCharts({ trends }: { trends: readonly Trend[] }) {
  const charted = trends.filter((trend) => trend.points.length > 1);
  if (charted.length === 0) return null;
  return (
    <div className="trend-charts">
      {charted.map((trend) => (
        <TrendChart key={trend.instrument.id} trend={trend} />
      ))}
    </div>
  );
}
