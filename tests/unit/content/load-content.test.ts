import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentFile } from '../../../domain/content/content-problems.ts';
import { loadContent, type ContentFiles } from '../../../domain/content/load-content.ts';
import { contentFile, validCheckIn, validFrontMatter, validTemplate } from '../../support/exercise-source.ts';

const exercise = (overrides: Record<string, unknown> = {}, body?: string) => contentFile('exercises', validFrontMatter(overrides), body);
const checkIn = (overrides: Record<string, unknown> = {}) => contentFile('checkins', validCheckIn(overrides));
const template = (overrides: Record<string, unknown> = {}) => contentFile('templates', validTemplate(overrides));

function files(parts: Partial<ContentFiles> = {}): ContentFiles {
  return { exercises: [exercise()], checkIns: [checkIn()], templates: [template()], ...parts };
}

function problemsOf(content: ContentFiles): string[] {
  const result = loadContent(content);
  if (result.ok) throw new Error('expected the content to be refused');
  return result.problems.map(formatProblem);
}

function without(frontMatter: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...frontMatter };
  delete copy[key];
  return copy;
}

describe('loadContent: valid content', () => {
  it('loads exercises, check-ins and templates with their bodies', () => {
    const result = loadContent(files());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.library.exercises.map((e) => e.id)).toEqual(['sample-exercise']);
    expect(result.library.exercises[0]?.body).toBe('Why this exists.');
    expect(result.library.checkIns.map((c) => c.id)).toEqual(['sample-check-in']);
    expect(result.library.templates.map((t) => t.id)).toEqual(['sample-template']);
  });
});

describe('loadContent: exercises', () => {
  it('names the file and the missing field', () => {
    expect(problemsOf(files({ exercises: [contentFile('exercises', without(validFrontMatter(), 'summary'))] }))).toEqual([
      'content/exercises/sample-exercise.md: field "summary" is missing (expected string)',
    ]);
  });

  it('refuses an exercise without safety notes, or with empty ones', () => {
    expect(problemsOf(files({ exercises: [contentFile('exercises', without(validFrontMatter(), 'safetyNotes'))] }))).toEqual([
      'content/exercises/sample-exercise.md: field "safetyNotes" is missing (expected string)',
    ]);
    expect(problemsOf(files({ exercises: [exercise({ safetyNotes: '   ' })] }))).toEqual([
      'content/exercises/sample-exercise.md: field "safetyNotes" must not be empty',
    ]);
  });

  it('refuses an exercise without sources', () => {
    expect(problemsOf(files({ exercises: [exercise({ sources: [] })] }))).toEqual([
      'content/exercises/sample-exercise.md: field "sources" must cite at least one source',
    ]);
  });

  it.each([
    ['caucus-membership', 'the app never records who was in which caucus'],
    ['identities', 'identity'],
    ['names', 'names'],
    ['individual-responses', 'anonymous aggregates'],
  ])('refuses an exercise that records %s', (capture, reason) => {
    const recording = { captures: ['notes', capture], keep: 'Notes.', neverKeep: 'Names.', summary: 'shared' };
    const [problem] = problemsOf(files({ exercises: [exercise({ recording })] }));
    expect(problem).toContain(`content/exercises/sample-exercise.md: field "recording.captures[1]" must never include "${capture}"`);
    expect(problem).toContain(reason);
  });

  it('refuses an unknown kind of record, listing the allowed ones', () => {
    const recording = { captures: ['photos'], keep: 'x', neverKeep: 'y', summary: 'shared' };
    expect(problemsOf(files({ exercises: [exercise({ recording })] }))[0]).toMatch(/"photos" is not a kind of record; use one of: notes, agreements/);
  });

  it('names the field of a wrong type, down to the step', () => {
    const steps = [
      { title: 'Open', minutes: 'five', script: 'Say hello.' },
      { title: 'Answer', minutes: 10, script: 'Invite answers.' },
    ];
    expect(problemsOf(files({ exercises: [exercise({ steps })] }))).toContain(
      'content/exercises/sample-exercise.md: field "steps[0].minutes" expected number, received string',
    );
  });

  it('refuses step durations that do not add up', () => {
    expect(problemsOf(files({ exercises: [exercise({ durationMinutes: 20 })] }))).toContain(
      'content/exercises/sample-exercise.md: field "durationMinutes" is 20 but the steps add up to 15 minutes',
    );
  });

  it('refuses a duplicate id and names both files', () => {
    const copy: ContentFile = { path: 'content/exercises/other/sample-exercise.md', text: exercise().text };
    expect(problemsOf(files({ exercises: [exercise(), copy] }))).toContain(
      'content/exercises/other/sample-exercise.md: field "id" "sample-exercise" is already used by content/exercises/sample-exercise.md',
    );
  });

  it('requires the file name to match the id', () => {
    const renamed: ContentFile = { path: 'content/exercises/renamed.md', text: exercise().text };
    expect(problemsOf(files({ exercises: [renamed] }))).toContain(
      'content/exercises/renamed.md: field "id" is "sample-exercise" but the file is named "renamed.md"; they must match',
    );
  });

  it('refuses unknown keys, an unknown framework or audience, and an inverted group size', () => {
    expect(problemsOf(files({ exercises: [exercise({ safteyNotes: 'typo' })] }))[0]).toMatch(/has unknown key\(s\): safteyNotes/);
    const vocabulary = problemsOf(files({ exercises: [exercise({ frameworks: ['astrology'], audience: ['everyone'] })] }));
    expect(vocabulary.some((p) => p.includes('field "frameworks[0]"'))).toBe(true);
    expect(vocabulary.some((p) => p.includes('field "audience[0]"'))).toBe(true);
    expect(problemsOf(files({ exercises: [exercise({ groupSize: { min: 12, max: 6 } })] }))[0]).toMatch(
      /field "groupSize\.min" \(12\) is larger than max \(6\)/,
    );
  });

  it('refuses a source DOI written as a URL', () => {
    const sources = [{ authors: 'X, Y.', year: 2020, title: 'T', venue: 'V', doi: 'https://doi.org/10.1/x', checkedAgainstFullText: true }];
    expect(problemsOf(files({ exercises: [exercise({ sources })] }))[0]).toMatch(/field "sources\[0\]\.doi" must be a bare DOI/);
  });

  it('refuses a file without front matter, YAML that does not parse, and an empty body', () => {
    const problems = problemsOf(
      files({
        exercises: [
          exercise(),
          { path: 'content/exercises/plain.md', text: '# Just a heading\n' },
          { path: 'content/exercises/broken.md', text: '---\ntitle: [unclosed\n---\nBody\n' },
          exercise({ id: 'no-body' }, ''),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/plain\.md: has no front matter/),
      expect.stringMatching(/broken\.md: has a front matter that is not valid YAML/),
      expect.stringMatching(/no-body\.md: field "body" is empty/),
    ]);
  });

  it('refuses an empty folder', () => {
    expect(problemsOf(files({ exercises: [], templates: [] }))).toEqual([
      'content/exercises: contains no content files',
      'content/templates: contains no content files',
    ]);
  });
});

describe('loadContent: check-in instruments', () => {
  it('refuses an instrument without a minimum group size, or with one below five', () => {
    expect(problemsOf(files({ checkIns: [contentFile('checkins', without(validCheckIn(), 'minimumGroupSize'))] }))).toEqual([
      'content/checkins/sample-check-in.md: field "minimumGroupSize" is missing (expected number)',
    ]);
    expect(problemsOf(files({ checkIns: [checkIn({ minimumGroupSize: 3 })] }))[0]).toMatch(
      /field "minimumGroupSize" must be at least 5: below that an average can point at a person/,
    );
  });

  it('refuses a pattern that names an item the instrument does not have', () => {
    const patterns = [
      {
        id: 'p',
        title: 'P',
        priority: 1,
        when: [{ measure: 'item-mean', item: 'missing', comparison: 'at-most', value: 2 }],
        prompt: 'x',
        responses: [{ text: 'y' }],
        groupGuidance: 'z',
      },
    ];
    expect(problemsOf(files({ checkIns: [checkIn({ patterns })] }))).toEqual([
      'content/checkins/sample-check-in.md: field "patterns[0].when[0].item" names "missing", which is not one of this instrument\'s items',
    ]);
  });

  it('refuses thresholds outside the scale, duplicate items and unknown actions', () => {
    const base = validCheckIn();
    const [pattern] = base['patterns'] as Record<string, unknown>[];
    const outside = { ...pattern, when: [{ measure: 'track-mean', comparison: 'at-most', value: 9 }] };
    expect(problemsOf(files({ checkIns: [checkIn({ patterns: [outside] })] }))).toEqual([
      'content/checkins/sample-check-in.md: field "patterns[0].when[0].value" (9) is outside the scale',
    ]);

    const items = [
      { id: 'same', text: 'A', reverseScored: false },
      { id: 'same', text: 'B', reverseScored: false },
    ];
    expect(problemsOf(files({ checkIns: [checkIn({ items })] }))).toEqual(['content/checkins/sample-check-in.md: field "items[1].id" "same" is used twice']);

    const unknownAction = { ...pattern, responses: [{ text: 'Dance.', action: 'start-a-party' }] };
    expect(problemsOf(files({ checkIns: [checkIn({ patterns: [unknownAction] })] }))[0]).toMatch(/field "patterns\[0\]\.responses\[0\]\.action"/);
  });
});

describe('loadContent: templates', () => {
  it('refuses a self-guided template with an exercise that needs an experienced facilitator, and says why', () => {
    const needsOne = exercise({ facilitation: { needsExperiencedFacilitator: true, why: 'It stages painful moments.' } });
    expect(problemsOf(files({ exercises: [needsOne], templates: [template({ mode: 'self-guided' })] }))).toEqual([
      'content/templates/sample-template.md: field "agenda[0].exercise" names "sample-exercise", which needs an experienced facilitator, so a self-guided template cannot include it: It stages painful moments.',
    ]);
    // The same agenda is fine for a facilitated session.
    expect(loadContent(files({ exercises: [needsOne] })).ok).toBe(true);
  });

  it('refuses an exercise that needs a facilitator without saying why', () => {
    expect(problemsOf(files({ exercises: [exercise({ facilitation: { needsExperiencedFacilitator: true } })] }))).toEqual([
      'content/exercises/sample-exercise.md: field "facilitation.why" is missing: say why this exercise needs an experienced facilitator',
    ]);
  });

  it('refuses a template that references a missing exercise or check-in', () => {
    const agenda = [
      { kind: 'exercise', exercise: 'not-written-yet' },
      { kind: 'check-in', title: 'Check-in', minutes: 10, instruments: ['no-such-check-in'] },
    ];
    expect(problemsOf(files({ templates: [template({ agenda })] }))).toEqual([
      'content/templates/sample-template.md: field "agenda[0].exercise" names "not-written-yet", which is not in content/exercises',
      'content/templates/sample-template.md: field "agenda[1].instruments[0]" names "no-such-check-in", which is not in content/checkins',
    ]);
  });

  it('refuses an agenda that does not add up, counting each exercise at its own length', () => {
    expect(problemsOf(files({ templates: [template({ durationMinutes: 40 })] }))).toEqual([
      'content/templates/sample-template.md: field "durationMinutes" is 40 but the agenda adds up to 35 minutes (each exercise counts for its own duration)',
    ]);
  });

  it('refuses an unknown kind of agenda item', () => {
    const agenda = [
      { kind: 'exercise', exercise: 'sample-exercise' },
      { kind: 'party', minutes: 20 },
    ];
    expect(problemsOf(files({ templates: [template({ agenda })] }))[0]).toMatch(/field "agenda\[1\]\.kind"/);
  });
});

/** Every problem the check reports, or none. */
function problemsIfAny(content: ContentFiles): string[] {
  const result = loadContent(content);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('guardrails of the second edition', () => {
  const base = validFrontMatter();
  const recording = base['recording'] as Record<string, unknown>;

  it('requires an exercise that records anything to say who sees it', () => {
    const withoutWhoSees = without(recording, 'whoSees');
    expect(problemsIfAny(files({ exercises: [exercise({ recording: withoutWhoSees })] }))).toEqual([
      'content/exercises/sample-exercise.md: field "recording.whoSees" is missing: an exercise that records anything must say who sees what it keeps',
    ]);
    // Recording nothing, there is nothing to say.
    expect(problemsIfAny(files({ exercises: [exercise({ recording: { ...withoutWhoSees, captures: [] } })] }))).toEqual([]);
  });

  it('requires an exercise run in identity-defined groups to say why, and to offer a way without self-identifying', () => {
    const problems = problemsIfAny(files({ exercises: [exercise({ audience: ['affected-caucus'] })] }));
    expect(problems).toEqual([expect.stringMatching(/field "selfIdentification" is missing: an exercise for affected-caucus/)]);
    const declared = { why: 'People meet as a caucus.', alternative: 'Send points on an unsigned card through the facilitator.' };
    expect(problemsIfAny(files({ exercises: [exercise({ audience: ['coalition'], selfIdentification: declared })] }))).toEqual([]);
    expect(
      problemsIfAny(files({ exercises: [exercise({ audience: ['coalition'], selfIdentification: { why: 'People meet as groups.' } })] })),
    ).toEqual([expect.stringMatching(/field "selfIdentification\.alternative" is missing/)]);
  });

  it('keeps the authors of a source not checked against its full text out of what is read aloud', () => {
    const steps = [
      { title: 'Open', minutes: 5, script: 'Say hello.' },
      { title: 'Answer', minutes: 10, script: 'A study by Author and others found this.', prompt: 'Answer.' },
    ];
    expect(problemsIfAny(files({ exercises: [exercise({ steps })] }))).toEqual([
      'content/exercises/sample-exercise.md: field "steps[1].script" names Author (2020), a source not yet checked against its full text: keep it out of what is read aloud, or check it and mark it so',
    ]);
    const checked = [{ ...(base['sources'] as Record<string, unknown>[])[0], checkedAgainstFullText: true }];
    expect(problemsIfAny(files({ exercises: [exercise({ steps, sources: checked })] }))).toEqual([]);
    // A name inside a longer word is not a citation.
    const authorship = [steps[0], { ...steps[1], script: 'Authorship is shared here.' }];
    expect(problemsIfAny(files({ exercises: [exercise({ steps: authorship })] }))).toEqual([]);
  });

  it('requires every source to have a year, a title and a venue', () => {
    const [source] = base['sources'] as Record<string, unknown>[];
    for (const field of ['year', 'title', 'venue']) {
      const incomplete = without(source!, field);
      expect(problemsIfAny(files({ exercises: [exercise({ sources: [incomplete] })] }))).toEqual([
        expect.stringContaining(`field "sources[0].${field}" is missing`),
      ]);
    }
  });

  it('refuses a source written differently in two files, naming the field that differs', () => {
    const [source] = base['sources'] as Record<string, unknown>[];
    const second = (sources: unknown[]) => contentFile('exercises', validFrontMatter({ id: 'second-exercise', sources }));
    expect(problemsIfAny(files({ exercises: [exercise(), second([{ ...source, checkedAgainstFullText: true }])] }))).toEqual([
      'content/exercises/second-exercise.md: field "sources[0].checkedAgainstFullText" differs from the same source in content/exercises/sample-exercise.md (checkedAgainstFullText): write a source the same way in every file',
    ]);
    // The same DOI under another title, or the same title without its DOI, is the same paper told two ways.
    expect(problemsIfAny(files({ exercises: [exercise(), second([{ ...source, title: 'Title, retold' }])] }))).toEqual([
      expect.stringContaining('field "sources[0].title" differs from the same source in content/exercises/sample-exercise.md'),
    ]);
    expect(problemsIfAny(files({ exercises: [exercise(), second([without(source!, 'doi')])] }))).toEqual([
      expect.stringContaining('field "sources[0].doi" differs'),
    ]);
    // Written identically, or a different paper altogether: nothing to say.
    expect(problemsIfAny(files({ exercises: [exercise(), second([source])] }))).toEqual([]);
    expect(problemsIfAny(files({ exercises: [exercise(), second([{ ...without(source!, 'doi'), title: 'Other', year: 2011 }])] }))).toEqual([]);
  });

  it('refuses a template with more than 75 minutes without a break, unless it says why', () => {
    const long = {
      durationMinutes: 95,
      agenda: [
        { kind: 'check-in', title: 'Opening', minutes: 40, instruments: ['sample-check-in'] },
        { kind: 'check-in', title: 'More', minutes: 40, instruments: ['sample-check-in'] },
        { kind: 'exercise', exercise: 'sample-exercise' },
      ],
    };
    expect(problemsIfAny(files({ templates: [template(long)] }))).toEqual([
      'content/templates/sample-template.md: field "agenda" runs 95 minutes without a break (items 1 to 3); add a break within 75 minutes, or say why not in "longStretchReason"',
    ]);
    expect(problemsIfAny(files({ templates: [template({ ...long, longStretchReason: 'A single evening meeting; people leave when they need.' })] }))).toEqual([]);
  });
});
