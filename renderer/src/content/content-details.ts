import { checkIns, templates } from 'virtual:content-details';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import type { WorkshopTemplate } from '../../../domain/content/template-schema.ts';

// Full check-in instruments and templates. Imported only by screens that load
// on demand, so this data never weighs on the first screen.

export function findCheckIn(id: string): CheckInInstrument | undefined {
  return checkIns.find((instrument) => instrument.id === id);
}

export function findTemplate(id: string): WorkshopTemplate | undefined {
  return templates.find((template) => template.id === id);
}

export function listCheckIns(): readonly CheckInInstrument[] {
  return checkIns;
}
