import { stringify } from 'yaml';
import type { ContentFile } from '../../domain/content/content-problems.ts';

// Valid content of each kind, to be broken one field at a time by tests.

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
    recording: {
      captures: ['agreements'],
      keep: 'Agreed norms only.',
      neverKeep: 'Names.',
      summary: 'shared',
      whoSees: 'Everyone in the session, on the screen and in the printed summary.',
    },
    facilitation: { needsExperiencedFacilitator: false },
    sources: [
      {
        authors: 'Author, A.',
        year: 2020,
        title: 'Title',
        venue: 'Journal, 1(1), 1–2',
        doi: '10.1002/ejsp.2720',
        checkedAgainstFullText: false,
      },
    ],
    ...overrides,
  };
}

export function validCheckIn(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'sample-check-in',
    version: 1,
    title: 'Sample check-in',
    track: 'affected',
    audience: ['mixed'],
    summary: 'Two items for the tests.',
    formativeNotice: 'Feedback for the facilitator, not a measurement.',
    participantIntro: 'Answer privately. Skip any item.',
    scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Fully' },
    minimumGroupSize: 5,
    items: [
      { id: 'heard', text: 'I was heard.', reverseScored: false },
      { id: 'worried', text: 'I worried about how I came across.', reverseScored: true },
    ],
    patterns: [
      {
        id: 'low',
        title: 'Low or falling',
        priority: 1,
        when: [
          { measure: 'track-mean', comparison: 'at-most', value: 3 },
          { measure: 'track-mean', comparison: 'dropped-by-at-least', value: 1 },
        ],
        prompt: 'Pause.',
        responses: [{ text: 'Offer caucus time.', action: 'insert-caucus-time' }],
        groupGuidance: 'Pause and offer caucus time.',
      },
    ],
    sources: [{ authors: 'Author, A.', year: 2020, title: 'Another title', venue: 'Journal, 1(1), 1–2', checkedAgainstFullText: false }],
    ...overrides,
  };
}

export function validTemplate(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'sample-template',
    version: 1,
    title: 'Sample template',
    summary: 'An agenda for the tests.',
    mode: 'facilitated',
    audience: ['mixed'],
    durationMinutes: 35,
    groupSize: { min: 5, max: 20 },
    preparation: 'Print the slips.',
    agenda: [
      { kind: 'exercise', exercise: 'sample-exercise' },
      { kind: 'break', title: 'Break', minutes: 10 },
      { kind: 'check-in', title: 'Closing check-in', minutes: 10, instruments: ['sample-check-in'] },
    ],
    ...overrides,
  };
}

export function contentFileText(frontMatter: Record<string, unknown>, body = 'Why this exists.'): string {
  return `---\n${stringify(frontMatter)}---\n\n${body}\n`;
}

export function contentFile(
  folder: 'exercises' | 'checkins' | 'templates',
  frontMatter: Record<string, unknown>,
  body?: string,
): ContentFile {
  return { path: `content/${folder}/${String(frontMatter['id'])}.md`, text: contentFileText(frontMatter, body) };
}
