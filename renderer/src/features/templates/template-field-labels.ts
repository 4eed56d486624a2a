import type { TFunction } from 'i18next';

// The words a facilitator sees for each field of a template the content
// check names: the check's field path, mapped to a label in the "templates"
// catalog.
const LABELS: Record<string, string> = {
  '': 'template',
  id: 'id',
  title: 'title',
  summary: 'summary',
  mode: 'mode',
  audience: 'audience',
  durationMinutes: 'durationMinutes',
  groupSize: 'groupSize',
  'groupSize.min': 'groupMin',
  'groupSize.max': 'groupMax',
  preparation: 'preparation',
  agenda: 'agenda',
  body: 'body',
  longStretchReason: 'longStretchReason',
  suggestedRetentionDays: 'suggestedRetentionDays',
};

/** A field path as words; an agenda item is named by its place and, when known, its title. */
export function templateFieldLabel(field: string, items: readonly { title: string }[], t: TFunction<'templates'>): string {
  const item = /^agenda\[(\d+)\](?:\.(exercise|instruments\[(\d+)\]|\w+))?/.exec(field);
  if (item) {
    const index = Number(item[1]);
    const title = items[index]?.title;
    const name = title ? t('field.itemTitled', { number: index + 1, title }) : t('field.item', { number: index + 1 });
    return item[3] !== undefined ? t('field.instrument', { item: name, number: Number(item[3]) + 1 }) : name;
  }
  const key = LABELS[field];
  return key ? t(`field.${key}`) : field;
}
