import type { RunState } from '../run/run-state.ts';
import { agendaItemTitle, type AgendaItem } from '../sessions/session-model.ts';

export interface ItemAsRun {
  item: AgendaItem;
  title: string;
  plannedMinutes: number;
  /** Minutes the item's steps actually ran, or null if it never ran. */
  actualMinutes: number | null;
}

const MINUTE = 60_000;

/** Planned against actual, item by item, from the step records the run kept. */
export function agendaAsRun(agenda: readonly AgendaItem[], run: RunState | undefined): ItemAsRun[] {
  const records = run?.records ?? [];
  const lastEnd = run?.endedAt ?? Math.max(0, ...records.map((record) => record.endedAt ?? record.startedAt));
  return [...agenda]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const own = records.filter((record) => record.itemId === item.id);
      const ran = own.reduce((sum, record) => sum + Math.max(0, (record.endedAt ?? lastEnd) - record.startedAt), 0);
      return {
        item,
        title: agendaItemTitle(item),
        plannedMinutes: item.plannedMinutes,
        actualMinutes: own.length === 0 ? null : Math.round(ran / MINUTE),
      };
    });
}

/** From the first step's start to the session's end (or the last step recorded). */
export function minutesUsed(run: RunState | undefined): number | null {
  if (!run || run.startedAt === null) return null;
  const end = run.endedAt ?? Math.max(run.startedAt, ...run.records.map((record) => record.endedAt ?? record.startedAt));
  return Math.round((end - run.startedAt) / MINUTE);
}
