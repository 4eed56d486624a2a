import type { CheckInCondition, CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';

/** A pattern's condition in words a facilitator reads at a glance. */
export function describeCondition(condition: CheckInCondition, instrument: CheckInInstrument): string {
  const subject =
    condition.measure === 'track-mean'
      ? 'The average across all items'
      : `The average for “${instrument.items.find((item) => item.id === condition.item)?.text ?? condition.item}”`;
  switch (condition.comparison) {
    case 'at-most':
      return `${subject} is ${condition.value} or lower`;
    case 'at-least':
      return `${subject} is ${condition.value} or higher`;
    case 'dropped-by-at-least':
      return `${subject} has fallen by ${condition.value} or more since the first round`;
  }
}
