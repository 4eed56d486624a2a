import type { TFunction } from 'i18next';

// The words a facilitator sees for each field the content check names: the
// check's field path, mapped to a label in the "ownExercises" catalog.
const LABELS: Record<string, string> = {
  '': 'exercise',
  id: 'id',
  version: 'version',
  title: 'title',
  summary: 'summary',
  body: 'body',
  frameworks: 'frameworks',
  audience: 'audience',
  durationMinutes: 'durationMinutes',
  groupSize: 'groupSize',
  'groupSize.min': 'groupMin',
  'groupSize.max': 'groupMax',
  contentWarning: 'contentWarning',
  steps: 'steps',
  facilitatorNotes: 'facilitatorNotes',
  safetyNotes: 'safetyNotes',
  recording: 'recording',
  'recording.captures': 'captures',
  'recording.keep': 'keep',
  'recording.neverKeep': 'neverKeep',
  'recording.summary': 'summarySharing',
  'recording.whoSees': 'whoSees',
  facilitation: 'facilitation',
  'facilitation.needsExperiencedFacilitator': 'needsFacilitator',
  'facilitation.why': 'needsWhy',
  selfIdentification: 'selfIdentification',
  'selfIdentification.why': 'selfIdentificationWhy',
  'selfIdentification.alternative': 'selfIdentificationAlternative',
  sources: 'sources',
  origin: 'origin',
};

const STEP_PARTS = new Set(['title', 'minutes', 'script', 'prompt']);
const SOURCE_PARTS = new Set(['authors', 'year', 'title', 'venue', 'note', 'doi', 'url', 'checkedAgainstFullText']);

/** A field path as words in the app's language: "Step 3, what to say and do"; a path the app does not know, as it is. */
export function fieldLabel(field: string, t: TFunction<'ownExercises'>): string {
  const listItem = /^(steps|sources)\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (listItem) {
    const [, list, index, part] = listItem;
    const number = Number(index) + 1;
    const noun = list === 'steps' ? 'step' : 'source';
    if (!part) return t(`field.${noun}`, { number });
    const known = (list === 'steps' ? STEP_PARTS : SOURCE_PARTS).has(part);
    return t(`field.${noun}Part`, { number, part: known ? t(`field.${noun}Parts.${part}`) : part });
  }
  const key = LABELS[field];
  return key ? t(`field.${key}`) : field;
}
