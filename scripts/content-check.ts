// npm run content:check [-- --dir <content folder>]
// Validates every content file (exercises, check-in instruments, templates)
// and the references between them; names file, field and problem. Then each
// translation tree (content/<language>/) against the English library, with
// how much of the library each language covers.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../domain/content/content-problems.ts';
import { describeCoverage } from '../domain/content/translation-check.ts';
import { loadContentLibrary, loadTranslations, translationLanguages } from './content-files.ts';

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
  for (const language of await translationLanguages(contentDir)) {
    const translations = await loadTranslations({ contentDir, projectRoot }, language, result.library);
    const coverage = translations.ok ? translations.translated.coverage : translations.coverage;
    const untranslated = [...coverage.templates.untranslated, ...coverage.exercises.untranslated, ...coverage.checkIns.untranslated];
    if (translations.ok) {
      console.log(`Translations (${language}) passed: ${describeCoverage(coverage)} translated.`);
      if (untranslated.length > 0) console.log(`  Not yet translated (shown in English, labelled): ${untranslated.join(', ')}.`);
    } else {
      console.error(
        `Translations (${language}) failed with ${translations.problems.length} problem(s) (${describeCoverage(coverage)} translated):`,
      );
      for (const problem of translations.problems) console.error(`  ${formatProblem(problem)}`);
      process.exitCode = 1;
    }
  }
} else {
  console.error(`Content check failed with ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
