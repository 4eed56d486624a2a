import { agendaItemTitle, type AgendaItem } from './session-model.ts';

export type PlanWarning =
  | { kind: 'over-time'; overByMinutes: number }
  | { kind: 'caucus-without-report-back'; itemId: string; title: string }
  | { kind: 'compressed-exercise'; itemId: string; title: string; plannedMinutes: number; neededMinutes: number };

export interface PlanAnalysis {
  plannedMinutes: number;
  availableMinutes: number | null;
  /** Negative when the plan runs over. */
  spareMinutes: number | null;
  warnings: PlanWarning[];
}

/**
 * Work in the affected group's own caucus, whose asks the whole group must
 * then hear. Allies' caucuses report to nobody: their work is their own.
 */
function isAffectedCaucus(item: AgendaItem): boolean {
  return (
    item.kind === 'exercise' &&
    item.exercise.audience.includes('affected-caucus') &&
    !item.exercise.audience.some((a) => a === 'mixed' || a === 'coalition')
  );
}

/** A later item where the whole group meets again and can hear what the caucus chose to share. */
function isWholeGroup(item: AgendaItem): boolean {
  return item.kind === 'exercise' && item.exercise.audience.some((a) => a === 'mixed' || a === 'coalition');
}

/**
 * What a facilitator should know about a plan: its length against the time
 * available, caucus work that never comes back to the whole group, and
 * exercises squeezed below the time their content asks for (the "token
 * workshop" pitfall).
 */
export function analysePlan(items: readonly AgendaItem[], availableMinutes: number | null): PlanAnalysis {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const plannedMinutes = ordered.reduce((sum, item) => sum + item.plannedMinutes, 0);
  const warnings: PlanWarning[] = [];

  if (availableMinutes !== null && plannedMinutes > availableMinutes) {
    warnings.push({ kind: 'over-time', overByMinutes: plannedMinutes - availableMinutes });
  }
  ordered.forEach((item, index) => {
    if (isAffectedCaucus(item) && !ordered.slice(index + 1).some(isWholeGroup)) {
      warnings.push({ kind: 'caucus-without-report-back', itemId: item.id, title: agendaItemTitle(item) });
    }
    if (item.kind === 'exercise' && item.plannedMinutes < item.exercise.durationMinutes) {
      warnings.push({
        kind: 'compressed-exercise',
        itemId: item.id,
        title: item.exercise.title,
        plannedMinutes: item.plannedMinutes,
        neededMinutes: item.exercise.durationMinutes,
      });
    }
  });

  return {
    plannedMinutes,
    availableMinutes,
    spareMinutes: availableMinutes === null ? null : availableMinutes - plannedMinutes,
    warnings,
  };
}
