import path from 'node:path';
import type { Plugin } from 'vite';
import { summarizeExercise } from '../domain/content/exercise-summary.ts';
import { summarizeCheckIn, summarizeTemplate } from '../domain/content/library-summaries.ts';
import type { ContentLibrary } from '../domain/content/load-content.ts';
import { CONTENT_SUBFOLDERS, InvalidContentError, loadContentLibrary, type ContentLocation } from './content-files.ts';

export const CONTENT_LIBRARY_MODULE = 'virtual:content-library';
export const CONTENT_DETAILS_MODULE = 'virtual:content-details';
const EXERCISE_DETAIL_PREFIX = 'virtual:exercise-detail/';

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

  const loadLibrary = () => {
    library ??= loadContentLibrary(location).then((result) => {
      if (!result.ok) throw new InvalidContentError(result.problems);
      return result.library;
    });
    return library;
  };

  return {
    name: 'common-ground:content-library',
    buildStart() {
      library = null;
    },
    watchChange(id) {
      if (id.startsWith(location.contentDir)) library = null;
    },
    resolveId(id) {
      return id === CONTENT_LIBRARY_MODULE || id === CONTENT_DETAILS_MODULE || id.startsWith(EXERCISE_DETAIL_PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:')) return null;
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
}
