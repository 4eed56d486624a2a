import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMean, meanChange } from '../../../domain/check-ins/format-mean.ts';

/** What a person rounding by hand writes for the exact fraction numerator / denominator: one decimal, halves away from zero. */
function exactTenths(numerator: bigint, denominator: bigint): string {
  const negative = numerator < 0n !== denominator < 0n;
  const top = (numerator < 0n ? -numerator : numerator) * 10n;
  const bottom = denominator < 0n ? -denominator : denominator;
  const tenths = (top * 2n + bottom) / (bottom * 2n);
  return `${negative && tenths > 0n ? '-' : ''}${tenths / 10n}.${tenths % 10n}`;
}

/** A tally on a scale: how many people chose each value. */
const tally = fc
  .record({ min: fc.integer({ min: -5, max: 1 }), width: fc.integer({ min: 1, max: 10 }) })
  .chain(({ min, width }) =>
    fc.array(fc.nat({ max: 400 }), { minLength: width + 1, maxLength: width + 1 }).map((counts) => ({ min, counts })),
  )
  .filter(({ counts }) => counts.some((count) => count > 0));

function sumAndCount({ min, counts }: { min: number; counts: number[] }): { sum: number; n: number } {
  return counts.reduce((total, count, index) => ({ sum: total.sum + count * (min + index), n: total.n + count }), { sum: 0, n: 0 });
}

describe('formatMean', () => {
  it.each([
    [63 / 20, '3.2'], // 3.15, which toFixed writes as 3.1
    [2.25, '2.3'],
    [0.05, '0.1'],
    [4.95, '5.0'],
    [1.45, '1.5'],
    [1.005 * 10, '10.1'],
    [3.1499999, '3.1'],
    [3.14999999999, '3.1'],
    [1 / 3, '0.3'],
    [2 / 3, '0.7'],
    [5, '5.0'],
    [0, '0.0'],
    [-3.15, '-3.2'],
    [-0.05, '-0.1'],
    [-0.04, '0.0'],
    [-2 / 3, '-0.7'],
  ])('writes %d as %s', (mean, text) => {
    expect(formatMean(mean)).toBe(text);
  });

  it('writes every mean of an integer tally as exact arithmetic on the fraction would (property)', () => {
    fc.assert(
      fc.property(tally, (counts) => {
        const { sum, n } = sumAndCount(counts);
        expect(formatMean(sum / n)).toBe(exactTenths(BigInt(sum), BigInt(n)));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses what is not a number', () => {
    expect(() => formatMean(Number.NaN)).toThrow(RangeError);
  });
});

describe('meanChange', () => {
  it('rounds the exact difference, not the binary one', () => {
    expect(meanChange(63 / 20, 3)).toEqual({ direction: 'up', amount: '0.2' }); // 0.15, which toFixed writes as 0.1
    expect(meanChange(3, 3.05)).toEqual({ direction: 'down', amount: '0.1' });
    expect(meanChange(3.04, 3)).toEqual({ direction: 'none', amount: '0.0' });
    expect(meanChange(2, 2)).toEqual({ direction: 'none', amount: '0.0' });
    expect(meanChange(-1.25, 0)).toEqual({ direction: 'down', amount: '1.3' });
  });

  it('agrees with exact arithmetic on the two fractions (property)', () => {
    fc.assert(
      fc.property(tally, tally, (a, b) => {
        const now = sumAndCount(a);
        const before = sumAndCount(b);
        // now.sum / now.n − before.sum / before.n, as one fraction.
        const numerator = BigInt(now.sum) * BigInt(before.n) - BigInt(before.sum) * BigInt(now.n);
        const exact = exactTenths(numerator, BigInt(now.n) * BigInt(before.n));
        const change = meanChange(now.sum / now.n, before.sum / before.n);
        expect(change.amount).toBe(exact.replace('-', ''));
        expect(change.direction).toBe(exact === '0.0' ? 'none' : exact.startsWith('-') ? 'down' : 'up');
      }),
      { numRuns: 5000 },
    );
  });
});
