import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import type { ExerciseOrigin, OwnExercise } from '../../../../domain/content/own-exercise.ts';
import type { RecordableCapture, SummarySharing } from '../../../../domain/content/recording-policy.ts';
import type { AudienceId, FrameworkId } from '../../../../domain/content/vocabulary.ts';

// The editor's form as the facilitator types it: numbers as the text in
// their boxes, optional fields as empty strings. toDocument turns it into
// the front matter the content check reads, so the check's field paths
// (`steps[2].script`, `recording.whoSees`) name the inputs below.

export interface StepDraft {
  key: number;
  title: string;
  minutes: string;
  script: string;
  prompt: string;
}

export interface SourceDraft {
  key: number;
  authors: string;
  year: string;
  title: string;
  venue: string;
  note: string;
  doi: string;
  url: string;
  checkedAgainstFullText: boolean;
}

export interface ExerciseDraft {
  id: string;
  version: number;
  origin: ExerciseOrigin;
  title: string;
  summary: string;
  body: string;
  frameworks: FrameworkId[];
  audience: AudienceId[];
  durationMinutes: string;
  groupMin: string;
  groupMax: string;
  contentWarning: string;
  needsExperiencedFacilitator: boolean;
  needsWhy: string;
  selfIdentificationWhy: string;
  selfIdentificationAlternative: string;
  steps: StepDraft[];
  facilitatorNotes: string;
  safetyNotes: string;
  captures: RecordableCapture[];
  keep: string;
  neverKeep: string;
  summarySharing: SummarySharing;
  whoSees: string;
  sources: SourceDraft[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

export const emptyStep = (): StepDraft => ({ key: newKey(), title: '', minutes: '', script: '', prompt: '' });

export const emptySource = (): SourceDraft => ({
  key: newKey(),
  authors: '',
  year: '',
  title: '',
  venue: '',
  note: '',
  doi: '',
  url: '',
  checkedAgainstFullText: false,
});

export function blankDraft(): ExerciseDraft {
  return {
    id: '',
    version: 1,
    origin: { kind: 'written' },
    title: '',
    summary: '',
    body: '',
    frameworks: [],
    audience: [],
    durationMinutes: '',
    groupMin: '',
    groupMax: '',
    contentWarning: '',
    needsExperiencedFacilitator: false,
    needsWhy: '',
    selfIdentificationWhy: '',
    selfIdentificationAlternative: '',
    steps: [emptyStep()],
    facilitatorNotes: '',
    safetyNotes: '',
    captures: [],
    keep: '',
    neverKeep: '',
    summarySharing: 'private',
    whoSees: '',
    sources: [emptySource()],
  };
}

export function draftFromExercise(exercise: OwnExercise): ExerciseDraft {
  return {
    id: exercise.id,
    version: exercise.version,
    origin: exercise.origin,
    title: exercise.title,
    summary: exercise.summary,
    body: exercise.body,
    frameworks: [...exercise.frameworks],
    audience: [...exercise.audience],
    durationMinutes: String(exercise.durationMinutes),
    groupMin: String(exercise.groupSize.min),
    groupMax: String(exercise.groupSize.max),
    contentWarning: exercise.contentWarning ?? '',
    needsExperiencedFacilitator: exercise.facilitation.needsExperiencedFacilitator,
    needsWhy: exercise.facilitation.why ?? '',
    selfIdentificationWhy: exercise.selfIdentification?.why ?? '',
    selfIdentificationAlternative: exercise.selfIdentification?.alternative ?? '',
    steps: exercise.steps.map((step) => ({
      key: newKey(),
      title: step.title,
      minutes: String(step.minutes),
      script: step.script,
      prompt: step.prompt ?? '',
    })),
    facilitatorNotes: exercise.facilitatorNotes,
    safetyNotes: exercise.safetyNotes,
    captures: [...exercise.recording.captures],
    keep: exercise.recording.keep,
    neverKeep: exercise.recording.neverKeep,
    summarySharing: exercise.recording.summary,
    whoSees: exercise.recording.whoSees ?? '',
    sources: exercise.sources.map((source) => ({
      key: newKey(),
      authors: source.authors,
      year: String(source.year),
      title: source.title,
      venue: source.venue,
      note: source.note ?? '',
      doi: source.doi ?? '',
      url: source.url ?? '',
      checkedAgainstFullText: source.checkedAgainstFullText,
    })),
  };
}

/** A number box's text as the check should see it: a number when it is one, the text otherwise, nothing when empty. */
function numberOf(raw: string): number | string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

const optional = (raw: string) => (raw.trim() === '' ? undefined : raw);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** The draft as the front matter and body of its Markdown file, for the content check. */
export function toDocument(draft: ExerciseDraft): { body: string } & Record<string, unknown> {
  const anySelfIdentification = draft.selfIdentificationWhy.trim() !== '' || draft.selfIdentificationAlternative.trim() !== '';
  return withoutUndefined({
    id: draft.id,
    version: draft.version,
    title: draft.title,
    summary: draft.summary,
    frameworks: draft.frameworks,
    audience: draft.audience,
    durationMinutes: numberOf(draft.durationMinutes),
    groupSize: { min: numberOf(draft.groupMin), max: numberOf(draft.groupMax) },
    contentWarning: optional(draft.contentWarning),
    steps: draft.steps.map((step) =>
      withoutUndefined({ title: step.title, minutes: numberOf(step.minutes), script: step.script, prompt: optional(step.prompt) }),
    ),
    facilitatorNotes: draft.facilitatorNotes,
    safetyNotes: draft.safetyNotes,
    recording: withoutUndefined({
      captures: draft.captures,
      keep: draft.keep,
      neverKeep: draft.neverKeep,
      summary: draft.summarySharing,
      whoSees: optional(draft.whoSees),
    }),
    facilitation: withoutUndefined({ needsExperiencedFacilitator: draft.needsExperiencedFacilitator, why: optional(draft.needsWhy) }),
    selfIdentification: anySelfIdentification
      ? { why: draft.selfIdentificationWhy, alternative: draft.selfIdentificationAlternative }
      : undefined,
    sources: draft.sources.map((source) =>
      withoutUndefined({
        authors: source.authors,
        year: numberOf(source.year),
        title: source.title,
        venue: source.venue,
        note: optional(source.note),
        doi: optional(source.doi),
        url: optional(source.url),
        checkedAgainstFullText: source.checkedAgainstFullText,
      }),
    ),
    origin: draft.origin,
    body: draft.body,
  });
}

const wholeOrZero = (raw: string) => {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
};

/** The draft as the detail view reads an exercise, whatever is still missing, for the live preview; `untitled` names what has no title yet. */
export function previewOf(draft: ExerciseDraft, untitled: { exercise: string; step: string }): Exercise {
  return {
    id: draft.id || 'own-preview',
    version: draft.version,
    title: draft.title || untitled.exercise,
    summary: draft.summary,
    body: draft.body,
    frameworks: draft.frameworks.length > 0 ? draft.frameworks : [],
    audience: draft.audience,
    durationMinutes: wholeOrZero(draft.durationMinutes),
    groupSize: { min: wholeOrZero(draft.groupMin), max: wholeOrZero(draft.groupMax) },
    ...(draft.contentWarning.trim() ? { contentWarning: draft.contentWarning } : {}),
    steps: draft.steps.map((step) => ({
      title: step.title || untitled.step,
      minutes: wholeOrZero(step.minutes),
      script: step.script,
      ...(step.prompt.trim() ? { prompt: step.prompt } : {}),
    })),
    facilitatorNotes: draft.facilitatorNotes,
    safetyNotes: draft.safetyNotes,
    recording: {
      captures: draft.captures,
      keep: draft.keep,
      neverKeep: draft.neverKeep,
      summary: draft.summarySharing,
      ...(draft.whoSees.trim() ? { whoSees: draft.whoSees } : {}),
    },
    facilitation: {
      needsExperiencedFacilitator: draft.needsExperiencedFacilitator,
      ...(draft.needsWhy.trim() ? { why: draft.needsWhy } : {}),
    },
    sources: draft.sources.map((source) => ({
      authors: source.authors,
      year: wholeOrZero(source.year),
      title: source.title,
      venue: source.venue,
      checkedAgainstFullText: source.checkedAgainstFullText,
      ...(source.note.trim() ? { note: source.note } : {}),
      ...(source.doi.trim() ? { doi: source.doi } : {}),
      ...(source.url.trim() ? { url: source.url } : {}),
    })),
  };
}

/** The id of the input a problem's field path names, e.g. `steps[2].script` → `own-steps-2-script`. */
export function inputIdFor(field: string): string {
  return `own-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '') || 'file'}`;
}
