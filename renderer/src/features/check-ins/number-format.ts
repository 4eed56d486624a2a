import { formatMean } from '../../../../domain/check-ins/format-mean.ts';

// Numbers in the results and charts, in the language they are shown in (the
// provider's, which on a printed summary is the participants'). Averages
// keep the domain's rounding (half-up on their decimal value, as stored);
// only the decimal sign is the language's: 3.2 in English, 3,2 in Spanish.

/** `text` (digits with a "." decimal point, as the domain writes them) with `locale`'s decimal sign. */
export function withDecimalSign(text: string, locale: string): string {
  const sign = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return text.replace('.', sign);
}

/** A mean to one decimal place, as the domain rounds it, in `locale`. */
export function meanIn(mean: number, locale: string): string {
  return withDecimalSign(formatMean(mean), locale);
}

/** A number from the content (a scale's bounds, a pattern's threshold such as 3.5) in `locale`. */
export function numberIn(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}
