import { checkIns, templates } from 'virtual:content-details';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import type { WorkshopTemplate } from '../../../domain/content/template-schema.ts';
import type { TranslatedContent } from './translated-content.ts';

// Full check-in instruments and templates. Imported only by screens that load
// on demand, so this data never weighs on the first screen.

export function findCheckIn(id: string): CheckInInstrument | undefined {
  return checkIns.find((instrument) => instrument.id === id);
}

/**
 * A questionnaire in the language of `translated` where it is translated (same
 * ids, items, scale and order as the English: the content check holds them
 * to it), else the English one.
 */
export function findCheckInIn(translated: TranslatedContent | null | undefined, id: string): CheckInInstrument | undefined {
  return translated?.checkIns.find((instrument) => instrument.id === id) ?? findCheckIn(id);
}

export function findTemplate(id: string): WorkshopTemplate | undefined {
  return templates.find((template) => template.id === id);
}

export function listCheckIns(): readonly CheckInInstrument[] {
  return checkIns;
}
