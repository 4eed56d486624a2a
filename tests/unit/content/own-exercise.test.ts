import { describe, expect, it } from 'vitest';
import { formatFieldProblem, type FieldProblem } from '../../../domain/content/content-problems.ts';
import { exerciseFromMarkdown } from '../../../domain/content/exercise-markdown.ts';
import { loadContent } from '../../../domain/content/load-content.ts';
import {
  adaptExercise,
  checkOwnExerciseAgainstLibrary,
  checkOwnExerciseDraft,
  newOwnId,
  sharedFileName,
  OWN_EXERCISE_LIMITS,
  ownExerciseFromMarkdown,
  ownExerciseToMarkdown,
} from '../../../domain/content/own-exercise.ts';
import { TEXT_LIMITS } from '../../../domain/sessions/session-vocabulary.ts';
import { contentFile, contentFileText, validCheckIn, validFrontMatter, validTemplate } from '../../support/exercise-source.ts';
import { shippedExercises } from '../../support/shipped-content.ts';

const own = (overrides: Record<string, unknown> = {}) => validFrontMatter({ id: 'own-sample', origin: { kind: 'written' }, ...overrides });

function problemsOf(text: string): string[] {
  const result = ownExerciseFromMarkdown(text);
  if (result.ok) throw new Error('expected the exercise to be refused');
  return result.problems.map(formatFieldProblem);
}

function without(frontMatter: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...frontMatter };
  delete copy[key];
  return copy;
}

describe('an own exercise', () => {
  it('is read with its origin and body', () => {
    const result = ownExerciseFromMarkdown(contentFileText(own()));
    expect(result).toMatchObject({ ok: true, exercise: { id: 'own-sample', origin: { kind: 'written' }, body: 'Why this exists.' } });
  });

  it('needs an origin, and an id with the own prefix', () => {
    expect(problemsOf(contentFileText(without(own(), 'origin')))).toEqual([expect.stringMatching(/^field "origin" /)]);
    expect(problemsOf(contentFileText(own({ id: 'sample-exercise' })))).toEqual([
      'field "id" must start with "own-", so it cannot be taken for a shipped exercise',
    ]);
    expect(problemsOf(contentFileText(own({ id: 'own-Not_An_Id' })))).toEqual(['field "id" must be lower-case words joined by hyphens']);
  });

  it('refuses an adapted origin without the exercise it came from', () => {
    expect(problemsOf(contentFileText(own({ origin: { kind: 'adapted', version: 2, title: 'Zero-sum check' } })))).toEqual([
      'field "origin.exercise" is missing (expected string)',
    ]);
  });
});

// Each per-file guardrail of `npm run content:check`, reached through the own-exercise path, with its message.
describe('the content check guardrails, on an own exercise', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['safety notes are required', without(own(), 'safetyNotes'), 'field "safetyNotes" is missing (expected string)'],
    ['safety notes may not be blank', own({ safetyNotes: '  ' }), 'field "safetyNotes" must not be empty'],
    ['a source is required', own({ sources: [] }), 'field "sources" must cite at least one source'],
    [
      'a source needs a venue',
      own({ sources: [{ authors: 'Author, A.', year: 2020, title: 'T', checkedAgainstFullText: true }] }),
      'field "sources[0].venue" is missing (expected string)',
    ],
    [
      'the steps add up to the duration',
      own({ durationMinutes: 30 }),
      'field "durationMinutes" is 30 but the steps add up to 15 minutes',
    ],
    [
      'recording anything says who sees it',
      own({ recording: { captures: ['notes'], keep: 'k', neverKeep: 'n', summary: 'shared' } }),
      'field "recording.whoSees" is missing: an exercise that records anything must say who sees what it keeps',
    ],
    [
      'identities are never recorded',
      own({ recording: { captures: ['identities'], keep: 'k', neverKeep: 'n', summary: 'shared', whoSees: 'w' } }),
      'field "recording.captures[0]" must never include "identities": the app never records anyone’s identity or group membership',
    ],
    [
      'a caucus exercise says why people self-identify, and offers a way not to',
      own({ audience: ['affected-caucus'] }),
      'field "selfIdentification" is missing: an exercise for affected-caucus has people meet as identity-defined groups, so it must say why and offer a way to take part without self-identifying',
    ],
    [
      'needing an experienced facilitator says why',
      own({ facilitation: { needsExperiencedFacilitator: true } }),
      'field "facilitation.why" is missing: say why this exercise needs an experienced facilitator',
    ],
    [
      'no script names an author not checked against the full text',
      own({ steps: [{ title: 'Open', minutes: 15, script: 'As Author showed, we do this.' }] }),
      'field "steps[0].script" names Author (2020), a source not yet checked against its full text: keep it out of what is read aloud, or check it and mark it so',
    ],
    ['keys are known', own({ steps: [{ title: 'Open', minutes: 15, script: 's', extra: 1 }] }), 'field "steps[0]" has unknown key(s): extra'],
  ])('%s', (_, frontMatter, message) => {
    expect(problemsOf(contentFileText(frontMatter))).toEqual([message]);
  });

  it('needs a body', () => {
    expect(problemsOf(contentFileText(own(), ''))).toEqual(['field "body" is empty: write the purpose and background below the front matter']);
  });

  it('gives the same messages as the content check for the same shipped-format file', () => {
    const broken = validFrontMatter({ safetyNotes: ' ', durationMinutes: 99 });
    const shipped = exerciseFromMarkdown(contentFileText(broken));
    const ownResult = ownExerciseFromMarkdown(contentFileText({ ...broken, id: 'own-x', origin: { kind: 'written' } }));
    expect(shipped.ok || ownResult.ok).toBe(false);
    if (shipped.ok || ownResult.ok) return;
    expect(ownResult.problems).toEqual(shipped.problems);
    const library = loadContent({ exercises: [contentFile('exercises', broken)], checkIns: [], templates: [] });
    expect(library.ok).toBe(false);
    if (library.ok) return;
    const fromLibrary = library.problems.filter((problem) => problem.file.endsWith('sample-exercise.md'));
    expect(fromLibrary.map(({ field, message, plain }) => ({ field, message, plain }))).toEqual(shipped.problems);
  });
});

describe('limits on an own exercise', () => {
  it('refuses more steps than the limit with one message', () => {
    const steps = Array.from({ length: 3000 }, () => ({ title: 'S', minutes: 1, script: 'x' }));
    expect(problemsOf(contentFileText(own({ steps, durationMinutes: 3000 })))).toEqual([
      `field "steps" has 3000 steps; an exercise may have at most ${OWN_EXERCISE_LIMITS.steps}`,
    ]);
  });

  it('accepts exactly the limit of steps', () => {
    const steps = Array.from({ length: OWN_EXERCISE_LIMITS.steps }, () => ({ title: 'S', minutes: 1, script: 'x' }));
    expect(ownExerciseFromMarkdown(contentFileText(own({ steps, durationMinutes: steps.length }))).ok).toBe(true);
  });

  it('refuses a file over the size limit before reading it, counting bytes not characters', () => {
    expect(problemsOf('x'.repeat(5_000_000))).toEqual(['is 5.0 MB; an exercise file may be at most 200 kB']);
    // 70,000 three-byte characters: under the limit in characters, over it in bytes.
    expect(problemsOf(contentFileText(own(), '€'.repeat(70_000)))).toEqual([expect.stringMatching(/^is 21\d kB; an exercise file may be at most 200 kB$/)]);
  });

  it('refuses a body longer than any other Markdown field may be', () => {
    expect(problemsOf(contentFileText(own(), 'a'.repeat(20_001)))).toEqual(['field "body" is longer than 20,000 characters']);
  });

  it('keeps a whole file within what a stored session may hold', () => {
    expect(OWN_EXERCISE_LIMITS.fileBytes).toBeLessThanOrEqual(TEXT_LIMITS.longText);
  });

  it('refuses a field over the schema limit', () => {
    expect(problemsOf(contentFileText(own({ title: 't'.repeat(121) })))).toEqual([expect.stringMatching(/^field "title" too big/)]);
  });
});

describe('an own exercise from the editor', () => {
  it('is checked as the file it would be exported as', () => {
    const { body, ...rest } = { ...own(), body: 'Why.' };
    expect(checkOwnExerciseDraft({ ...rest, body }).ok).toBe(true);
    const draft = checkOwnExerciseDraft({ ...rest, safetyNotes: undefined, body });
    expect(draft.ok ? [] : draft.problems.map(formatFieldProblem)).toEqual(['field "safetyNotes" is missing (expected string)']);
  });
});

describe('adapting a shipped exercise', () => {
  it('keeps everything, notes where it came from, and reads back as the same own exercise', async () => {
    const [shipped] = await shippedExercises();
    const adapted = adaptExercise(shipped!, new Set());
    expect(adapted.id).toMatch(/^own-[a-z0-9]{12}$/);
    expect(adapted.origin).toEqual({ kind: 'adapted', exercise: shipped!.id, version: shipped!.version, title: shipped!.title });
    expect(adapted.sources).toEqual(shipped!.sources);
    expect(ownExerciseFromMarkdown(ownExerciseToMarkdown(adapted))).toEqual({ ok: true, exercise: adapted });
    expect(checkOwnExerciseAgainstLibrary(adapted, [shipped!])).toEqual([]);
  });

  it('says when an adapted exercise leaves out a source of the original', async () => {
    const shipped = (await shippedExercises()).find((exercise) => exercise.sources.length > 1)!;
    const adapted = adaptExercise(shipped, new Set());
    const problems = checkOwnExerciseAgainstLibrary({ ...adapted, sources: adapted.sources.slice(1) }, [shipped]);
    expect(problems).toEqual([
      {
        field: 'sources',
        message: expect.stringContaining(`leaves out ${shipped.sources[0]!.authors}`),
        plain: { kind: 'leavesOutSource', authors: shipped.sources[0]!.authors, year: shipped.sources[0]!.year, title: shipped.title },
      },
    ]);
  });

  it('gives a new id when the first choice is taken', () => {
    // Random, so an id kept in the clear beside a sealed record says nothing of what it is about.
    expect(newOwnId(new Set())).toMatch(/^own-[a-z0-9]{12}$/);
    const fixed = (byte: number) => () => new Uint8Array(12).fill(byte);
    expect(newOwnId(new Set(), fixed(0))).toBe('own-aaaaaaaaaaaa');
    let calls = 0;
    const firstTaken = (count: number) => new Uint8Array(count).fill(calls++ === 0 ? 0 : 1);
    expect(newOwnId(new Set(['own-aaaaaaaaaaaa']), firstTaken)).toBe('own-bbbbbbbbbbbb');
    expect(newOwnId(new Set()).length).toBeLessThanOrEqual(OWN_EXERCISE_LIMITS.idCharacters);
    // A shared file is named for people: its title's words.
    expect(sharedFileName('Zero-sum check!')).toBe('zero-sum-check.md');
    expect(sharedFileName('¿¿??')).toBe('exercise.md');
  });
});

describe('the shipped library', () => {
  it('may not use the own-exercise prefix', () => {
    const exercise = contentFile('exercises', validFrontMatter({ id: 'own-sample' }));
    const result = loadContent({
      exercises: [exercise],
      checkIns: [contentFile('checkins', validCheckIn())],
      templates: [contentFile('templates', validTemplate({ agenda: [{ kind: 'exercise', exercise: 'own-sample' }, { kind: 'break', title: 'Break', minutes: 10 }], durationMinutes: 25 }))],
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { file: 'content/exercises/own-sample.md', field: 'id', message: `starts with "own-", which is kept for facilitators' own exercises and templates` },
    ]);
  });

  it('may not use the own prefix for a template either', () => {
    const result = loadContent({
      exercises: [contentFile('exercises', validFrontMatter({ id: 'sample' }))],
      checkIns: [contentFile('checkins', validCheckIn())],
      templates: [contentFile('templates', validTemplate({ id: 'own-plan', agenda: [{ kind: 'exercise', exercise: 'sample' }, { kind: 'break', title: 'Break', minutes: 10 }], durationMinutes: 25 }))],
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { file: 'content/templates/own-plan.md', field: 'id', message: `starts with "own-", which is kept for facilitators' own exercises and templates` },
    ]);
  });
});

describe('messages for facilitators', () => {
  it('are kinds and values, not the schema library’s terms (the app says them in the facilitator’s language)', () => {
    const problems = (text: string) => (ownExerciseFromMarkdown(text) as { problems: FieldProblem[] }).problems;
    const noSafety = problems(contentFileText(own({ safetyNotes: undefined })));
    expect(noSafety.map((problem) => problem.plain)).toEqual([{ kind: 'missing' }]);
    const longTitle = problems(contentFileText(own({ title: 'x'.repeat(121) })));
    expect(longTitle.map((problem) => problem.plain)).toEqual([{ kind: 'tooLong', max: 120 }]);
    const wordsForMinutes = problems(contentFileText(own({ durationMinutes: 'fifteen' })));
    expect(wordsForMinutes.map((problem) => problem.plain)).toEqual([{ kind: 'number' }]);
  });
});
