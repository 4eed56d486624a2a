import type { CheckInInstrument } from './check-in-schema.ts';
import type { Exercise } from './exercise-schema.ts';
import type { WorkshopTemplate } from './template-schema.ts';
import type { CheckInTranslation, ExerciseTranslation, TemplateTranslation, WithBody } from './translation-schema.ts';

// A translated document is its English source with the words replaced. The
// merge starts from the source and copies in only the named text fields, so
// durations, minutes, group sizes, minimum group sizes, recording.captures
// and recording.summary, pattern rules, ids, versions and sources always
// come from the source, even if a translation object somehow carried them
// (the schema refuses them first; this is the second wall). A text the
// translation lacks keeps the source's words; translation-check.ts refuses
// such a translation before it is ever merged for the app.

/** Only where the source has a text does the translation's replace it, so an optional field never appears from nowhere. */
function pick<T extends string | undefined>(source: T, translated: string | undefined): T {
  return (source === undefined ? undefined : (translated ?? source)) as T;
}

export function translateExercise(source: Exercise, translation: WithBody<ExerciseTranslation>): Exercise {
  return {
    ...source,
    title: translation.title,
    summary: translation.summary,
    contentWarning: pick(source.contentWarning, translation.contentWarning),
    steps: source.steps.map((step, index) => {
      const words = translation.steps.find((candidate) => candidate.step === index + 1);
      return { ...step, title: words?.title ?? step.title, script: words?.script ?? step.script, prompt: pick(step.prompt, words?.prompt) };
    }),
    facilitatorNotes: translation.facilitatorNotes,
    safetyNotes: translation.safetyNotes,
    recording: {
      ...source.recording,
      keep: translation.recording.keep,
      neverKeep: translation.recording.neverKeep,
      whoSees: pick(source.recording.whoSees, translation.recording.whoSees),
    },
    facilitation: { ...source.facilitation, why: pick(source.facilitation.why, translation.facilitation?.why) },
    selfIdentification: source.selfIdentification && {
      why: translation.selfIdentification?.why ?? source.selfIdentification.why,
      alternative: translation.selfIdentification?.alternative ?? source.selfIdentification.alternative,
    },
    body: translation.body,
  };
}

export function translateCheckIn(source: CheckInInstrument, translation: WithBody<CheckInTranslation>): CheckInInstrument {
  return {
    ...source,
    title: translation.title,
    summary: translation.summary,
    formativeNotice: translation.formativeNotice,
    participantIntro: translation.participantIntro,
    scale: { ...source.scale, minLabel: translation.scale.minLabel, maxLabel: translation.scale.maxLabel },
    items: source.items.map((item) => ({ ...item, text: translation.items.find((words) => words.id === item.id)?.text ?? item.text })),
    patterns: source.patterns.map((pattern) => {
      const words = translation.patterns.find((candidate) => candidate.id === pattern.id);
      return {
        ...pattern,
        title: words?.title ?? pattern.title,
        prompt: words?.prompt ?? pattern.prompt,
        responses: pattern.responses.map((response, index) => ({ ...response, text: words?.responses[index]?.text ?? response.text })),
        groupGuidance: words?.groupGuidance ?? pattern.groupGuidance,
      };
    }),
    body: translation.body,
  };
}

export function translateTemplate(source: WorkshopTemplate, translation: WithBody<TemplateTranslation>): WorkshopTemplate {
  return {
    ...source,
    title: translation.title,
    summary: translation.summary,
    preparation: translation.preparation,
    agenda: source.agenda.map((item, index) => {
      const words = translation.agenda[index];
      // Words are taken only from an item of the same kind (and exercise): a mismatch keeps the source's.
      if (item.kind === 'exercise')
        return { ...item, note: pick(item.note, words?.kind === 'exercise' && words.exercise === item.exercise ? words.note : undefined) };
      return { ...item, title: words?.kind === item.kind ? words.title : item.title };
    }),
    longStretchReason: pick(source.longStretchReason, translation.longStretchReason),
    body: translation.body,
  };
}
