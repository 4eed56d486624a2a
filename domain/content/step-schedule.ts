export interface ScheduledStep<T> {
  step: T;
  /** Minutes from the start of the exercise. */
  startMinute: number;
  endMinute: number;
}

/** Lays steps end to end, so each knows when it starts and ends within the exercise. */
export function scheduleSteps<T extends { minutes: number }>(steps: readonly T[]): ScheduledStep<T>[] {
  const scheduled: ScheduledStep<T>[] = [];
  let elapsed = 0;
  for (const step of steps) {
    scheduled.push({ step, startMinute: elapsed, endMinute: elapsed + step.minutes });
    elapsed += step.minutes;
  }
  return scheduled;
}
