import { fieldProblem, type ContentProblem, type FieldProblem } from '../../../domain/content/content-problems.ts';
import type { TemplateExercise, TemplateTargets } from '../../../domain/content/template-file.ts';
import type { OwnTemplate } from '../../../domain/content/own-template.ts';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import type { SharedFiles } from '../../../domain/content/shared-files.ts';
import type { OwnExercise } from '../../../domain/content/own-exercise.ts';
import type { CommonGroundDatabase, OwnTemplateRecord } from './database.ts';
import { quoted, Refusal } from './errors.ts';
import type { Clock } from './session-repository.ts';

export type { OwnTemplateRecord, SharedFiles };

// A facilitator's own workshop templates, each kept as the text of its
// Markdown file in the format of content/templates. A template is checked
// as the content check checks a shipped one, against the shipped library
// and the facilitator's own exercises, before it is written; when read, what
// it names is checked again (an exercise may have been deleted since), and a
// template that no longer adds up is listed with its problems rather than
// hidden. With the vault on, the text is sealed under the library's key.

/** An own template or shared files that do not pass the checks: nothing was written; each problem names its file and field. */
export class OwnTemplateRefusedError extends Refusal {
  constructor(readonly problems: readonly FieldProblem[]) {
    super({ key: 'refusal.own.fails', values: { problems: { problems } } });
  }
}

/** The shipped library's part of what a template may name. */
export interface ShippedTargets {
  exercises: ReadonlyMap<string, TemplateExercise>;
  checkInIds: ReadonlySet<string>;
  /** A shipped exercise in full, for the check that an adapted one keeps its sources. */
  loadExercise: (id: string) => Promise<Exercise | undefined>;
}

/** An own template as read: its problems are those of what it names now (empty when it can be planned from). */
export interface KeptTemplate {
  template: OwnTemplate;
  problems: FieldProblem[];
}

/** What shared files would add, checked in full; `problems` name the file they concern. */
export type SharedCheck =
  { ok: true; exercises: OwnExercise[]; templates: OwnTemplate[]; alreadyKept: string[] } | { ok: false; problems: ContentProblem[] };

const validators = () =>
  Promise.all([import('../../../domain/content/own-template.ts'), import('../../../domain/content/own-exercise.ts')]);

export function createOwnTemplateRepository(db: CommonGroundDatabase, clock: Clock, shipped: () => ShippedTargets) {
  /** The shipped library and every own exercise that passes its checks, with `extra` exercises (from shared files) beside them. */
  async function targets(extra: readonly OwnExercise[] = []): Promise<TemplateTargets> {
    const [, { ownExerciseFromMarkdown }] = await validators();
    const { exercises, checkInIds } = shipped();
    const all = new Map(exercises);
    const own = (await db.ownExercises.toArray()).map((record) => ownExerciseFromMarkdown(record.markdown));
    for (const checked of own) if (checked.ok) all.set(checked.exercise.id, asTarget(checked.exercise));
    for (const exercise of extra) all.set(exercise.id, asTarget(exercise));
    return { exercises: all, checkInIds };
  }

  async function read(record: OwnTemplateRecord, library: TemplateTargets): Promise<KeptTemplate | null> {
    const [{ ownTemplateFileProblems }] = await validators();
    const { template, problems } = ownTemplateFileProblems(record.markdown);
    if (!template || problems.length > 0) return null;
    const { checkTemplateAgainstLibrary } = await import('../../../domain/content/template-file.ts');
    return { template, problems: checkTemplateAgainstLibrary(template, library) };
  }

  /**
   * Checks shared files as one: every exercise on its own, then every
   * template against the library, the own exercises here and the
   * exercises beside it. Nothing is written.
   */
  async function checkShared(files: SharedFiles): Promise<SharedCheck> {
    const [{ checkOwnTemplate }, { ownExerciseFromMarkdown, checkOwnExerciseAgainstLibrary }] = await validators();
    const problems: ContentProblem[] = [];
    const exercises: OwnExercise[] = [];
    for (const file of files.exercises) {
      const checked = ownExerciseFromMarkdown(file.text);
      const { origin } = checked.ok ? checked.exercise : { origin: null };
      // An adapted exercise still cites the sources of the shipped one it came from, as the editor requires.
      const original = origin?.kind === 'adapted' ? await shipped().loadExercise(origin.exercise) : undefined;
      const fileProblems = checked.ok ? checkOwnExerciseAgainstLibrary(checked.exercise, original ? [original] : []) : checked.problems;
      if (checked.ok && fileProblems.length === 0) exercises.push(checked.exercise);
      else problems.push(...inFile(file.name, fileProblems));
    }
    const library = await targets(exercises);
    const templates: OwnTemplate[] = [];
    for (const file of files.templates) {
      const checked = checkOwnTemplate(file.text, library);
      if (checked.ok) templates.push(checked.template);
      else problems.push(...inFile(file.name, checked.problems));
    }
    const ids = [...exercises, ...templates].map((entry) => entry.id);
    const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
    for (const id of new Set(twice)) problems.push({ file: '', ...fieldProblem('', { kind: 'sameIdTwice', id }) });
    if (problems.length > 0) return { ok: false, problems };
    const [keptExercises, keptTemplates] = await Promise.all([
      db.ownExercises.bulkGet(exercises.map((exercise) => exercise.id)),
      db.ownTemplates.bulkGet(templates.map((template) => template.id)),
    ]);
    const alreadyKept = [...keptExercises, ...keptTemplates].filter((record) => record !== undefined).map((record) => record.id);
    return { ok: true, exercises, templates, alreadyKept };
  }

  return {
    /** Every own template whose file passes its checks, by title, each with what no longer adds up. */
    async list(): Promise<KeptTemplate[]> {
      const records = await db.ownTemplates.toArray();
      if (records.length === 0) return []; // nothing to check: the validator's code is not fetched
      const library = await targets();
      const kept = (await Promise.all(records.map((record) => read(record, library)))).filter((entry) => entry !== null);
      return kept.sort((a, b) => a.template.title.localeCompare(b.template.title));
    },

    async get(id: string): Promise<KeptTemplate | undefined> {
      const record = await db.ownTemplates.get(id);
      return (record && (await read(record, await targets()))) ?? undefined;
    },

    /** Ids of the own templates kept here, for a new one's id. */
    ids: async (): Promise<Set<string>> => new Set((await db.ownTemplates.toCollection().primaryKeys()).map(String)),

    /** The stored Markdown text, as a file to share. */
    markdownOf: async (id: string): Promise<string | undefined> => (await db.ownTemplates.get(id))?.markdown,

    /** Checks a template's document (as the save form makes it) against the library; the problems, or none. */
    async check(document: { body: string } & Readonly<Record<string, unknown>>): Promise<FieldProblem[]> {
      const [{ checkOwnTemplate, ownTemplateToMarkdown }] = await validators();
      const checked = checkOwnTemplate(ownTemplateToMarkdown(document), await targets());
      return checked.ok ? [] : checked.problems;
    },

    /** Checks and keeps a new template from its document; refused with every problem named, and nothing written. */
    async save(document: { body: string } & Readonly<Record<string, unknown>>): Promise<OwnTemplate> {
      const [{ checkOwnTemplate, ownTemplateToMarkdown }] = await validators();
      const markdown = ownTemplateToMarkdown(document);
      const checked = checkOwnTemplate(markdown, await targets());
      if (!checked.ok) throw new OwnTemplateRefusedError(checked.problems);
      const now = clock.now();
      await db.transaction('rw', db.ownTemplates, async () => {
        if (await db.ownTemplates.get(checked.template.id))
          throw new Refusal({ key: 'refusal.own.templateKept', values: { id: quoted(checked.template.id) } });
        await db.ownTemplates.add({ id: checked.template.id, markdown, createdAt: now, updatedAt: now });
      });
      return checked.template;
    },

    checkShared,

    /**
     * Keeps shared files, checked in full first, all or nothing: a template
     * and the exercises it needs arrive together. Refused, with nothing
     * written, when anything fails its checks or is already kept here.
     */
    async importShared(files: SharedFiles): Promise<{ exercises: number; templates: number }> {
      const checked = await checkShared(files);
      if (!checked.ok) throw new OwnTemplateRefusedError(checked.problems);
      if (checked.alreadyKept.length > 0)
        throw new Refusal({ key: 'refusal.own.alreadyKept', values: { ids: checked.alreadyKept.map((id) => quoted(id)) } });
      const now = clock.now();
      const record = (entry: { name: string; text: string }, id: string) => ({ id, markdown: entry.text, createdAt: now, updatedAt: now });
      await db.transaction('rw', db.ownExercises, db.ownTemplates, async () => {
        await db.ownExercises.bulkAdd(files.exercises.map((file, index) => record(file, checked.exercises[index]!.id)));
        await db.ownTemplates.bulkAdd(files.templates.map((file, index) => record(file, checked.templates[index]!.id)));
      });
      return { exercises: files.exercises.length, templates: files.templates.length };
    },

    /** Deletes an own template. Sessions planned from it keep their plans. */
    remove: (id: string): Promise<void> => db.ownTemplates.delete(id),
  };
}

const asTarget = (exercise: OwnExercise): TemplateExercise => ({
  id: exercise.id,
  durationMinutes: exercise.durationMinutes,
  needsFacilitatorBecause: exercise.facilitation.needsExperiencedFacilitator ? (exercise.facilitation.why ?? '') : null,
});

const inFile = (file: string, problems: readonly FieldProblem[]): ContentProblem[] => problems.map((problem) => ({ file, ...problem }));

export type OwnTemplateRepository = ReturnType<typeof createOwnTemplateRepository>;
