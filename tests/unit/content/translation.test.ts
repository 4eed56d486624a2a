import path from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import type { ContentLibrary } from '../../../domain/content/load-content.ts';
import { translateCheckIn, translateExercise, translateTemplate } from '../../../domain/content/translate-content.ts';
import { checkTranslations, type TranslationFiles } from '../../../domain/content/translation-check.ts';
import { exerciseTranslationSchema } from '../../../domain/content/translation-schema.ts';
import { loadContentLibrary, loadTranslations, translationLanguages } from '../../../scripts/content-files.ts';

// Translations hold words only: everything that decides how long, how many
// and what is kept comes from the English source, and content:check refuses
// a translation that does not follow its source step for step.

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const location = { contentDir: path.join(projectRoot, 'content'), projectRoot };
const FOLDERS = { exercises: 'content/exercises', checkIns: 'content/checkins', templates: 'content/templates' };

let library: ContentLibrary;
let exercise: Exercise;

beforeAll(async () => {
  const result = await loadContentLibrary(location);
  if (!result.ok) throw new Error('the English library must be valid');
  library = result.library;
  // An exercise with prompts, a recording policy and several steps.
  exercise = library.exercises.find((candidate) => candidate.id === 'caucus-agenda-setting')!;
});

/** A translation's front matter for an exercise, in "Spanish": the English words with a marker, figures kept. */
function exerciseTranslation(source: Exercise): Record<string, unknown> {
  const es = (words: string) => `ES ${words}`;
  return {
    source: source.id,
    sourceVersion: source.version,
    title: es(source.title).slice(0, 120),
    summary: source.summary,
    ...(source.contentWarning ? { contentWarning: es(source.contentWarning).slice(0, 400) } : {}),
    steps: source.steps.map((step, index) => ({
      step: index + 1,
      title: es(step.title),
      script: es(step.script),
      ...(step.prompt ? { prompt: es(step.prompt) } : {}),
    })),
    facilitatorNotes: es(source.facilitatorNotes),
    safetyNotes: es(source.safetyNotes),
    recording: {
      keep: es(source.recording.keep),
      neverKeep: es(source.recording.neverKeep),
      ...(source.recording.whoSees ? { whoSees: es(source.recording.whoSees) } : {}),
    },
    ...(source.facilitation.why ? { facilitation: { why: source.facilitation.why } } : {}),
    ...(source.selfIdentification ? { selfIdentification: { why: es(source.selfIdentification.why), alternative: es(source.selfIdentification.alternative) } } : {}),
  };
}

const fileText = (frontMatter: Record<string, unknown>, body = 'ES body with no figures.') => `---\n${stringify(frontMatter)}---\n\n${body}\n`;

function check(exerciseFiles: { path: string; text: string }[], more: Partial<TranslationFiles> = {}) {
  return checkTranslations('es', library, { exercises: exerciseFiles, checkIns: [], templates: [], ...more }, FOLDERS);
}

function problemsFor(frontMatter: Record<string, unknown>, body?: string) {
  const result = check([{ path: `content/es/exercises/${exercise.id}.md`, text: fileText(frontMatter, body) }]);
  return result.ok ? [] : result.problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`);
}

function withBody(source: Exercise) {
  // The source body's figures (years of citations) must stay: keep them in the test body.
  return `ES ${source.body}`;
}

describe('a translation is words only', () => {
  it('a well-formed translation passes and its merged exercise keeps every timing and rule of the source', () => {
    const result = check([{ path: `content/es/exercises/${exercise.id}.md`, text: fileText(exerciseTranslation(exercise), withBody(exercise)) }]);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const merged = result.translated.exercises[0]!;
    expect(merged.title).toBe(`ES ${exercise.title}`);
    expect(merged.steps.map((step) => step.minutes)).toEqual(exercise.steps.map((step) => step.minutes));
    expect(merged.steps[0]!.script).toBe(`ES ${exercise.steps[0]!.script}`);
    expect(merged.durationMinutes).toBe(exercise.durationMinutes);
    expect(merged.groupSize).toEqual(exercise.groupSize);
    expect(merged.recording.captures).toEqual(exercise.recording.captures);
    expect(merged.recording.summary).toBe(exercise.recording.summary);
    expect(merged.sources).toEqual(exercise.sources);
  });

  it('the schema refuses a translation that carries minutes, captures, a group size or sources', () => {
    const base = exerciseTranslation(exercise);
    const steps = base.steps as Record<string, unknown>[];
    const attempts = [
      { ...base, steps: steps.map((step) => ({ ...step, minutes: 1 })) },
      { ...base, recording: { ...(base.recording as object), captures: ['caucus-membership'] } },
      { ...base, groupSize: { min: 2, max: 40 } },
      { ...base, durationMinutes: 5 },
      { ...base, sources: exercise.sources },
    ];
    for (const attempt of attempts) expect(exerciseTranslationSchema.safeParse(attempt).success).toBe(false);
    expect(problemsFor(attempts[0]!, withBody(exercise))).toContainEqual(expect.stringMatching(/steps\[0\]: has unknown key\(s\): minutes/));
    expect(problemsFor(attempts[1]!, withBody(exercise))).toContainEqual(expect.stringMatching(/recording: has unknown key\(s\): captures/));
  });

  it('the merge takes every non-text field from the source even when the translation object carries one', () => {
    const smuggled = {
      ...(exerciseTranslation(exercise) as ReturnType<typeof exerciseTranslationSchema.parse>),
      body: 'ES',
      durationMinutes: 1,
      groupSize: { min: 1, max: 99 },
      recording: { keep: 'k', neverKeep: 'n', whoSees: 'w', captures: ['caucus-membership'], summary: 'shared' },
      steps: exercise.steps.map((step, index) => ({ step: index + 1, title: 't', script: 's', minutes: 99 })),
      sources: [],
      version: 99,
    };
    const merged = translateExercise(exercise, smuggled as never);
    expect(merged.durationMinutes).toBe(exercise.durationMinutes);
    expect(merged.groupSize).toEqual(exercise.groupSize);
    expect(merged.recording.captures).toEqual(exercise.recording.captures);
    expect(merged.recording.summary).toBe(exercise.recording.summary);
    expect(merged.steps.map((step) => step.minutes)).toEqual(exercise.steps.map((step) => step.minutes));
    expect(merged.sources).toEqual(exercise.sources);
    expect(merged.version).toBe(exercise.version);

    const instrument = library.checkIns.find((candidate) => candidate.id === 'ally-acceptance')!;
    const mergedCheckIn = translateCheckIn(instrument, {
      source: instrument.id,
      sourceVersion: instrument.version,
      title: 't',
      summary: 's',
      formativeNotice: 'f',
      participantIntro: 'p',
      scale: { minLabel: 'a', maxLabel: 'b', min: 0, max: 100 },
      items: instrument.items.map((item) => ({ id: item.id, text: 'x', reverseScored: !item.reverseScored })),
      patterns: instrument.patterns.map((pattern) => ({ ...pattern, priority: 99, when: [], title: 'p' })),
      minimumGroupSize: 1,
      body: 'b',
    } as never);
    expect(mergedCheckIn.minimumGroupSize).toBe(instrument.minimumGroupSize);
    expect(mergedCheckIn.scale).toEqual({ ...instrument.scale, minLabel: 'a', maxLabel: 'b' });
    expect(mergedCheckIn.items.map((item) => item.reverseScored)).toEqual(instrument.items.map((item) => item.reverseScored));
    expect(mergedCheckIn.patterns.map(({ when, priority }) => ({ when, priority }))).toEqual(instrument.patterns.map(({ when, priority }) => ({ when, priority })));

    const template = library.templates.find((candidate) => candidate.id === 'first-session-mixed-group')!;
    const mergedTemplate = translateTemplate(template, {
      source: template.id,
      sourceVersion: template.version,
      title: 't',
      summary: 's',
      preparation: 'p',
      agenda: template.agenda.map((item) => ({ ...item, minutes: 1, instruments: [] })),
      durationMinutes: 1,
      body: 'b',
    } as never);
    expect(mergedTemplate.agenda).toEqual(template.agenda);
    expect(mergedTemplate.durationMinutes).toBe(template.durationMinutes);
  });
});

describe('content:check on a deliberately broken translation', () => {
  const broken = (change: (translation: Record<string, unknown>) => void, body?: string) => {
    const translation = structuredClone(exerciseTranslation(exercise));
    change(translation);
    return problemsFor(translation, body ?? withBody(exercise));
  };
  const steps = (translation: Record<string, unknown>) => translation.steps as Record<string, string | number>[];
  const where = "content/es/exercises/caucus-agenda-setting.md";

  it('a missing step', () => {
    expect(broken((t) => steps(t).pop())).toContainEqual(
      `${where}: steps: has ${exercise.steps.length - 1} step(s) but the source has ${exercise.steps.length}: translate every step, no more`,
    );
  });

  it('two steps swapped', () => {
    expect(broken((t) => steps(t).reverse())).toContainEqual(expect.stringMatching(/steps\[0\]\.step: is \d+ but this is step 1: keep the steps in the source's order/));
  });

  it('a changed placeholder', () => {
    const problems = broken((t) => (steps(t)[0]!.script += ' {{nombre}}'));
    expect(problems).toContainEqual(expect.stringMatching(/steps\[0\]\.script: has the placeholders nombre but the source has none/));
  });

  it('a changed link target', () => {
    const problems = broken((t) => (t.safetyNotes += ' [ayuda](https://example.org/es)'));
    expect(problems).toContainEqual(expect.stringMatching(/safetyNotes: has the link targets https:\/\/example\.org\/es but the source has none/));
  });

  it('a changed figure', () => {
    const minutes = exercise.steps[0]!.script.match(/\d+/)?.[0];
    const problems = broken((t) => (steps(t)[0]!.script += ' 7'));
    expect(problems).toContainEqual(expect.stringMatching(/steps\[0\]\.script: has the figures .*7.* but the source has/));
    expect(minutes === undefined || problems.some((problem) => problem.includes(minutes))).toBe(true);
  });

  it('a stale source version', () => {
    expect(broken((t) => (t.sourceVersion = exercise.version + 1))).toContainEqual(
      `${where}: sourceVersion: is stale: it is ${exercise.version + 1} but content/exercises/${exercise.id}.md is at version ${exercise.version}; bring the translation up to date with the source, then set sourceVersion: ${exercise.version}`,
    );
  });

  it('an unknown field', () => {
    expect(broken((t) => (t.durationMinutes = 5))).toContainEqual(`${where}: : has unknown key(s): durationMinutes`);
  });

  it('an empty text', () => {
    expect(broken((t) => (t.safetyNotes = '  '))).toContainEqual(`${where}: safetyNotes: must not be empty`);
    expect(broken(() => undefined, '')).toContainEqual(expect.stringMatching(/body: is empty/));
  });

  it('a text the source lacks, or lacking one it has', () => {
    expect(exercise.facilitation.why).toBeUndefined();
    expect(broken((t) => (t.facilitation = { why: 'ES' }))).toContainEqual(
      `${where}: facilitation.why: is not in the source: a translation holds only the texts its source has`,
    );
    expect(broken((t) => delete steps(t)[0]!.prompt)).toContainEqual(
      `${where}: steps[0].prompt: is missing: the source has this text, so the translation must translate it`,
    );
  });

  it('a translation of nothing, or named after another file', () => {
    expect(broken((t) => (t.source = 'no-such-exercise'))).toEqual(
      expect.arrayContaining([
        `${where}: source: is "no-such-exercise" but the file is named "${exercise.id}.md": name a translation after the file it translates`,
        `${where}: source: names "no-such-exercise", which is not in content/exercises`,
      ]),
    );
  });

  it('a translated title longer than the screens allow', () => {
    expect(broken((t) => (t.title = 'x'.repeat(130)))).toContainEqual(expect.stringMatching(/title: .*120.* \(once translated\)/));
  });
});

describe('coverage', () => {
  it('counts what is translated per kind and lists what is not', () => {
    const result = check([{ path: `content/es/exercises/${exercise.id}.md`, text: fileText(exerciseTranslation(exercise), withBody(exercise)) }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { coverage } = result.translated;
    expect(coverage.exercises.translated).toBe(1);
    expect(coverage.exercises.total).toBe(library.exercises.length);
    expect(coverage.exercises.untranslated).toHaveLength(library.exercises.length - 1);
    expect(coverage.exercises.untranslated).not.toContain(exercise.id);
    expect(coverage.checkIns).toEqual({ translated: 0, total: library.checkIns.length, untranslated: library.checkIns.map((i) => i.id).sort() });
    expect(coverage.templates.translated).toBe(0);
  });
});

describe('the shipped translation trees', () => {
  it('each passes its checks, Spanish among them', async () => {
    const languages = await translationLanguages(location.contentDir);
    expect(languages).toContain('es');
    for (const language of languages) {
      const result = await loadTranslations(location, language, library);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });
});
