import { stringify } from 'yaml';

/** A valid exercise front matter, to be broken one field at a time by tests. */
export function validFrontMatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'sample-exercise',
    version: 1,
    title: 'Sample exercise',
    summary: 'A short exercise used by the tests.',
    frameworks: ['needs-based-model'],
    audience: ['mixed'],
    durationMinutes: 15,
    groupSize: { min: 4, max: 20 },
    steps: [
      { title: 'Open', minutes: 5, script: 'Say hello.' },
      { title: 'Answer', minutes: 10, script: 'Invite answers.', prompt: 'What would tell you this space works for you?' },
    ],
    facilitatorNotes: 'Watch the time.',
    safetyNotes: 'Anyone may pass.',
    recording: { keep: 'Agreed norms only.', neverKeep: 'Names.' },
    sources: [{ citation: 'Author, A. (2020). Title. Journal, 1(1), 1–2.', doi: '10.1002/ejsp.2720', checkedAgainstFullText: false }],
    ...overrides,
  };
}

export function exerciseFileText(frontMatter: Record<string, unknown>, body = 'Why this exercise exists.'): string {
  return `---\n${stringify(frontMatter)}---\n\n${body}\n`;
}
