// npm run content:check [-- --dir <content folder>]
// Validates every content file and names file, field and problem.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../domain/content/load-exercises.ts';
import { loadExerciseLibrary } from './content-files.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const projectRoot = path.resolve(import.meta.dirname, '..');
const contentDir = values.dir ? path.resolve(values.dir) : path.join(projectRoot, 'content');

const result = await loadExerciseLibrary({ contentDir, projectRoot });
if (result.ok) {
  console.log(`Content check passed: ${result.exercises.length} exercises in ${path.relative(process.cwd(), contentDir) || '.'}.`);
} else {
  console.error(`Content check failed with ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
