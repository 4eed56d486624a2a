import { fieldProblem, type FieldProblem } from './content-problems.ts';
import type { ExerciseSummary } from './exercise-summary.ts';
import { timeAgenda } from './template-timing.ts';
import { LONGEST_STRETCH_MINUTES, type TemplateFrontMatter } from './template-schema.ts';

// The checks a workshop template needs the rest of the library for: every
// exercise and check-in it names exists, a self-guided agenda has nothing
// that needs an experienced facilitator, the agenda takes breaks and adds up
// to the template's length. `npm run content:check` (loadContent) and a
// facilitator's own templates (own-template.ts) both use this one function.

/** What a template's check needs to know of an exercise it names. */
export type TemplateExercise = Pick<ExerciseSummary, 'id' | 'durationMinutes' | 'needsFacilitatorBecause'>;

export interface TemplateTargets {
  exercises: ReadonlyMap<string, TemplateExercise>;
  checkInIds: ReadonlySet<string>;
  /** Ids of files that exist but failed their own checks: already reported, so not "missing" too. */
  invalidIds?: ReadonlySet<string>;
  /** The folders a missing exercise or check-in was looked for in, for `npm run content:check`; the app's own words when left out. */
  places?: { exercises: string; checkIns: string };
}

/** Every problem of a template's references and timing, each naming its field. */
export function checkTemplateAgainstLibrary(template: TemplateFrontMatter, targets: TemplateTargets): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { exercises, checkInIds } = targets;
  const invalidIds = targets.invalidIds ?? new Set<string>();
  const { places } = targets;
  const timed = timeAgenda(template, exercises);
  timed.forEach(({ item, exercise }, index) => {
    if (item.kind === 'exercise' && !exercise && !invalidIds.has(item.exercise)) {
      problems.push(fieldProblem(`agenda[${index}].exercise`, { kind: 'missingExercise', id: item.exercise, ...(places && { folder: places.exercises }) }));
    }
    const needsFacilitator = exercise?.needsFacilitatorBecause ?? null;
    if (template.mode === 'self-guided' && needsFacilitator) {
      problems.push(fieldProblem(`agenda[${index}].exercise`, { kind: 'needsFacilitator', id: String(exercise?.id), why: needsFacilitator }));
    }
    if (item.kind === 'check-in') {
      item.instruments.forEach((id, i) => {
        if (!checkInIds.has(id) && !invalidIds.has(id)) {
          problems.push(fieldProblem(`agenda[${index}].instruments[${i}]`, { kind: 'missingCheckIn', id, ...(places && { folder: places.checkIns }) }));
        }
      });
    }
  });
  const complete = timed.every(({ item, exercise }) => item.kind !== 'exercise' || exercise);
  const stretch = longestStretch(timed);
  if (complete && stretch.minutes > LONGEST_STRETCH_MINUTES && !template.longStretchReason) {
    problems.push(
      fieldProblem('agenda', { kind: 'longStretch', minutes: stretch.minutes, from: stretch.from + 1, to: stretch.to + 1, max: LONGEST_STRETCH_MINUTES }),
    );
  }
  const total = timed.reduce((sum, { minutes }) => sum + minutes, 0);
  if (complete && total !== template.durationMinutes) {
    problems.push(fieldProblem('durationMinutes', { kind: 'agendaAddsUp', duration: template.durationMinutes, total }));
  }
  return problems;
}

/** The longest run of items between breaks, in minutes. */
export function longestStretch(timed: readonly { item: { kind: string }; minutes: number }[]) {
  let best = { minutes: 0, from: 0, to: 0 };
  let current = { minutes: 0, from: 0 };
  timed.forEach(({ item, minutes }, index) => {
    if (item.kind === 'break') {
      current = { minutes: 0, from: index + 1 };
      return;
    }
    current.minutes += minutes;
    if (current.minutes > best.minutes) best = { ...current, to: index };
  });
  return best;
}
