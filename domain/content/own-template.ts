import type { z } from 'zod';
import { fieldProblem, type FieldProblem } from './content-problems.ts';
import type { Exercise } from './exercise-schema.ts';
import { documentToMarkdown } from './exercise-markdown.ts';
import { newOwnId, ownContentId, ownRecordSchema, refuseLongLists } from './own-exercise.ts';
import { OWN_TEMPLATE_LIMITS } from './own-exercise-limits.ts';
import { checkContentText } from './parse-content-files.ts';
import { ruleMessage } from './plain-messages.ts';
import type { GroupSize } from './schema-primitives.ts';
import { checkTemplateAgainstLibrary, type TemplateTargets } from './template-file.ts';
import { templateFrontMatterSchema, type WorkshopTemplate } from './template-schema.ts';
import type { AudienceId, TemplateMode } from './vocabulary.ts';

// A facilitator's own workshop template: the shipped template schema, the
// same per-file validator and the same library checks as
// `npm run content:check` (template-file.ts), with an own id and hard limits
// for files from elsewhere. Kept and shared as a Markdown file in the format
// of content/templates.

export { OWN_TEMPLATE_LIMITS } from './own-exercise-limits.ts';

const { fileBytes, agendaItems: maxItems } = OWN_TEMPLATE_LIMITS;

const ownTemplateId = ownContentId('template');

const ownTemplateFields = templateFrontMatterSchema.extend({
  id: ownTemplateId,
  agenda: templateFrontMatterSchema.shape.agenda.max(maxItems, ruleMessage({ kind: 'moreThanLimit', list: 'items', max: maxItems })),
});

const notTooManyItems = refuseLongLists('template', [['agenda', maxItems, 'items']]);

export const ownTemplateFrontMatterSchema = notTooManyItems.pipe(ownTemplateFields);

export type OwnTemplate = WorkshopTemplate;

export type OwnTemplateCheck = { ok: true; template: OwnTemplate } | { ok: false; problems: FieldProblem[] };

/** Front-matter keys in the order the shipped template files use. */
const TEMPLATE_KEY_ORDER: readonly string[] = Object.keys(templateFrontMatterSchema.shape);

/** A template as a Markdown file in the format of content/templates/*.md. */
export function ownTemplateToMarkdown(template: { body: string } & Readonly<Record<string, unknown>>): string {
  return documentToMarkdown({ ...template }, TEMPLATE_KEY_ORDER);
}

/**
 * Checks the text of an own template's file on its own: size first, then
 * front matter, YAML and schema. What it names is checked against the
 * library by checkOwnTemplate.
 */
export function ownTemplateFileProblems(source: string): { template: OwnTemplate | null; problems: FieldProblem[] } {
  const bytes = source.length > fileBytes ? source.length : new TextEncoder().encode(source).length;
  if (bytes > fileBytes)
    return { template: null, problems: [fieldProblem('', { kind: 'fileTooLarge', document: 'template', bytes, maxBytes: fileBytes })] };
  const { data, body, problems } = checkContentText(source, ownTemplateFrontMatterSchema);
  return { template: data ? { ...data, body } : null, problems };
}

/**
 * The whole check of an own template's file, as `npm run content:check`
 * checks a shipped one: the file itself, then every exercise and check-in it
 * names against `targets` (the shipped library and the facilitator's own
 * exercises), a self-guided agenda without exercises that need an
 * experienced facilitator, breaks, and minutes that add up.
 */
export function checkOwnTemplate(source: string, targets: TemplateTargets): OwnTemplateCheck {
  const { template, problems } = ownTemplateFileProblems(source);
  if (!template || problems.length > 0) return { ok: false, problems };
  const references = checkTemplateAgainstLibrary(template, targets);
  return references.length > 0 ? { ok: false, problems: references } : { ok: true, template };
}

/** An agenda item of a session's plan, as much of it as a template keeps. */
export type PlanItemForTemplate =
  | { kind: 'exercise'; exerciseId: string }
  | { kind: 'break'; title: string; minutes: number }
  | { kind: 'check-in'; title: string; minutes: number; instrumentIds: readonly string[] };

/** What the facilitator writes when saving a plan as a template. */
export interface TemplateDescription {
  title: string;
  summary: string;
  preparation: string;
  body: string;
  audience: readonly AudienceId[];
  groupSize: { min: number; max: number };
  longStretchReason: string;
}

/**
 * The template a session's plan makes: exercises by id (planned later from
 * the library as it is then), breaks and check-ins with their minutes, and
 * a length that is the sum of the exercises' own durations. Nothing of the
 * session itself (its name, date, notes or what happened) goes in.
 */
export function templateFromPlan(
  plan: { mode: TemplateMode; items: readonly PlanItemForTemplate[] },
  description: TemplateDescription,
  exercises: ReadonlyMap<string, Pick<Exercise, 'durationMinutes'>>,
  taken: ReadonlySet<string>,
): { body: string } & Record<string, unknown> {
  const agenda = plan.items.map((item) =>
    item.kind === 'exercise'
      ? { kind: 'exercise', exercise: item.exerciseId }
      : item.kind === 'break'
        ? { kind: 'break', title: item.title, minutes: item.minutes }
        : { kind: 'check-in', title: item.title, minutes: item.minutes, instruments: [...item.instrumentIds] },
  );
  const durationMinutes = plan.items.reduce(
    (sum, item) => sum + (item.kind === 'exercise' ? (exercises.get(item.exerciseId)?.durationMinutes ?? 0) : item.minutes),
    0,
  );
  return {
    id: newOwnId(taken),
    version: 1,
    title: description.title,
    summary: description.summary,
    mode: plan.mode,
    audience: [...description.audience],
    durationMinutes,
    groupSize: { ...description.groupSize },
    preparation: description.preparation,
    agenda,
    ...(description.longStretchReason.trim() ? { longStretchReason: description.longStretchReason } : {}),
    body: description.body,
  };
}

/** The group size every exercise of a plan suits: the largest of their smallest groups, the smallest of their largest. */
export function groupSizeForPlan(exercises: readonly { groupSize: GroupSize }[]): GroupSize | null {
  if (exercises.length === 0) return null;
  return {
    min: Math.max(...exercises.map((exercise) => exercise.groupSize.min)),
    max: Math.min(...exercises.map((exercise) => exercise.groupSize.max)),
  };
}

/** An own template as stored and as backed up: the text of its Markdown file. */
export const ownTemplateRecordSchema = ownRecordSchema(fileBytes);

export type OwnTemplateRecord = z.infer<typeof ownTemplateRecordSchema>;

/**
 * What is wrong with a stored or backed-up own template's file on its own;
 * null when it passes under its own id. (What it names is checked
 * against the library whenever it is read: an exercise it names may have
 * been deleted since.)
 */
export function ownTemplateRecordProblem(record: OwnTemplateRecord): readonly FieldProblem[] | null {
  const { template, problems } = ownTemplateFileProblems(record.markdown);
  if (!template || problems.length > 0) return problems;
  return template.id === record.id ? null : [fieldProblem('', { kind: 'namedOtherwise', named: template.id, recorded: record.id })];
}

/** A template's file with the exercises it names renamed (`renamed` maps old ids to new), for a restore that keeps both copies. */
export function renameTemplateExercises(template: OwnTemplate, renamed: ReadonlyMap<string, string>, id: string = template.id): string {
  return ownTemplateToMarkdown({
    ...template,
    id,
    agenda: template.agenda.map((item) => (item.kind === 'exercise' && renamed.has(item.exercise) ? { ...item, exercise: renamed.get(item.exercise)! } : item)),
  });
}
