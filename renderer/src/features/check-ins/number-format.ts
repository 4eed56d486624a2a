// Numbers in the results and charts, in the language they are shown in (the
// provider's, which on a printed summary is the participants'). Averages
// keep the domain's rounding (half-up on their decimal value, as stored);
// only the decimal sign is the language's: 3.2 in English, 3,2 in Spanish.

/** The domain's: averages keep its rounding (half-up on their decimal value), only the decimal sign is the language's. */
export { formatMeanIn as meanIn, withDecimalSign } from '../../../../domain/check-ins/format-mean.ts';

/** A number from the content (a scale's bounds, a pattern's threshold such as 3.5) in `locale`. */
export function numberIn(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}
