import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Trend, TrendPoint } from '../../../../domain/check-ins/session-results.ts';
import { localeOf } from '../../i18n/i18n.ts';
import { meanIn } from './number-format.ts';
import { roundAxisLabel, roundInSentence } from './round-labels.ts';

const WIDTH = 480;
const HEIGHT = 200;
const MARGIN = { top: 30, right: 24, bottom: 58, left: 44 };

function describe(trend: Trend, t: TFunction<'checkIns'>, locale: string): string {
  const values = trend.points.map(
    (point) =>
      `${roundInSentence(point.purpose, point.roundNumber, t)}: ${point.mean === null ? t('trend.notShown') : meanIn(point.mean, locale)}`,
  );
  const { title, scale } = trend.instrument;
  return t('trend.description', { title, min: scale.min, max: scale.max, values: values.join('; ') });
}

/**
 * A track's average round by round, as SVG so that it prints crisply. Each
 * value is written beside its point, so the chart reads in black and white;
 * rounds below the minimum group size leave a gap, marked "not shown".
 */
export function TrendChart({ trend }: { trend: Trend }) {
  // The provider's language, not the app's: on a printed summary that is the participants'.
  const { t, i18n } = useTranslation('checkIns');
  const locale = localeOf(i18n.language);
  const { scale } = trend.instrument;
  const x = scalePoint<number>()
    .domain(trend.points.map((point) => point.roundNumber))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([scale.min, scale.max])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<TrendPoint>()
    .defined((point) => point.mean !== null)
    .x((point) => x(point.roundNumber) ?? 0)
    .y((point) => y(point.mean ?? scale.min))(trend.points);

  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={describe(trend, t, locale)}>
        {y.ticks(scale.max - scale.min).map((tick) => (
          <g key={tick} className="trend-chart__grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {path && <path className="trend-chart__line" d={path} />}
        {trend.points.map((point) => {
          const cx = x(point.roundNumber) ?? 0;
          return (
            <g key={point.roundNumber} className="trend-chart__point">
              {point.mean === null ? (
                <text x={cx} y={y((scale.min + scale.max) / 2)} textAnchor="middle" className="trend-chart__hidden">
                  {t('trend.notShown')}
                </text>
              ) : (
                <>
                  <circle cx={cx} cy={y(point.mean)} r={5} />
                  <text x={cx} y={y(point.mean) - 10} textAnchor="middle">
                    {meanIn(point.mean, locale)}
                  </text>
                </>
              )}
              <text x={cx} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle" className="trend-chart__axis">
                {roundAxisLabel(point.purpose, point.roundNumber, trend.points.length, t).map((text, line) => (
                  <tspan key={line} x={cx} dy={line === 0 ? 0 : '1.15em'}>
                    {text}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {/* Where there is room only for numbers under the points, the axis says what they count. */}
        {trend.points.length > 5 && (
          <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="trend-chart__axis">
            {t('round.axis.title')}
          </text>
        )}
      </svg>
      <figcaption>
        {t('trend.caption', {
          title: trend.instrument.title,
          min: scale.min,
          minLabel: scale.minLabel.toLocaleLowerCase(locale),
          max: scale.max,
          maxLabel: scale.maxLabel.toLocaleLowerCase(locale),
        })}
      </figcaption>
    </figure>
  );
}
