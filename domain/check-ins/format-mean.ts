// How a check-in average is written, everywhere: screen, summary, PDF and
// Markdown. One decimal place, rounded half-up on the decimal value, as a
// person would round it by hand: 3.15 is 3.2, 2.25 is 2.3, 4.95 is 5.0.
//
// `toFixed` rounds the binary number instead, and 3.15 (63 answers over 20)
// is stored as 3.14999…, so it printed 3.1. A mean is a ratio of counts,
// sum / n, whose double is the nearest to the true value by far less than
// a part in 10^12; reading it back at 12 significant digits recovers the
// exact decimal for any tally of fewer than about 10^9 answers, while a
// value that is genuinely below the half (3.1499999) stays below it.
// Halves round away from zero, as RoundingMode.HALF_UP does, so a negative
// mean reads as the mirror of a positive one: -3.15 is -3.2.

const SIGNIFICANT_DIGITS = 12;

/** A finite number as an exact decimal: digits × 10^exponent, read at 12 significant digits. */
interface Decimal {
  digits: bigint;
  exponent: number;
}

function asDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a mean: ${value}`);
  const [mantissa = '0', power = '0'] = value.toPrecision(SIGNIFICANT_DIGITS).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return { digits: BigInt(whole + fraction), exponent: Number(power) - fraction.length };
}

const pow10 = (exponent: number) => 10n ** BigInt(exponent);

/** An exact decimal in tenths, halves away from zero. */
function roundToTenths({ digits, exponent }: Decimal): bigint {
  const shift = exponent + 1;
  if (shift >= 0) return digits * pow10(shift);
  const divisor = pow10(-shift);
  const magnitude = digits < 0 ? -digits : digits;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return digits < 0 ? -rounded : rounded;
}

function difference(a: Decimal, b: Decimal): Decimal {
  const exponent = Math.min(a.exponent, b.exponent);
  return { digits: a.digits * pow10(a.exponent - exponent) - b.digits * pow10(b.exponent - exponent), exponent };
}

function tenthsText(tenths: bigint): string {
  const magnitude = tenths < 0 ? -tenths : tenths;
  // No "-0.0": a value that rounds to nothing has no sign.
  return `${tenths < 0 ? '-' : ''}${magnitude / 10n}.${magnitude % 10n}`;
}

/** A mean in tenths as it is shown: 3.15 → 32. Thresholds are compared on this, so a prompt agrees with the figure on screen. */
export function meanTenths(mean: number): bigint {
  return roundToTenths(asDecimal(mean));
}

/** How far a mean moved from an earlier one, in tenths as it is shown: from 4.6 to 3.6 is -10, not the binary -9.99…. */
export function changeTenths(now: number, before: number): bigint {
  return roundToTenths(difference(asDecimal(now), asDecimal(before)));
}

/** A threshold from the content (a whole number or a decimal like 3.5) in tenths. */
export function thresholdTenths(value: number): bigint {
  return roundToTenths(asDecimal(value));
}

/** A mean to one decimal place, half-up on its decimal value: 3.15 → "3.2". */
export function formatMean(mean: number): string {
  return tenthsText(roundToTenths(asDecimal(mean)));
}

export interface MeanChange {
  direction: 'up' | 'down' | 'none';
  /** How far, to one decimal place, without a sign: "0.2". */
  amount: string;
}

/**
 * How far a mean moved from an earlier one, rounded the same way from the
 * exact difference: from 3.0 to 3.15 is up 0.2, not the 0.1 that the binary
 * subtraction (0.1499…) would print.
 */
export function meanChange(now: number, before: number): MeanChange {
  const tenths = changeTenths(now, before);
  const magnitude = tenths < 0 ? -tenths : tenths;
  return { direction: tenths > 0 ? 'up' : tenths < 0 ? 'down' : 'none', amount: tenthsText(magnitude) };
}

/** `text` (digits with a "." decimal point, as formatMean writes them) with `locale`'s decimal sign. */
export function withDecimalSign(text: string, locale: string): string {
  const sign = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return text.replace('.', sign);
}

/** A mean as formatMean rounds it, written with `locale`'s decimal sign: 3.2 in English, 3,2 in Spanish. */
export function formatMeanIn(mean: number, locale: string): string {
  return withDecimalSign(formatMean(mean), locale);
}
