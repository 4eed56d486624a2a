import { describe, expect, it } from 'vitest';
import { formatProblem, loadExercises, type ContentFile } from '../../../domain/content/load-exercises.ts';
import { exerciseFileText, validFrontMatter } from '../../support/exercise-source.ts';

function file(frontMatter: Record<string, unknown>, path = `content/exercises/${String(frontMatter['id'])}.md`, body?: string): ContentFile {
  return { path, text: exerciseFileText(frontMatter, body) };
}

function problemsOf(files: ContentFile[]): string[] {
  const result = loadExercises(files);
  if (result.ok) throw new Error('expected the content to be refused');
  return result.problems.map(formatProblem);
}

describe('loadExercises', () => {
  it('accepts a valid exercise and keeps its body', () => {
    const result = loadExercises([file(validFrontMatter())]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exercises).toHaveLength(1);
    expect(result.exercises[0]?.body).toBe('Why this exercise exists.');
    expect(result.exercises[0]?.sourceFile).toBe('content/exercises/sample-exercise.md');
  });

  it('names the file and the missing field', () => {
    const withoutSummary = validFrontMatter();
    delete withoutSummary['summary'];
    expect(problemsOf([file(withoutSummary)])).toEqual(['content/exercises/sample-exercise.md: field "summary" is missing (expected string)']);
  });

  it('names the file and the field of a wrong type, down to the step', () => {
    const steps = [
      { title: 'Open', minutes: 'five', script: 'Say hello.' },
      { title: 'Answer', minutes: 10, script: 'Invite answers.' },
    ];
    const [problem] = problemsOf([file(validFrontMatter({ steps }))]);
    expect(problem).toMatch(/sample-exercise\.md: field "steps\[0\]\.minutes" expected number/);
  });

  it('refuses step durations that do not add up to the exercise duration', () => {
    const [problem] = problemsOf([file(validFrontMatter({ durationMinutes: 20 }))]);
    expect(problem).toBe('content/exercises/sample-exercise.md: field "durationMinutes" is 20 but the steps add up to 15 minutes');
  });

  it('refuses a duplicate id and names both files', () => {
    const problems = problemsOf([
      file(validFrontMatter(), 'content/exercises/sample-exercise.md'),
      file(validFrontMatter(), 'content/exercises/other/sample-exercise.md'),
    ]);
    expect(problems).toContain(
      'content/exercises/other/sample-exercise.md: field "id" "sample-exercise" is already used by content/exercises/sample-exercise.md',
    );
  });

  it('requires the file name to match the id', () => {
    const [problem] = problemsOf([file(validFrontMatter(), 'content/exercises/renamed.md')]);
    expect(problem).toMatch(/renamed\.md: field "id" is "sample-exercise" but the file is named "renamed\.md"/);
  });

  it('refuses unknown keys, so a misspelt field is not silently ignored', () => {
    const [problem] = problemsOf([file(validFrontMatter({ safteyNotes: 'typo' }))]);
    expect(problem).toMatch(/has unknown key\(s\): safteyNotes/);
  });

  it('refuses an unknown framework or audience', () => {
    const problems = problemsOf([file(validFrontMatter({ frameworks: ['astrology'], audience: ['everyone'] }))]);
    expect(problems.some((p) => p.includes('field "frameworks[0]"'))).toBe(true);
    expect(problems.some((p) => p.includes('field "audience[0]"'))).toBe(true);
  });

  it('refuses a group size whose minimum exceeds its maximum', () => {
    const [problem] = problemsOf([file(validFrontMatter({ groupSize: { min: 12, max: 6 } }))]);
    expect(problem).toMatch(/field "groupSize\.min" \(12\) is larger than max \(6\)/);
  });

  it('refuses a source DOI written as a URL', () => {
    const sources = [{ citation: 'X (2020).', doi: 'https://doi.org/10.1/x', checkedAgainstFullText: true }];
    const [problem] = problemsOf([file(validFrontMatter({ sources }))]);
    expect(problem).toMatch(/field "sources\[0\]\.doi" must be a bare DOI/);
  });

  it('refuses a file without front matter, and YAML that does not parse', () => {
    const problems = problemsOf([
      { path: 'content/exercises/plain.md', text: '# Just a heading\n' },
      { path: 'content/exercises/broken.md', text: '---\ntitle: [unclosed\n---\nBody\n' },
    ]);
    expect(problems[0]).toMatch(/plain\.md: has no front matter/);
    expect(problems[1]).toMatch(/broken\.md: has a front matter that is not valid YAML/);
  });

  it('refuses an empty body', () => {
    const [problem] = problemsOf([file(validFrontMatter(), undefined, '')]);
    expect(problem).toMatch(/field "body" is empty/);
  });

  it('refuses an empty library', () => {
    expect(problemsOf([])).toEqual(['content/exercises: contains no exercise files']);
  });

  it('reports every problem in every file at once', () => {
    const problems = problemsOf([
      file(validFrontMatter({ id: 'first', durationMinutes: 99 })),
      file(validFrontMatter({ id: 'second', title: '' })),
    ]);
    expect(problems).toHaveLength(2);
  });
});
