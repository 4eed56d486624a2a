import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import { summarizeExercise } from '../../../domain/content/exercise-summary.ts';
import { adaptExercise, ownExerciseToMarkdown, type OwnExercise } from '../../../domain/content/own-exercise.ts';
import {
  groupSizeForPlan,
  ownTemplateToMarkdown,
  templateFromPlan,
  type PlanItemForTemplate,
  type TemplateDescription,
} from '../../../domain/content/own-template.ts';
import { exportSessions, parseBackup, restoreBackup } from '../../../renderer/src/data/backup.ts';
import { inEnglish } from '../../support/storage-words.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { Refusal } from '../../../renderer/src/data/errors.ts';
import { createOwnExerciseRepository } from '../../../renderer/src/data/own-exercise-repository.ts';
import { createOwnTemplateRepository, OwnTemplateRefusedError } from '../../../renderer/src/data/own-template-repository.ts';
import { systemClock } from '../../../renderer/src/data/session-repository.ts';
import { quickVault, TEST_PASSPHRASE } from '../../support/quick-vault.ts';
import { findSampleInstrument } from '../../support/sample-instrument.ts';
import { shippedCheckIns, shippedExercises } from '../../support/shipped-content.ts';

// A facilitator's own workshop templates in storage: made from a session's
// plan, checked by the content check's own template checks against the
// shipped library and the facilitator's own exercises, kept as Markdown,
// shared as files (a template with the exercises it needs, all or nothing),
// backed up, and sealed by the vault.

let shipped: Exercise[];
let checkInId: string;
let indexedDB: IDBFactory;
let own: OwnExercise;

beforeAll(async () => {
  shipped = (await shippedExercises()).filter((exercise) => !exercise.facilitation.needsExperiencedFacilitator);
  checkInId = (await shippedCheckIns())[0]!.id;
});

beforeEach(() => {
  indexedDB = new IDBFactory();
  own = { ...adaptExercise(shipped[0]!, new Set()), title: 'Our own version, canary-template-31' };
});

const open = () => new CommonGroundDatabase(findSampleInstrument, 'own-templates', { indexedDB, IDBKeyRange });

function repositories(db = open()) {
  const targets = {
    exercises: new Map(shipped.map((exercise) => [exercise.id, summarizeExercise(exercise)])),
    checkInIds: new Set([checkInId]),
    loadExercise: (id: string) => Promise.resolve(shipped.find((exercise) => exercise.id === id)),
  };
  return {
    db,
    exercises: createOwnExerciseRepository(db, systemClock),
    templates: createOwnTemplateRepository(db, systemClock, () => targets),
  };
}

const description: TemplateDescription = {
  title: 'Our evening, canary-template-31',
  summary: 'The agenda we ran with the tenants’ union, to run again.',
  preparation: 'Print the agreements.',
  body: 'What we learned running it.',
  audience: ['mixed'],
  groupSize: { min: 6, max: 20 },
  longStretchReason: '',
};

/** A plan of an own exercise, a break and a check-in; its template, as the save form makes it. */
function planDocument(items?: PlanItemForTemplate[], change: Partial<TemplateDescription> = {}) {
  const plan = items ?? [
    { kind: 'exercise', exerciseId: own.id },
    { kind: 'break', title: 'Tea', minutes: 10 },
    { kind: 'check-in', title: 'How are we doing?', minutes: 10, instrumentIds: [checkInId] },
  ];
  const durations = new Map([...shipped, own].map((exercise) => [exercise.id, exercise]));
  return templateFromPlan({ mode: 'facilitated', items: plan }, { ...description, ...change }, durations, new Set());
}

async function storedText(): Promise<string> {
  const raw = new Dexie('own-templates', { indexedDB, IDBKeyRange });
  await raw.open();
  const rows = [...(await raw.table('ownTemplates').toArray()), ...(await raw.table('ownExercises').toArray())];
  raw.close();
  return JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value));
}

describe('own templates made from a plan', () => {
  it('keeps a plan as a template in the format of content/templates, naming exercises by id and adding up their own durations', async () => {
    const { exercises, templates } = repositories();
    await exercises.save(own);
    const saved = await templates.save(planDocument());
    expect(saved.id).toMatch(/^own-[a-z0-9]{12}$/);
    expect(saved.durationMinutes).toBe(own.durationMinutes + 20);
    expect(saved.agenda[0]).toEqual({ kind: 'exercise', exercise: own.id });
    const markdown = await templates.markdownOf(saved.id);
    expect(markdown).toMatch(new RegExp(`^---\\nid: ${saved.id}\\nversion: 1\\ntitle: `));
    expect(markdown).toContain('\n---\n\nWhat we learned running it.\n');
    expect(await templates.list()).toEqual([{ template: saved, problems: [] }]);
  });

  it('refuses each guardrail of the content check, naming the field, and writes nothing', async () => {
    const { exercises, templates } = repositories();
    await exercises.save(own);
    const long = shipped.filter((exercise) => exercise.durationMinutes >= 40).slice(0, 2);
    const needsFacilitator = (await shippedExercises()).find((exercise) => exercise.facilitation.needsExperiencedFacilitator)!;
    const cases: [string, ReturnType<typeof planDocument>, string][] = [
      [
        'an exercise not kept',
        planDocument([
          { kind: 'exercise', exerciseId: 'own-gone' },
          { kind: 'break', title: 'Tea', minutes: 5 },
        ]),
        'agenda[0].exercise',
      ],
      [
        'a check-in instrument that does not exist',
        planDocument([
          { kind: 'exercise', exerciseId: own.id },
          { kind: 'check-in', title: 'Check-in', minutes: 5, instrumentIds: ['no-such'] },
        ]),
        'agenda[1].instruments[0]',
      ],
      [
        'a long stretch without a break or a reason',
        planDocument(long.map((exercise) => ({ kind: 'exercise', exerciseId: exercise.id }))),
        'agenda',
      ],
      ['no safety in numbers: a group size upside down', planDocument(undefined, { groupSize: { min: 20, max: 6 } }), 'groupSize.min'],
      ['no summary', planDocument(undefined, { summary: ' ' }), 'summary'],
      ['no audience', planDocument(undefined, { audience: [] }), 'audience'],
      ['minutes that do not add up', { ...planDocument(), durationMinutes: 3 }, 'durationMinutes'],
      [
        'a self-guided agenda with an exercise that needs an experienced facilitator',
        {
          ...templateFromPlan(
            {
              mode: 'self-guided',
              items: [
                { kind: 'exercise', exerciseId: needsFacilitator.id },
                { kind: 'break', title: 'Tea', minutes: 5 },
              ],
            },
            description,
            new Map([[needsFacilitator.id, needsFacilitator]]),
            new Set(),
          ),
        },
        'agenda[0].exercise',
      ],
    ];
    for (const [what, document, field] of cases) {
      const targets = {
        exercises: new Map([...shipped, needsFacilitator].map((exercise) => [exercise.id, summarizeExercise(exercise)])),
        checkInIds: new Set([checkInId]),
        loadExercise: () => Promise.resolve(undefined),
      };
      const checking = createOwnTemplateRepository(open(), systemClock, () => targets);
      const refusal = await (what.startsWith('a self-guided') ? checking : templates).save(document).catch((error: unknown) => error);
      expect(refusal, what).toBeInstanceOf(OwnTemplateRefusedError);
      expect(
        (refusal as OwnTemplateRefusedError).problems.map((problem) => problem.field),
        what,
      ).toContain(field);
      expect(await templates.check(document), what).not.toEqual([]);
    }
    expect(await templates.list()).toEqual([]);
  });

  it('lists a template whose exercise was deleted since, with the problem, rather than hiding it', async () => {
    const { exercises, templates } = repositories();
    await exercises.save(own);
    const saved = await templates.save(planDocument());
    await exercises.remove(own.id);
    const [kept] = await templates.list();
    expect(kept?.template.id).toBe(saved.id);
    expect(kept?.problems.map((problem) => problem.field)).toEqual(['agenda[0].exercise']);
  });

  it('groups: the size every exercise of a plan suits', () => {
    expect(groupSizeForPlan([{ groupSize: { min: 4, max: 30 } }, { groupSize: { min: 6, max: 20 } }])).toEqual({ min: 6, max: 20 });
    expect(groupSizeForPlan([])).toBeNull();
  });
});

describe('shared template files', () => {
  it('imports a template with the exercise it needs, all or nothing, and the same files again are refused', async () => {
    const source = repositories();
    await source.exercises.save(own);
    const saved = await source.templates.save(planDocument());
    const files = {
      exercises: [{ name: `${own.id}.md`, text: (await source.exercises.markdownOf(own.id))! }],
      templates: [{ name: `${saved.id}.md`, text: (await source.templates.markdownOf(saved.id))! }],
    };

    indexedDB = new IDBFactory();
    const elsewhere = repositories();
    // The template alone names an exercise this device does not have: refused, nothing written.
    const alone = await elsewhere.templates.importShared({ exercises: [], templates: files.templates }).catch((error: unknown) => error);
    expect(alone).toBeInstanceOf(OwnTemplateRefusedError);
    expect((alone as OwnTemplateRefusedError).problems).toEqual([
      expect.objectContaining({ file: `${saved.id}.md`, field: 'agenda[0].exercise' }),
    ]);
    // A hostile exercise beside a good template: nothing of either is written.
    const hostile = { name: 'hostile.md', text: '---\nid: own-x\ntitle: <script>alert(1)</script>\n---\nBody' };
    await expect(
      elsewhere.templates.importShared({ exercises: [hostile, ...files.exercises], templates: files.templates }),
    ).rejects.toBeInstanceOf(OwnTemplateRefusedError);
    expect(await elsewhere.templates.list()).toEqual([]);
    expect(await elsewhere.exercises.list()).toEqual([]);

    expect(await elsewhere.templates.importShared(files)).toEqual({ exercises: 1, templates: 1 });
    expect(await elsewhere.templates.list()).toEqual([{ template: saved, problems: [] }]);
    expect(await elsewhere.exercises.get(own.id)).toEqual(own);
    await expect(elsewhere.templates.importShared(files)).rejects.toBeInstanceOf(Refusal);
  });

  it('refuses an adapted exercise that drops a source of the exercise it was adapted from', async () => {
    const { templates } = repositories();
    const dropped = { ...own, sources: own.sources.slice(0, 1), title: 'Fewer sources' };
    const original = shipped.find((exercise) => exercise.id === (own.origin.kind === 'adapted' ? own.origin.exercise : ''))!;
    if (original.sources.length < 2) return expect(original.sources.length).toBeGreaterThan(0);
    const result = await templates.checkShared({ exercises: [{ name: 'fewer.md', text: ownExerciseToMarkdown(dropped) }], templates: [] });
    expect(result.ok ? [] : result.problems.map((problem) => problem.field)).toContain('sources');
  });
});

describe('own templates in backups and the vault', () => {
  it('a backup of everything carries them; keeping both copies renames the template and the exercise it names together', async () => {
    const { db, exercises, templates } = repositories();
    await exercises.save(own);
    const saved = await templates.save(planDocument());
    const parsed = parseBackup(await exportSessions(db, 'all', 5), findSampleInstrument);
    if (!parsed.ok) throw new Error(inEnglish(parsed.refusal));
    expect(parsed.backup.ownTemplates.map((record) => record.id)).toEqual([saved.id]);

    await templates.remove(saved.id);
    await restoreBackup(db, parsed.backup, 'keep-both', () => 'unused');
    expect(await templates.list()).toEqual([{ template: saved, problems: [] }]);

    // Both changed here since: the backup's copies go beside them, the template naming the backup's exercise.
    await exercises.save({ ...own, summary: 'Changed here.' });
    await db.ownTemplates.put({
      ...(await db.ownTemplates.get(saved.id))!,
      markdown: ownTemplateToMarkdown({ ...saved, summary: 'Changed here too.' }),
    });
    await restoreBackup(db, parsed.backup, 'keep-both', () => 'unused');
    const kept = await templates.list();
    expect(kept).toHaveLength(2);
    const beside = kept.find((entry) => entry.template.id !== saved.id)!;
    expect(beside.problems).toEqual([]);
    const named = beside.template.agenda[0]!.kind === 'exercise' ? beside.template.agenda[0]!.exercise : '';
    expect(named).not.toBe(own.id);
    expect((await exercises.get(named))?.summary).toBe(own.summary);
  });

  it('refuses a backup whose template fails the content check', async () => {
    const { db, exercises, templates } = repositories();
    await exercises.save(own);
    await templates.save(planDocument());
    const file = JSON.parse(await exportSessions(db, 'all', 5)) as { ownTemplates: { markdown: string }[] };
    const broken = {
      ...file,
      ownTemplates: [{ ...file.ownTemplates[0]!, markdown: file.ownTemplates[0]!.markdown.replace(/summary:.*\n/, '') }],
    };
    const result = parseBackup(JSON.stringify(broken), findSampleInstrument);
    expect(result.ok ? '' : inEnglish(result.refusal)).toMatch(
      /the template “own-[a-z0-9]{12}” does not pass the content check \(summary:/,
    );
  });

  it('is sealed with the vault on', async () => {
    const { db, exercises, templates } = repositories();
    await exercises.save(own);
    await templates.save(planDocument());
    expect(await storedText()).toContain('canary-template-31');
    await quickVault(db).turnOn(TEST_PASSPHRASE);
    expect(await storedText()).not.toContain('canary-template-31');
    await templates.save(planDocument(undefined, { title: 'Second, canary-template-31' }));
    expect(await storedText()).not.toContain('canary-template-31');
    expect((await templates.list()).map((entry) => entry.template.title)).toEqual([
      'Our evening, canary-template-31',
      'Second, canary-template-31',
    ]);
  });
});
