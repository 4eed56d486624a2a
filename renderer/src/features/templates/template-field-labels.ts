// The words a facilitator sees for each field of a template the content check names.
const LABELS: Record<string, string> = {
  '': 'The template',
  id: 'Identifier',
  title: 'Title',
  summary: 'Summary',
  mode: 'Mode',
  audience: 'Audience',
  durationMinutes: 'Total time',
  groupSize: 'Group size',
  'groupSize.min': 'Smallest group',
  'groupSize.max': 'Largest group',
  preparation: 'What to prepare',
  agenda: 'Agenda',
  body: 'About this workshop',
  longStretchReason: 'Why it runs long without a break',
  suggestedRetentionDays: 'Suggested “delete after”',
};

/** A field path as words; an agenda item is named by its place and, when known, its title. */
export function templateFieldLabel(field: string, items: readonly { title: string }[]): string {
  const item = /^agenda\[(\d+)\](?:\.(exercise|instruments\[(\d+)\]|\w+))?/.exec(field);
  if (item) {
    const index = Number(item[1]);
    const title = items[index]?.title;
    const name = `Agenda item ${index + 1}${title ? ` (“${title}”)` : ''}`;
    return item[3] !== undefined ? `${name}, check-in instrument ${Number(item[3]) + 1}` : name;
  }
  return LABELS[field] ?? field;
}
