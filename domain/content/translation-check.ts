import type { z } from 'zod';
import { checkInFrontMatterSchema, type CheckInInstrument } from './check-in-schema.ts';
import { authorSurnames } from './citations.ts';
import { issuesToFieldProblems, type ContentFile, type ContentProblem, type FieldProblem } from './content-problems.ts';
import { exerciseFrontMatterSchema, type Exercise } from './exercise-schema.ts';
import type { ContentLibrary } from './load-content.ts';
import { checkContentText, fileStem } from './parse-content-files.ts';
import { templateFrontMatterSchema, type WorkshopTemplate } from './template-schema.ts';
import { translateCheckIn, translateExercise, translateTemplate } from './translate-content.ts';
import {
  checkInTranslationSchema,
  exerciseTranslationSchema,
  templateTranslationSchema,
  type CheckInTranslation,
  type ExerciseTranslation,
  type TemplateTranslation,
  type WithBody,
} from './translation-schema.ts';

// Checks one language's translations against the English library: each file
// names a source that exists, was written against the source's current
// version, has the source's steps, items and agenda items in the source's
// order, holds every text the source has and no other, and keeps in each
// text the source's {{placeholders}}, link targets and figures. The merged
// document then passes the English schema (its lengths) and the read-aloud
// rule. Coverage says, per kind, what is translated and what is not, so an
// untranslated exercise is shown in English with a label, never mixed in
// silently.

export interface TranslationFiles {
  exercises: readonly ContentFile[];
  checkIns: readonly ContentFile[];
  templates: readonly ContentFile[];
}

export type TranslationKind = keyof TranslationFiles;

export interface KindCoverage {
  translated: number;
  total: number;
  /** Ids of the English documents with no translation, in id order. */
  untranslated: string[];
}

export type TranslationCoverage = Record<TranslationKind, KindCoverage>;

/** One language's documents: the merged translations and what falls back to English. */
export interface TranslatedLibrary {
  language: string;
  exercises: Exercise[];
  checkIns: CheckInInstrument[];
  templates: WorkshopTemplate[];
  coverage: TranslationCoverage;
}

export type TranslationCheckResult = { ok: true; translated: TranslatedLibrary } | { ok: false; problems: ContentProblem[]; coverage: TranslationCoverage };

/** A text field of a document, as the translation and its source have it; either side may lack it. */
interface TextPair {
  field: string;
  source: string | undefined;
  translated: string | undefined;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<((?:https?|mailto):[^>\s]+)>/g;
const FIGURE = /\d+/g;

const matches = (text: string, pattern: RegExp, group = 1) =>
  [...text.matchAll(pattern)].map((match) => match[group] ?? match[2] ?? match[0]).sort((a, b) => a.localeCompare(b));
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
const listed = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'none');

function checkTexts(pairs: readonly TextPair[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { field, source, translated } of pairs) {
    if (source !== undefined && translated === undefined) {
      problems.push({ field, message: 'is missing: the source has this text, so the translation must translate it' });
      continue;
    }
    if (source === undefined && translated !== undefined) {
      problems.push({ field, message: 'is not in the source: a translation holds only the texts its source has' });
      continue;
    }
    if (source === undefined || translated === undefined) continue;
    if (!translated.trim()) {
      problems.push({ field, message: 'is empty: translate the source text' });
      continue;
    }
    const checks: [string, RegExp, string][] = [
      ['placeholders', PLACEHOLDER, 'the app fills them in by name, so keep each exactly as written'],
      ['link targets', LINK_TARGET, 'translate the link text, never where it goes'],
      ['figures', FIGURE, 'keep every number as the source writes it (3.0 may read 3,0), so no timing, size or threshold changes in translation'],
    ];
    for (const [what, pattern, why] of checks) {
      const expected = matches(source, pattern);
      const found = matches(translated, pattern);
      if (!sameList(expected, found)) problems.push({ field, message: `has the ${what} ${listed(found)} but the source has ${listed(expected)}: ${why}` });
    }
  }
  return problems;
}

function exercisePairs(source: Exercise, translation: WithBody<ExerciseTranslation>): TextPair[] {
  const pairs: TextPair[] = [
    { field: 'title', source: source.title, translated: translation.title },
    { field: 'summary', source: source.summary, translated: translation.summary },
    { field: 'contentWarning', source: source.contentWarning, translated: translation.contentWarning },
  ];
  source.steps.forEach((step, index) => {
    const words = translation.steps[index];
    if (!words) return;
    pairs.push(
      { field: `steps[${index}].title`, source: step.title, translated: words.title },
      { field: `steps[${index}].script`, source: step.script, translated: words.script },
      { field: `steps[${index}].prompt`, source: step.prompt, translated: words.prompt },
    );
  });
  pairs.push(
    { field: 'facilitatorNotes', source: source.facilitatorNotes, translated: translation.facilitatorNotes },
    { field: 'safetyNotes', source: source.safetyNotes, translated: translation.safetyNotes },
    { field: 'recording.keep', source: source.recording.keep, translated: translation.recording.keep },
    { field: 'recording.neverKeep', source: source.recording.neverKeep, translated: translation.recording.neverKeep },
    { field: 'recording.whoSees', source: source.recording.whoSees, translated: translation.recording.whoSees },
    { field: 'facilitation.why', source: source.facilitation.why, translated: translation.facilitation?.why },
    { field: 'selfIdentification.why', source: source.selfIdentification?.why, translated: translation.selfIdentification?.why },
    { field: 'selfIdentification.alternative', source: source.selfIdentification?.alternative, translated: translation.selfIdentification?.alternative },
    { field: 'body', source: source.body, translated: translation.body },
  );
  return pairs;
}

function exerciseStructure(source: Exercise, translation: ExerciseTranslation): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (translation.steps.length !== source.steps.length)
    problems.push({ field: 'steps', message: `has ${translation.steps.length} step(s) but the source has ${source.steps.length}: translate every step, no more` });
  translation.steps.forEach((step, index) => {
    if (step.step !== index + 1)
      problems.push({ field: `steps[${index}].step`, message: `is ${step.step} but this is step ${index + 1}: keep the steps in the source's order` });
  });
  return problems;
}

function checkInPairs(source: CheckInInstrument, translation: WithBody<CheckInTranslation>): TextPair[] {
  const pairs: TextPair[] = [
    { field: 'title', source: source.title, translated: translation.title },
    { field: 'summary', source: source.summary, translated: translation.summary },
    { field: 'formativeNotice', source: source.formativeNotice, translated: translation.formativeNotice },
    { field: 'participantIntro', source: source.participantIntro, translated: translation.participantIntro },
    { field: 'scale.minLabel', source: source.scale.minLabel, translated: translation.scale.minLabel },
    { field: 'scale.maxLabel', source: source.scale.maxLabel, translated: translation.scale.maxLabel },
  ];
  source.items.forEach((item, index) => {
    const words = translation.items[index];
    if (words) pairs.push({ field: `items[${index}].text`, source: item.text, translated: words.text });
  });
  source.patterns.forEach((pattern, p) => {
    const words = translation.patterns[p];
    if (!words) return;
    pairs.push(
      { field: `patterns[${p}].title`, source: pattern.title, translated: words.title },
      { field: `patterns[${p}].prompt`, source: pattern.prompt, translated: words.prompt },
    );
    pattern.responses.forEach((response, r) => {
      const said = words.responses[r];
      if (said) pairs.push({ field: `patterns[${p}].responses[${r}].text`, source: response.text, translated: said.text });
    });
    pairs.push({ field: `patterns[${p}].groupGuidance`, source: pattern.groupGuidance, translated: words.groupGuidance });
  });
  pairs.push({ field: 'body', source: source.body, translated: translation.body });
  return pairs;
}

function sameIds(field: string, what: string, source: readonly string[], translated: readonly string[]): FieldProblem[] {
  if (sameList(source, translated)) return [];
  return [{ field, message: `are ${listed(translated)} but the source's ${what} are ${listed(source)}: translate each one, in the source's order` }];
}

function checkInStructure(source: CheckInInstrument, translation: CheckInTranslation): FieldProblem[] {
  const problems = [
    ...sameIds('items', 'items', source.items.map((item) => item.id), translation.items.map((item) => item.id)),
    ...sameIds('patterns', 'patterns', source.patterns.map((pattern) => pattern.id), translation.patterns.map((pattern) => pattern.id)),
  ];
  source.patterns.forEach((pattern, p) => {
    const words = translation.patterns[p];
    if (words && words.id === pattern.id && words.responses.length !== pattern.responses.length)
      problems.push({
        field: `patterns[${p}].responses`,
        message: `has ${words.responses.length} response(s) but the source has ${pattern.responses.length}: translate every response, in order`,
      });
  });
  return problems;
}

function templatePairs(source: WorkshopTemplate, translation: WithBody<TemplateTranslation>): TextPair[] {
  const pairs: TextPair[] = [
    { field: 'title', source: source.title, translated: translation.title },
    { field: 'summary', source: source.summary, translated: translation.summary },
    { field: 'preparation', source: source.preparation, translated: translation.preparation },
  ];
  source.agenda.forEach((item, index) => {
    const words = translation.agenda[index];
    if (!words || words.kind !== item.kind) return;
    if (item.kind === 'exercise') pairs.push({ field: `agenda[${index}].note`, source: item.note, translated: words.kind === 'exercise' ? words.note : undefined });
    else pairs.push({ field: `agenda[${index}].title`, source: item.title, translated: 'title' in words ? words.title : undefined });
  });
  pairs.push(
    { field: 'longStretchReason', source: source.longStretchReason, translated: translation.longStretchReason },
    { field: 'body', source: source.body, translated: translation.body },
  );
  return pairs;
}

function templateStructure(source: WorkshopTemplate, translation: TemplateTranslation): FieldProblem[] {
  const anchor = (item: { kind: string; exercise?: string }) => (item.kind === 'exercise' ? `exercise ${item.exercise ?? ''}` : item.kind);
  return sameIds('agenda', 'agenda items', source.agenda.map(anchor), translation.agenda.map(anchor));
}

/** The read-aloud rule of exercise-file.ts, on the translated words: no unchecked source's author named in a script or prompt. */
function readAloudProblems(exercise: Exercise): FieldProblem[] {
  const names = exercise.sources.filter((source) => !source.checkedAgainstFullText).flatMap((source) => authorSurnames(source.authors));
  const problems: FieldProblem[] = [];
  exercise.steps.forEach((step, index) => {
    for (const [field, words] of [['script', step.script], ['prompt', step.prompt]] as const) {
      const named = words && names.find((name) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(words));
      if (named) problems.push({ field: `steps[${index}].${field}`, message: `names ${named}, a source not yet checked against its full text: keep it out of what is read aloud` });
    }
  });
  return problems;
}

/** The merged document against the English schema: its lengths are the ones the screens are built for. */
function englishSchemaProblems<T extends { body: string }>(merged: T, schema: z.ZodType): FieldProblem[] {
  const frontMatter: Partial<T> = { ...merged };
  delete frontMatter.body;
  const parsed = schema.safeParse(frontMatter);
  return parsed.success ? [] : issuesToFieldProblems(parsed.error.issues).map((problem) => ({ ...problem, message: `${problem.message} (once translated)` }));
}

interface KindRules<S extends { id: string; version: number; body: string }, T> {
  schema: z.ZodType<T>;
  sources: readonly S[];
  sourceFolder: string;
  structure: (source: S, translation: T) => FieldProblem[];
  pairs: (source: S, translation: WithBody<T>) => TextPair[];
  merge: (source: S, translation: WithBody<T>) => S;
  mergedSchema: z.ZodType;
  extra?: (merged: S) => FieldProblem[];
}

function checkKind<S extends { id: string; version: number; body: string }, T extends { source: string; sourceVersion: number }>(
  files: readonly ContentFile[],
  rules: KindRules<S, T>,
  problems: ContentProblem[],
): { merged: S[]; coverage: KindCoverage } {
  const byId = new Map(rules.sources.map((source) => [source.id, source]));
  const merged: S[] = [];
  const translatedIds = new Set<string>();
  for (const file of files) {
    const checked = checkContentText(file.text, rules.schema);
    const own: FieldProblem[] = [...checked.problems];
    const translation = checked.data;
    if (translation) {
      const source = byId.get(translation.source);
      if (translation.source !== fileStem(file.path))
        own.push({
          field: 'source',
          message: `is "${translation.source}" but the file is named "${fileStem(file.path)}.md": name a translation after the file it translates`,
        });
      if (!source) {
        own.push({ field: 'source', message: `names "${translation.source}", which is not in ${rules.sourceFolder}` });
      } else {
        translatedIds.add(source.id);
        if (translation.sourceVersion !== source.version)
          own.push({
            field: 'sourceVersion',
            message: `is stale: it is ${translation.sourceVersion} but ${rules.sourceFolder}/${source.id}.md is at version ${source.version}; bring the translation up to date with the source, then set sourceVersion: ${source.version}`,
          });
        const structure = rules.structure(source, translation);
        own.push(...structure);
        if (structure.length === 0) {
          const withBody = { ...translation, body: checked.body };
          own.push(...checkTexts(rules.pairs(source, withBody)));
          const document = rules.merge(source, withBody);
          own.push(...englishSchemaProblems(document, rules.mergedSchema), ...(rules.extra?.(document) ?? []));
          merged.push(document);
        }
      }
    }
    problems.push(...own.map((problem) => ({ file: file.path, ...problem })));
  }
  const untranslated = rules.sources
    .map((source) => source.id)
    .filter((id) => !translatedIds.has(id))
    .sort();
  return { merged, coverage: { translated: translatedIds.size, total: rules.sources.length, untranslated } };
}

/**
 * Checks one language's translation files against the (already valid)
 * English library. `folders` name where each kind lives, for messages.
 */
export function checkTranslations(
  language: string,
  library: ContentLibrary,
  files: TranslationFiles,
  folders: Record<TranslationKind, string>,
): TranslationCheckResult {
  const problems: ContentProblem[] = [];
  const exercises = checkKind<Exercise, ExerciseTranslation>(
    files.exercises,
    {
      schema: exerciseTranslationSchema,
      sources: library.exercises,
      sourceFolder: folders.exercises,
      structure: exerciseStructure,
      pairs: exercisePairs,
      merge: translateExercise,
      mergedSchema: exerciseFrontMatterSchema,
      extra: readAloudProblems,
    },
    problems,
  );
  const checkIns = checkKind<CheckInInstrument, CheckInTranslation>(
    files.checkIns,
    {
      schema: checkInTranslationSchema,
      sources: library.checkIns,
      sourceFolder: folders.checkIns,
      structure: checkInStructure,
      pairs: checkInPairs,
      merge: translateCheckIn,
      mergedSchema: checkInFrontMatterSchema,
    },
    problems,
  );
  const templates = checkKind<WorkshopTemplate, TemplateTranslation>(
    files.templates,
    {
      schema: templateTranslationSchema,
      sources: library.templates,
      sourceFolder: folders.templates,
      structure: templateStructure,
      pairs: templatePairs,
      merge: translateTemplate,
      mergedSchema: templateFrontMatterSchema,
    },
    problems,
  );
  const coverage = { exercises: exercises.coverage, checkIns: checkIns.coverage, templates: templates.coverage };
  if (problems.length > 0) return { ok: false, problems, coverage };
  const byTitle = <D extends { title: string }>(a: D, b: D) => a.title.localeCompare(b.title, language);
  return {
    ok: true,
    translated: {
      language,
      exercises: exercises.merged.sort(byTitle),
      checkIns: checkIns.merged.sort(byTitle),
      templates: templates.merged.sort(byTitle),
      coverage,
    },
  };
}

/** One line per kind: "2 of 26 exercises". */
export function describeCoverage(coverage: TranslationCoverage): string {
  const part = (kind: KindCoverage, noun: string) => `${kind.translated} of ${kind.total} ${noun}`;
  return [part(coverage.exercises, 'exercises'), part(coverage.checkIns, 'check-in instruments'), part(coverage.templates, 'templates')].join(', ');
}
