import { checkInFrontMatterSchema, type CheckInInstrument } from '../../domain/content/check-in-schema.ts';
import { validCheckIn } from './exercise-source.ts';

/** The test content's check-in instrument: "heard" (plain) and "worried" (reverse-scored), scale 1–5, minimum 5. */
export const sampleInstrument: CheckInInstrument = { ...checkInFrontMatterSchema.parse(validCheckIn()), body: '' };

/** Finds the sample instrument, as the app finds its library's. */
export const findSampleInstrument = (id: string): CheckInInstrument | undefined =>
  id === sampleInstrument.id ? sampleInstrument : undefined;
