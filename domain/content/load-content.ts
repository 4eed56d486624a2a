import { needsFacilitatorBecause } from './exercise-summary.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from './check-in-schema.ts';
import type { ContentFile, ContentProblem } from './content-problems.ts';
import { exerciseFrontMatterSchema, type Exercise } from './exercise-schema.ts';
import { checkExerciseDocument } from './exercise-file.ts';
import { checkContentText, fileStem, parseContentFiles, type ParsedDocument } from './parse-content-files.ts';
import { OWN_EXERCISE_ID_PREFIX } from './own-exercise-limits.ts';
import { timeAgenda } from './template-timing.ts';
import { LONGEST_STRETCH_MINUTES, templateFrontMatterSchema, type TemplateFrontMatter, type WorkshopTemplate } from './template-schema.ts';
import { sourceSchema, type Source } from './schema-primitives.ts';

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
  const stretch = longestStretch(timed);
  if (complete && stretch.minutes > LONGEST_STRETCH_MINUTES && !template.longStretchReason) {
    problems.push({
      file,
      field: 'agenda',
      message: `runs ${stretch.minutes} minutes without a break (items ${stretch.from + 1} to ${stretch.to + 1}); add a break within ${LONGEST_STRETCH_MINUTES} minutes, or say why not in "longStretchReason"`,
    });
  }
  const total = timed.reduce((sum, { minutes }) => sum + minutes, 0);
  if (complete && total !== template.durationMinutes) {
    problems.push({
      file,
      field: 'durationMinutes',
      message: `is ${template.durationMinutes} but the agenda adds up to ${total} minutes (each exercise counts for its own duration)`,
    });
  }
}

/** The longest run of items between breaks, in minutes. */
function longestStretch(timed: readonly { item: { kind: string }; minutes: number }[]) {
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

/**
 * A source cited in several files is written the same way in each: the same
 * DOI, year, venue and verification flag. Otherwise the library says one
 * thing about a paper in one place and another elsewhere (content review:
 * "make it consistent").
 */
function checkSourcesAgree(documents: readonly { file: string; data: { sources: readonly Source[] } }[], problems: ContentProblem[]): void {
  const seen = new Map<string, { file: string; source: Source }>();
  for (const { file, data } of documents) {
    data.sources.forEach((source, index) => {
      const keys = [`title:${normaliseTitle(source.title)}`, ...(source.doi ? [`doi:${source.doi.toLowerCase()}`] : [])];
      const first = keys.map((key) => seen.get(key)).find((entry) => entry !== undefined);
      if (first) {
        const differing = SOURCE_FIELDS.filter((field) => first.source[field] !== source[field]);
        if (differing.length > 0)
          problems.push({
            file,
            field: `sources[${index}].${differing[0]!}`,
            message: `differs from the same source in ${first.file} (${differing.join(', ')}): write a source the same way in every file`,
          });
      }
      for (const key of keys) if (!seen.has(key)) seen.set(key, { file, source });
    });
  }
}

const SOURCE_FIELDS = Object.keys(sourceSchema.shape) as (keyof Source)[];
const normaliseTitle = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Parses and validates the whole content folder: exercises, check-in
 * instruments and workshop templates, and the references between them.
 * Either everything is valid, or every problem is reported at once.
 */
export function loadContent(files: ContentFiles): ContentLoadResult {
  const problems: ContentProblem[] = [];
  // Each file's own checks; the exercises' are the very ones a facilitator's own exercise passes (exercise-file.ts).
  const exerciseDocs = parseContentFiles(files.exercises, (text) => checkExerciseDocument(text, exerciseFrontMatterSchema), CONTENT_FOLDERS.exercises, problems);
  const checkInDocs = parseContentFiles(files.checkIns, (text) => checkContentText(text, checkInFrontMatterSchema), CONTENT_FOLDERS.checkIns, problems);
  const templateDocs = parseContentFiles(files.templates, (text) => checkContentText(text, templateFrontMatterSchema), CONTENT_FOLDERS.templates, problems);

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
  for (const { file, data } of exerciseDocs)
    if (data.id.startsWith(OWN_EXERCISE_ID_PREFIX))
      problems.push({ file, field: 'id', message: `starts with "${OWN_EXERCISE_ID_PREFIX}", which is kept for facilitators' own exercises` });
  checkSourcesAgree([...exerciseDocs, ...checkInDocs], problems);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, library: { exercises: exercises.sort(byTitle), checkIns: checkIns.sort(byTitle), templates: templates.sort(byTitle) } };
}
