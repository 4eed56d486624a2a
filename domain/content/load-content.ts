import { needsFacilitatorBecause } from './exercise-summary.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from './check-in-schema.ts';
import type { ContentFile, ContentProblem } from './content-problems.ts';
import { exerciseFrontMatterSchema, type Exercise } from './exercise-schema.ts';
import { fileStem, parseContentFiles, type ParsedDocument } from './parse-content-files.ts';
import { timeAgenda } from './template-timing.ts';
import { templateFrontMatterSchema, type TemplateFrontMatter, type WorkshopTemplate } from './template-schema.ts';

export interface ContentFiles {
  exercises: readonly ContentFile[];
  checkIns: readonly ContentFile[];
  templates: readonly ContentFile[];
}

export interface ContentLibrary {
  exercises: Exercise[];
  checkIns: CheckInInstrument[];
  templates: WorkshopTemplate[];
}

export type ContentLoadResult = { ok: true; library: ContentLibrary } | { ok: false; problems: ContentProblem[] };

export const CONTENT_FOLDERS = { exercises: 'content/exercises', checkIns: 'content/checkins', templates: 'content/templates' } as const;

function byTitle<T extends { title: string }>(a: T, b: T): number {
  return a.title.localeCompare(b.title);
}

interface ReferenceTargets {
  exercises: ReadonlyMap<string, Exercise>;
  checkInIds: ReadonlySet<string>;
  /** Ids of files that exist but failed their own checks: already reported, so not "missing" too. */
  invalidIds: ReadonlySet<string>;
}

/** Checks what a template names against what exists, and that its agenda adds up. */
function checkTemplate(document: ParsedDocument<TemplateFrontMatter>, targets: ReferenceTargets, problems: ContentProblem[]): void {
  const { file, data: template } = document;
  const { exercises, checkInIds, invalidIds } = targets;
  const timed = timeAgenda(template, exercises);
  timed.forEach(({ item, exercise }, index) => {
    if (item.kind === 'exercise' && !exercise && !invalidIds.has(item.exercise)) {
      problems.push({ file, field: `agenda[${index}].exercise`, message: `names "${item.exercise}", which is not in ${CONTENT_FOLDERS.exercises}` });
    }
    const needsFacilitator = exercise ? needsFacilitatorBecause(exercise) : null;
    if (template.mode === 'self-guided' && needsFacilitator) {
      problems.push({
        file,
        field: `agenda[${index}].exercise`,
        message: `names "${exercise?.id}", which needs an experienced facilitator, so a self-guided template cannot include it: ${needsFacilitator}`,
      });
    }
    if (item.kind === 'check-in') {
      item.instruments.forEach((id, i) => {
        if (!checkInIds.has(id) && !invalidIds.has(id)) {
          problems.push({ file, field: `agenda[${index}].instruments[${i}]`, message: `names "${id}", which is not in ${CONTENT_FOLDERS.checkIns}` });
        }
      });
    }
  });
  const complete = timed.every(({ item, exercise }) => item.kind !== 'exercise' || exercise);
  const total = timed.reduce((sum, { minutes }) => sum + minutes, 0);
  if (complete && total !== template.durationMinutes) {
    problems.push({
      file,
      field: 'durationMinutes',
      message: `is ${template.durationMinutes} but the agenda adds up to ${total} minutes (each exercise counts for its own duration)`,
    });
  }
}

/**
 * Parses and validates the whole content folder: exercises, check-in
 * instruments and workshop templates, and the references between them.
 * Either everything is valid, or every problem is reported at once.
 */
export function loadContent(files: ContentFiles): ContentLoadResult {
  const problems: ContentProblem[] = [];
  const exerciseDocs = parseContentFiles(files.exercises, exerciseFrontMatterSchema, CONTENT_FOLDERS.exercises, problems);
  const checkInDocs = parseContentFiles(files.checkIns, checkInFrontMatterSchema, CONTENT_FOLDERS.checkIns, problems);
  const templateDocs = parseContentFiles(files.templates, templateFrontMatterSchema, CONTENT_FOLDERS.templates, problems);

  const exercises = exerciseDocs.map(({ data, body }): Exercise => ({ ...data, body }));
  const checkIns = checkInDocs.map(({ data, body }): CheckInInstrument => ({ ...data, body }));
  const templates = templateDocs.map(({ data, body }): WorkshopTemplate => ({ ...data, body }));

  const exercisesById = new Map(exercises.map((exercise) => [exercise.id, exercise]));
  const checkInIds = new Set(checkIns.map((instrument) => instrument.id));
  const validFiles = new Set([...exerciseDocs, ...checkInDocs].map((document) => document.file));
  const invalidIds = new Set(
    [...files.exercises, ...files.checkIns].filter((file) => !validFiles.has(file.path)).map((file) => fileStem(file.path)),
  );
  for (const document of templateDocs) checkTemplate(document, { exercises: exercisesById, checkInIds, invalidIds }, problems);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, library: { exercises: exercises.sort(byTitle), checkIns: checkIns.sort(byTitle), templates: templates.sort(byTitle) } };
}
