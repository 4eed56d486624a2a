import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../../domain/sessions/plan-analysis.ts';
import type { AgendaItem, ExerciseSnapshot } from '../../../domain/sessions/session-model.ts';
import { sortSessions } from '../../../domain/sessions/sort-sessions.ts';
import { blankSession } from '../../../domain/sessions/plan-from-content.ts';

function exercise(
  id: string,
  audience: ExerciseSnapshot['audience'],
  durationMinutes: number,
  plannedMinutes = durationMinutes,
  position = 0,
): AgendaItem {
  return {
    id,
    sessionId: 's',
    position,
    kind: 'exercise',
    plannedMinutes,
    exercise: { id, version: 1, title: id, durationMinutes, audience, captures: [], steps: [] },
  };
}

describe('analysePlan', () => {
  it('totals the plan against the time available', () => {
    const plan = [exercise('a', ['mixed'], 20, 20, 1), exercise('b', ['mixed'], 45, 45, 2)];
    expect(analysePlan(plan, 90)).toEqual({ plannedMinutes: 65, availableMinutes: 90, spareMinutes: 25, warnings: [] });
    expect(analysePlan(plan, null).spareMinutes).toBeNull();
    expect(analysePlan(plan, 60).warnings).toEqual([{ kind: 'over-time', overByMinutes: 5 }]);
  });

  it('warns when caucus work is not followed by a whole-group item', () => {
    const caucus = exercise('caucus', ['affected-caucus'], 45, 45, 2);
    expect(analysePlan([exercise('open', ['mixed'], 20, 20, 1), caucus], null).warnings).toEqual([
      { kind: 'caucus-without-report-back', itemId: 'caucus', title: 'caucus' },
    ]);
    expect(analysePlan([caucus, exercise('report', ['mixed'], 45, 45, 3)], null).warnings).toEqual([]);
    // An allies' caucus reports to nobody.
    expect(analysePlan([exercise('allies', ['allies'], 40, 40, 1)], null).warnings).toEqual([]);
  });

  it('warns when an exercise is squeezed below the time its content asks for', () => {
    expect(analysePlan([exercise('deep', ['coalition'], 60, 30)], null).warnings).toEqual([
      { kind: 'compressed-exercise', itemId: 'deep', title: 'deep', plannedMinutes: 30, neededMinutes: 60 },
    ]);
  });
});

describe('sortSessions', () => {
  const session = (id: string, title: string, scheduledFor: string | null, updatedAt: number) => ({
    ...blankSession({ id, title, now: updatedAt }),
    scheduledFor,
  });
  const list = [
    session('1', 'Coalition day', '2027-03-01T10:00', 1),
    session('2', 'Allies caucus', null, 3),
    session('3', 'Coalition evening', '2027-01-10T18:00', 2),
  ];

  it('sorts by date either way with undated sessions last, or by last change, and filters by title', () => {
    expect(sortSessions(list, 'date-ascending', '').map((s) => s.id)).toEqual(['3', '1', '2']);
    expect(sortSessions(list, 'date-descending', '').map((s) => s.id)).toEqual(['1', '3', '2']);
    expect(sortSessions(list, 'recently-changed', '').map((s) => s.id)).toEqual(['2', '3', '1']);
    expect(sortSessions(list, 'date-ascending', 'COALITION ev').map((s) => s.id)).toEqual(['3']);
  });
});
