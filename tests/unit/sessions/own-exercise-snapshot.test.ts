import { describe, expect, it } from 'vitest';
import { adaptExercise } from '../../../domain/content/own-exercise.ts';
import { exerciseAgendaItem, snapshotExercise } from '../../../domain/sessions/plan-from-content.ts';
import { agendaItemSchema } from '../../../domain/sessions/stored-records.ts';
import { shippedExercises } from '../../support/shipped-content.ts';

// A plan keeps its own copy of an own exercise's notes (the exercise may be
// edited or deleted later); a shipped exercise's notes come from the library.

describe('planning from an own exercise', () => {
  it('keeps its safety and facilitator notes in the plan, in the stored shape; a shipped one keeps none', async () => {
    const shipped = (await shippedExercises())[0]!;
    const own = adaptExercise(shipped, new Set());
    expect(snapshotExercise(own)).toMatchObject({ safetyNotes: shipped.safetyNotes, facilitatorNotes: shipped.facilitatorNotes });
    expect(snapshotExercise(shipped)).not.toHaveProperty('safetyNotes');
    const item = { ...exerciseAgendaItem(own), id: 'item-1', sessionId: 'session-1', position: 1024 };
    expect(agendaItemSchema.safeParse(item).success).toBe(true);
  });
});
