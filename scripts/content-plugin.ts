import path from 'node:path';
import type { Plugin } from 'vite';
import { summarizeExercise } from '../domain/content/exercise-summary.ts';
import { summarizeCheckIn, summarizeTemplate } from '../domain/content/library-summaries.ts';
import type { ContentLibrary } from '../domain/content/load-content.ts';
import type { TranslatedLibrary } from '../domain/content/translation-check.ts';
import { CONTENT_SUBFOLDERS, InvalidContentError, loadContentLibrary, loadTranslations, type ContentLocation } from './content-files.ts';

export const CONTENT_LIBRARY_MODULE = 'virtual:content-library';
export const CONTENT_DETAILS_MODULE = 'virtual:content-details';
const EXERCISE_DETAIL_PREFIX = 'virtual:exercise-detail/';
/** `virtual:content-translations/es`: one language's translated documents and what is not yet translated. */
export const CONTENT_TRANSLATIONS_PREFIX = 'virtual:content-translations/';
/** `virtual:translated-exercise/es/<id>`: one translated exercise's full text, loaded when it is opened. */
const TRANSLATED_EXERCISE_PREFIX = 'virtual:translated-exercise/';
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/**
 * Validates the Markdown content at build time and hands it to the renderer
 * as modules. Invalid content fails the build with the same messages as
 * `npm run content:check`; it never reaches a running app.
 *
 * The library module carries summaries only; full check-ins and templates
 * are a second module, and each exercise's full text its own, loaded by the
 * screens that show them, so the first screen stays small.
 */
export function contentLibraryPlugin(location: ContentLocation): Plugin {
  let library: Promise<ContentLibrary> | null = null;
  const translations = new Map<string, Promise<TranslatedLibrary>>();

  const loadLibrary = () => {
    library ??= loadContentLibrary(location).then((result) => {
      if (!result.ok) throw new InvalidContentError(result.problems);
      return result.library;
    });
    return library;
  };

  // Loaded only when a translation module is asked for, so the English modules behave exactly as before.
  const loadLanguage = (language: string) => {
    if (!LANGUAGE.test(language)) throw new Error(`"${language}" is not a language folder name such as "es".`);
    let translated = translations.get(language);
    if (!translated) {
      translated = loadLibrary().then(async (english) => {
        const result = await loadTranslations(location, language, english);
        if (!result.ok) throw new InvalidContentError(result.problems);
        return result.translated;
      });
      translations.set(language, translated);
    }
    return translated;
  };

  return {
    name: 'common-ground:content-library',
    buildStart() {
      library = null;
      translations.clear();
    },
    watchChange(id) {
      if (id.startsWith(location.contentDir)) {
        library = null;
        translations.clear();
      }
    },
    resolveId(id) {
      if (id.startsWith(CONTENT_TRANSLATIONS_PREFIX) || id.startsWith(TRANSLATED_EXERCISE_PREFIX)) return `\0${id}`;
      return id === CONTENT_LIBRARY_MODULE || id === CONTENT_DETAILS_MODULE || id.startsWith(EXERCISE_DETAIL_PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      if (id.startsWith(`\0${CONTENT_TRANSLATIONS_PREFIX}`) || id.startsWith(`\0${TRANSLATED_EXERCISE_PREFIX}`))
        return loadTranslationModule(this, id.slice(1));
      for (const folder of Object.values(CONTENT_SUBFOLDERS)) this.addWatchFile(path.join(location.contentDir, folder));
      const { exercises, checkIns, templates } = await loadLibrary();

      if (id === `\0${CONTENT_LIBRARY_MODULE}`) {
        const loaders = exercises
          .map((exercise) => `  [${JSON.stringify(exercise.id)}, () => import(${JSON.stringify(EXERCISE_DETAIL_PREFIX + exercise.id)})],`)
          .join('\n');
        // As JSON text for JSON.parse, which V8 reads much faster than the same data as a JavaScript literal.
        const asJson = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
        return [
          `export const exerciseSummaries = ${asJson(exercises.map(summarizeExercise))};`,
          `export const checkInSummaries = ${asJson(checkIns.map(summarizeCheckIn))};`,
          `export const templateSummaries = ${asJson(templates.map(summarizeTemplate))};`,
          `const detailLoaders = new Map([\n${loaders}\n]);`,
          `export function loadExerciseDetail(id) {`,
          `  const load = detailLoaders.get(id);`,
          `  return load ? load().then((module) => module.default) : Promise.resolve(undefined);`,
          `}`,
        ].join('\n');
      }

      if (id === `\0${CONTENT_DETAILS_MODULE}`) {
        return `export const checkIns = ${JSON.stringify(checkIns)};\nexport const templates = ${JSON.stringify(templates)};`;
      }

      const exerciseId = id.slice(`\0${EXERCISE_DETAIL_PREFIX}`.length);
      const exercise = exercises.find((candidate) => candidate.id === exerciseId);
      if (!exercise) throw new Error(`No exercise "${exerciseId}" in the content library.`);
      return `export default ${JSON.stringify(exercise)};`;
    },
  };

  /**
   * A language's module: the same shapes as the English modules, for the
   * documents that are translated (merged: the source's timings, sizes,
   * recording rules, pattern rules and sources, with the translation's
   * words), plus the ids that are not, which the app shows in English with
   * a visible label. Untranslated documents are not in it: nothing is mixed
   * in silently.
   */
  async function loadTranslationModule(context: { addWatchFile(file: string): void }, id: string): Promise<string> {
    const exerciseRequest = id.startsWith(TRANSLATED_EXERCISE_PREFIX);
    const rest = id.slice((exerciseRequest ? TRANSLATED_EXERCISE_PREFIX : CONTENT_TRANSLATIONS_PREFIX).length);
    const [language = '', exerciseId] = exerciseRequest ? rest.split('/') : [rest];
    for (const folder of Object.values(CONTENT_SUBFOLDERS)) {
      context.addWatchFile(path.join(location.contentDir, folder));
      context.addWatchFile(path.join(location.contentDir, language, folder));
    }
    const translated = await loadLanguage(language);

    if (exerciseRequest) {
      const exercise = translated.exercises.find((candidate) => candidate.id === exerciseId);
      if (!exercise) throw new Error(`No exercise "${exerciseId ?? ''}" is translated into "${language}".`);
      return `export default ${JSON.stringify(exercise)};`;
    }
    const loaders = translated.exercises
      .map(
        (exercise) =>
          `  [${JSON.stringify(exercise.id)}, () => import(${JSON.stringify(`${TRANSLATED_EXERCISE_PREFIX}${language}/${exercise.id}`)})],`,
      )
      .join('\n');
    const asJson = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
    const { coverage } = translated;
    return [
      `export const language = ${JSON.stringify(language)};`,
      `export const exerciseSummaries = ${asJson(translated.exercises.map(summarizeExercise))};`,
      `export const checkInSummaries = ${asJson(translated.checkIns.map(summarizeCheckIn))};`,
      `export const templateSummaries = ${asJson(translated.templates.map(summarizeTemplate))};`,
      `export const checkIns = ${asJson(translated.checkIns)};`,
      `export const templates = ${asJson(translated.templates)};`,
      `export const untranslated = ${asJson({ exercises: coverage.exercises.untranslated, checkIns: coverage.checkIns.untranslated, templates: coverage.templates.untranslated })};`,
      `const detailLoaders = new Map([\n${loaders}\n]);`,
      `/** The translated exercise, or undefined when it is not translated (show the English one, labelled). */`,
      `export function loadExerciseDetail(id) {`,
      `  const load = detailLoaders.get(id);`,
      `  return load ? load().then((module) => module.default) : Promise.resolve(undefined);`,
      `}`,
    ].join('\n');
  }
}
