import path from 'node:path';
import type { CheckInInstrument } from '../../domain/content/check-in-schema.ts';
import type { Exercise } from '../../domain/content/exercise-schema.ts';
import { loadContentLibrary } from '../../scripts/content-files.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The shipped check-in instruments, as the app's build has them. */
export async function shippedCheckIns(): Promise<CheckInInstrument[]> {
  const result = await loadContentLibrary({ contentDir: path.join(projectRoot, 'content'), projectRoot });
  if (!result.ok) throw new Error('The shipped content does not load; run npm run content:check.');
  return result.library.checkIns;
}

/** The shipped exercises, as the app's build has them. */
export async function shippedExercises(): Promise<Exercise[]> {
  const result = await loadContentLibrary({ contentDir: path.join(projectRoot, 'content'), projectRoot });
  if (!result.ok) throw new Error('The shipped content does not load; run npm run content:check.');
  return result.library.exercises;
}
