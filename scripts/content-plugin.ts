import path from 'node:path';
import type { Plugin } from 'vite';
import { InvalidContentError, loadExerciseLibrary, type ContentLocation } from './content-files.ts';

export const EXERCISE_LIBRARY_MODULE = 'virtual:exercise-library';
const RESOLVED_ID = `\0${EXERCISE_LIBRARY_MODULE}`;

/**
 * Validates the Markdown content at build time and hands the renderer the
 * parsed exercises as a module. Invalid content fails the build with the
 * same messages as `npm run content:check`; it never reaches a running app.
 */
export function exerciseLibraryPlugin(location: ContentLocation): Plugin {
  return {
    name: 'common-ground:exercise-library',
    resolveId(id) {
      return id === EXERCISE_LIBRARY_MODULE ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(path.join(location.contentDir, 'exercises'));
      const result = await loadExerciseLibrary(location);
      if (!result.ok) throw new InvalidContentError(result.problems);
      return `export default ${JSON.stringify(result.exercises)};`;
    },
  };
}
