import type { TFunction } from 'i18next';
import type { CheckInCondition, CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import { numberIn } from './number-format.ts';

/** A pattern's condition in words a facilitator reads at a glance, from the checkIns catalog of `t`'s language. */
export function describeCondition(
  condition: CheckInCondition,
  instrument: CheckInInstrument,
  t: TFunction<'checkIns'>,
  locale: string,
): string {
  const item =
    condition.measure === 'item-mean'
      ? (instrument.items.find((candidate) => candidate.id === condition.item)?.text ?? condition.item)
      : '';
  return t(`condition.${condition.measure}.${condition.comparison}`, { item, value: numberIn(condition.value, locale) });
}
