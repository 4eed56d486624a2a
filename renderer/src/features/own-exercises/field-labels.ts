// The words a facilitator sees for each field the content check names.
const LABELS: Record<string, string> = {
  '': 'The exercise',
  id: 'Identifier',
  version: 'Version',
  title: 'Title',
  summary: 'Summary',
  body: 'Why this exercise',
  frameworks: 'What it rests on',
  audience: 'Audience',
  durationMinutes: 'Duration',
  groupSize: 'Group size',
  'groupSize.min': 'Smallest group',
  'groupSize.max': 'Largest group',
  contentWarning: 'Content note',
  steps: 'Steps',
  facilitatorNotes: 'Facilitator notes',
  safetyNotes: 'Safety notes',
  recording: 'What may be recorded',
  'recording.captures': 'What the app may keep',
  'recording.keep': 'What the group may keep',
  'recording.neverKeep': 'What must never be written down',
  'recording.summary': 'In the printed summary',
  'recording.whoSees': 'Who sees what is kept',
  facilitation: 'Facilitation',
  'facilitation.needsExperiencedFacilitator': 'Needs an experienced facilitator',
  'facilitation.why': 'Why it needs an experienced facilitator',
  selfIdentification: 'Taking part without saying which group you belong to',
  'selfIdentification.why': 'Why it asks people to self-identify',
  'selfIdentification.alternative': 'A way to take part without doing so',
  sources: 'Sources',
  origin: 'Adapted from',
};

const STEP_PARTS: Record<string, string> = {
  title: 'title',
  minutes: 'minutes',
  script: 'what to say and do',
  prompt: 'what participants see',
};
const SOURCE_PARTS: Record<string, string> = {
  authors: 'authors',
  year: 'year',
  title: 'title',
  venue: 'journal or publisher',
  note: 'note',
  doi: 'DOI',
  url: 'web address',
  checkedAgainstFullText: 'checked against the full text',
};

export function fieldLabel(field: string): string {
  const listItem = /^(steps|sources)\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (listItem) {
    const [, list, index, part] = listItem;
    const noun = list === 'steps' ? 'Step' : 'Source';
    const parts = list === 'steps' ? STEP_PARTS : SOURCE_PARTS;
    return part ? `${noun} ${Number(index) + 1}, ${parts[part] ?? part}` : `${noun} ${Number(index) + 1}`;
  }
  return LABELS[field] ?? field;
}
