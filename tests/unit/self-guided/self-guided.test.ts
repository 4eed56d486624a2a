import { describe, expect, it } from 'vitest';
import { PAUSE_BUTTON_LABEL } from '../../../domain/self-guided/pause-situations.ts';
import { ROTATING_ROLES, roleRotationNote } from '../../../domain/self-guided/roles.ts';
import { itemsNeedingFacilitator } from '../../../domain/self-guided/suitability.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';

describe('self-guided sessions', () => {
  it('hands the roles on at the first card of each new exercise, and only then', () => {
    expect(roleRotationNote(1, true)).toMatch(/holding the device reads first/);
    expect(roleRotationNote(1, false)).toMatch(/stay where they are/);
    expect(roleRotationNote(2, true)).toMatch(/pass each role one person to the left/);
    expect(roleRotationNote(2, false)).toMatch(/stay where they are/);
  });

  it('tells each role to use only what the self-guided cards offer: the pause, not airtime or floor tools', () => {
    for (const role of ROTATING_ROLES) expect(role.does).not.toMatch(/airtime|floor shift|caucus call|tap/i);
    const watcher = ROTATING_ROLES.find((role) => role.title === 'Process watcher');
    expect(watcher?.does).toContain(`“${PAUSE_BUTTON_LABEL}”`);
  });

  it('names each planned exercise that needs a facilitator, with the content’s reason', () => {
    const exercise = (id: string, needsFacilitatorBecause?: string): AgendaItem => ({
      id,
      sessionId: 's',
      position: 1,
      kind: 'exercise',
      plannedMinutes: 10,
      exercise: {
        id,
        version: 1,
        title: `Exercise ${id}`,
        durationMinutes: 10,
        audience: ['mixed'],
        captures: [],
        ...(needsFacilitatorBecause ? { needsFacilitatorBecause } : {}),
        steps: [],
      },
    });
    expect(itemsNeedingFacilitator([exercise('a'), exercise('b', 'It stages conflict.')])).toEqual([
      { title: 'Exercise b', why: 'It stages conflict.' },
    ]);
  });
});
