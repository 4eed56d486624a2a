import { zipSync } from 'fflate';
import type { FieldProblem } from '../../domain/content/content-problems.ts';
import type { Exercise } from '../../domain/content/exercise-schema.ts';
import {
  adaptExercise,
  checkOwnExerciseAgainstLibrary,
  ownExerciseFromMarkdown,
  ownExerciseToMarkdown,
} from '../../domain/content/own-exercise.ts';
import { checkOwnTemplate } from '../../domain/content/own-template.ts';
import { unpackShared } from '../../domain/content/shared-files.ts';
import type { TemplateTargets } from '../../domain/content/template-file.ts';
import { contentFileText, validFrontMatter, validTemplate } from './exercise-source.ts';
import { shippedExercises } from './shipped-content.ts';

// Documents a facilitator might write or be sent, each broken in one way, for
// the tests of what the content check says about them: every kind of problem
// an own exercise, an own template or an archive of shared files can have.

const own = (overrides: Record<string, unknown> = {}) => validFrontMatter({ id: 'own-sample', origin: { kind: 'written' }, ...overrides });
const exercise = (overrides: Record<string, unknown> = {}, body?: string) => contentFileText(own(overrides), body);
const without = (key: string) => {
  const copy = own();
  delete copy[key];
  return contentFileText(copy);
};
const source = (overrides: Record<string, unknown>) => ({
  sources: [{ authors: 'Author, A.', year: 2020, title: 'Title', venue: 'Journal', checkedAgainstFullText: false, ...overrides }],
});
const steps = (count: number) => Array.from({ length: count }, () => ({ title: 'S', minutes: 1, script: 'x' }));

/** Exercise files, each with what is wrong with it. */
export const BROKEN_EXERCISES: readonly [string, string][] = [
  ['no front matter', 'Just a body.'],
  ['YAML that does not parse', '---\ntitle: [unclosed\n---\n\nBody.\n'],
  ['a YAML tag', '---\ntitle: !!js/function "x"\n---\n\nBody.\n'],
  ['a YAML alias', '---\na: &x 1\nb: *x\n---\n\nBody.\n'],
  ['no safety notes', without('safetyNotes')],
  ['blank safety notes', exercise({ safetyNotes: '  ' })],
  ['an empty title', exercise({ title: '' })],
  ['a long title', exercise({ title: 'T'.repeat(121) })],
  ['long facilitator notes', exercise({ facilitatorNotes: 'N'.repeat(20_001) })],
  ['no body', exercise({}, '')],
  ['a long body', exercise({}, 'B'.repeat(20_001))],
  ['no frameworks', exercise({ frameworks: [] })],
  ['an unknown framework', exercise({ frameworks: ['astrology'] })],
  ['no audience', exercise({ audience: [] })],
  ['no steps', exercise({ steps: [], durationMinutes: 0 })],
  ['steps not a list', exercise({ steps: 'many' })],
  ['no sources', exercise({ sources: [] })],
  ['a duration in words', exercise({ durationMinutes: 'fifteen' })],
  ['a duration in fractions', exercise({ durationMinutes: 15.5 })],
  [
    'a zero step',
    exercise({
      steps: [
        { title: 'Open', minutes: 0, script: 's' },
        { title: 'Answer', minutes: 15, script: 's' },
      ],
    }),
  ],
  ['steps that do not add up', exercise({ durationMinutes: 30 })],
  ['a group smaller than one', exercise({ groupSize: { min: 0, max: 20 } })],
  ['a group of one and a half', exercise({ groupSize: { min: 1.5, max: 20 } })],
  ['a smallest group above the largest', exercise({ groupSize: { min: 30, max: 20 } })],
  ['a step with an unknown key', exercise({ steps: [{ title: 'Open', minutes: 15, script: 's', extra: 1 }] })],
  ['a step without a script', exercise({ steps: [{ title: 'Open', minutes: 15 }] })],
  [
    'recording identities',
    exercise({ recording: { captures: ['identities'], keep: 'k', neverKeep: 'n', summary: 'shared', whoSees: 'w' } }),
  ],
  [
    'recording an unknown kind',
    exercise({ recording: { captures: ['gossip'], keep: 'k', neverKeep: 'n', summary: 'shared', whoSees: 'w' } }),
  ],
  ['recording without saying who sees it', exercise({ recording: { captures: ['notes'], keep: 'k', neverKeep: 'n', summary: 'shared' } })],
  ['an unknown summary choice', exercise({ recording: { captures: [], keep: 'k', neverKeep: 'n', summary: 'public' } })],
  ['needing a facilitator without why', exercise({ facilitation: { needsExperiencedFacilitator: true } })],
  ['a caucus without self-identification', exercise({ audience: ['affected-caucus', 'coalition'] })],
  ['a source too old', exercise(source({ year: 1700 }))],
  ['a source from the future', exercise(source({ year: 2200 }))],
  ['a DOI with its address', exercise(source({ doi: 'https://doi.org/10.1/x' }))],
  ['a plain http address', exercise(source({ url: 'http://example.org/paper' }))],
  ['a source without venue', exercise({ sources: [{ authors: 'Author, A.', year: 2020, title: 'T', checkedAgainstFullText: true }] })],
  ['a checked flag in words', exercise(source({ checkedAgainstFullText: 'yes' }))],
  ['an unchecked author read aloud', exercise({ steps: [{ title: 'Open', minutes: 15, script: 'As Author showed, we do this.' }] })],
  ['a shipped-style id', exercise({ id: 'sample-exercise' })],
  ['an id with capitals', exercise({ id: 'own-Not_An_Id' })],
  ['a long id', exercise({ id: `own-${'a'.repeat(80)}` })],
  ['version zero', exercise({ version: 0 })],
  ['no origin', without('origin')],
  ['an unknown origin', exercise({ origin: { kind: 'borrowed' } })],
  ['an adaptation without its exercise', exercise({ origin: { kind: 'adapted', version: 2, title: 'Zero-sum check' } })],
  ['an unknown key', exercise({ colour: 'blue' })],
  ['thousands of steps', exercise({ steps: steps(3000), durationMinutes: 3000 })],
  [
    'too many sources',
    exercise({
      sources: Array.from({ length: 31 }, (_, i) => ({
        authors: `A${i}`,
        year: 2020,
        title: `T${i}`,
        venue: 'V',
        checkedAgainstFullText: true,
      })),
    }),
  ],
  ['a file over the limit', exercise({}, 'B'.repeat(250_000))],
  ['a file far over the limit', exercise({}, 'B'.repeat(1_500_000))],
];

/** What the checks say about an own exercise's file; with `library`, also the checks against it (a shipped id, an adaptation's sources). */
export function exerciseProblems(text: string, library: readonly Exercise[] = []): FieldProblem[] {
  const checked = ownExerciseFromMarkdown(text);
  return checked.ok ? checkOwnExerciseAgainstLibrary(checked.exercise, library) : checked.problems;
}

const targets: TemplateTargets = {
  exercises: new Map([
    ['sample-exercise', { id: 'sample-exercise', durationMinutes: 15, needsFacilitatorBecause: null }],
    ['long-exercise', { id: 'long-exercise', durationMinutes: 80, needsFacilitatorBecause: null }],
    ['hard-exercise', { id: 'hard-exercise', durationMinutes: 15, needsFacilitatorBecause: 'It can reopen old harm.' }],
  ]),
  checkInIds: new Set(['sample-check-in']),
};

const template = (overrides: Record<string, unknown> = {}, body?: string) =>
  contentFileText(validTemplate({ id: 'own-plan', durationMinutes: 35, ...overrides }), body);
const breakItem = { kind: 'break', title: 'Break', minutes: 10 };
// Each item its own object: YAML would write one object used twice as an alias, which the check refuses first.
const breaks = (count: number) => Array.from({ length: count }, () => ({ ...breakItem }));

/** Template files, each with what is wrong with it. */
export const BROKEN_TEMPLATES: readonly [string, string][] = [
  ['no front matter', 'Just a body.'],
  ['a missing exercise', template({ agenda: [{ kind: 'exercise', exercise: 'gone-exercise' }, breakItem], durationMinutes: 10 })],
  [
    'a missing check-in',
    template({ agenda: [breakItem, { kind: 'check-in', title: 'C', minutes: 10, instruments: ['gone-check-in'] }], durationMinutes: 20 }),
  ],
  [
    'no instruments',
    template({ agenda: [breakItem, { kind: 'check-in', title: 'C', minutes: 10, instruments: [] }], durationMinutes: 20 }),
  ],
  [
    'a long stretch',
    template({
      agenda: [
        { kind: 'exercise', exercise: 'long-exercise' },
        { kind: 'exercise', exercise: 'sample-exercise' },
      ],
      durationMinutes: 95,
    }),
  ],
  ['minutes that do not add up', template({ durationMinutes: 50 })],
  [
    'a self-guided template with a hard exercise',
    template({ mode: 'self-guided', agenda: [{ kind: 'exercise', exercise: 'hard-exercise' }, breakItem], durationMinutes: 25 }),
  ],
  ['one item', template({ agenda: [breakItem], durationMinutes: 10 })],
  ['too many items', template({ agenda: breaks(61), durationMinutes: 610 })],
  ['an unknown mode', template({ mode: 'anarchic' })],
  ['an unknown kind of item', template({ agenda: [breakItem, { kind: 'party', title: 'P', minutes: 5 }] })],
  ['no audience', template({ audience: [] })],
  ['a retention of zero days', template({ suggestedRetentionDays: 0 })],
  ['a shipped-style id', template({ id: 'sample-template' })],
  ['a file over the limit', template({}, 'B'.repeat(150_000))],
];

export function templateProblems(text: string): FieldProblem[] {
  const checked = checkOwnTemplate(text, targets);
  return checked.ok ? [] : checked.problems;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Archives of shared files that are refused before their files are checked. */
export const REFUSED_ARCHIVES: readonly [string, Uint8Array][] = [
  ['not an archive', encode('plain text, not a zip')],
  ['a script inside', zipSync({ 'exercises/run.sh': encode('rm -rf ~') })],
  ['too many files', zipSync(Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`exercises/e${i}.md`, encode('x')])))],
  ['a file too large', zipSync({ 'exercises/big.md': new Uint8Array(250_000) })],
  ['a file not UTF-8', zipSync({ 'exercises/latin.md': new Uint8Array([0xff, 0xfe, 0x41]) })],
  ['no Markdown files', zipSync({ '__MACOSX/x.md': encode('x') })],
  ['an archive over the limit', new Uint8Array(21 * 1024 * 1024)],
];

/**
 * Every broken document above with what the checks say about it, by a name
 * for the case ("exercise: no safety notes"); an archive's refusal is a
 * problem of the whole file. The library's checks run against a shipped
 * exercise: an own one with its id, and an adaptation that drops a source.
 */
export async function brokenDocumentProblems(): Promise<[string, FieldProblem[]][]> {
  const shipped = (await shippedExercises()).find((candidate) => candidate.id === 'agreements-and-floor-protocol')!;
  const adapted = adaptExercise(shipped, new Set());
  const archive = (bytes: Uint8Array): FieldProblem[] => {
    const read = unpackShared(bytes);
    return read.ok ? [] : [{ field: '', message: read.message, plain: read.plain }];
  };
  return [
    ...BROKEN_EXERCISES.map(([name, text]): [string, FieldProblem[]] => [`exercise: ${name}`, exerciseProblems(text)]),
    ['library: shipped id', exerciseProblems(ownExerciseToMarkdown({ ...adapted, id: shipped.id }), [shipped])],
    ['library: source left out', exerciseProblems(ownExerciseToMarkdown({ ...adapted, sources: adapted.sources.slice(1) }), [shipped])],
    ...BROKEN_TEMPLATES.map(([name, text]): [string, FieldProblem[]] => [`template: ${name}`, templateProblems(text)]),
    ...REFUSED_ARCHIVES.map(([name, bytes]): [string, FieldProblem[]] => [`archive: ${name}`, archive(bytes)]),
  ];
}
