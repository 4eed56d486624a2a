// npm run content:check [-- --dir <content folder>]
// Validates every content file (exercises, check-in instruments, templates)
// and the references between them; names file, field and problem.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../domain/content/content-problems.ts';
import { loadContentLibrary } from './content-files.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const projectRoot = path.resolve(import.meta.dirname, '..');
const contentDir = values.dir ? path.resolve(values.dir) : path.join(projectRoot, 'content');

const result = await loadContentLibrary({ contentDir, projectRoot });
if (result.ok) {
  const { exercises, checkIns, templates } = result.library;
  const where = path.relative(process.cwd(), contentDir) || '.';
  console.log(
    `Content check passed: ${exercises.length} exercises, ${checkIns.length} check-in instruments, ${templates.length} templates in ${where}.`,
  );
} else {
  console.error(`Content check failed with ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
