import { summarizeExercise } from './exercise-summary.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from './check-in-schema.ts';
import type { ContentFile, ContentProblem } from './content-problems.ts';
import { exerciseFrontMatterSchema, type Exercise } from './exercise-schema.ts';
import { checkExerciseDocument } from './exercise-file.ts';
import { checkContentText, fileStem, parseContentFiles, type ParsedDocument } from './parse-content-files.ts';
import { OWN_EXERCISE_ID_PREFIX } from './own-exercise-limits.ts';
import { checkTemplateAgainstLibrary, type TemplateTargets } from './template-file.ts';
import { templateFrontMatterSchema, type TemplateFrontMatter, type WorkshopTemplate } from './template-schema.ts';
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

/** Checks what a template names against what exists, and that its agenda adds up: the shared check in template-file.ts, per file. */
function checkTemplate(document: ParsedDocument<TemplateFrontMatter>, targets: TemplateTargets, problems: ContentProblem[]): void {
  for (const problem of checkTemplateAgainstLibrary(document.data, targets)) problems.push({ file: document.file, ...problem });
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

  const exercisesById = new Map(exercises.map((exercise) => [exercise.id, summarizeExercise(exercise)]));
  const checkInIds = new Set(checkIns.map((instrument) => instrument.id));
  const validFiles = new Set([...exerciseDocs, ...checkInDocs].map((document) => document.file));
  const invalidIds = new Set(
    [...files.exercises, ...files.checkIns].filter((file) => !validFiles.has(file.path)).map((file) => fileStem(file.path)),
  );
  const places = { exercises: CONTENT_FOLDERS.exercises, checkIns: CONTENT_FOLDERS.checkIns };
  for (const document of templateDocs) checkTemplate(document, { exercises: exercisesById, checkInIds, invalidIds, places }, problems);
  for (const { file, data } of [...exerciseDocs, ...templateDocs])
    if (data.id.startsWith(OWN_EXERCISE_ID_PREFIX))
      problems.push({ file, field: 'id', message: `starts with "${OWN_EXERCISE_ID_PREFIX}", which is kept for facilitators' own exercises and templates` });
  checkSourcesAgree([...exerciseDocs, ...checkInDocs], problems);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, library: { exercises: exercises.sort(byTitle), checkIns: checkIns.sort(byTitle), templates: templates.sort(byTitle) } };
}
