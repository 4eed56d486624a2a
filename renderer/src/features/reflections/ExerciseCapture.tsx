import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ExerciseAgendaItem } from '../../../../domain/sessions/session-model.ts';
import { records } from '../../data/app-database.ts';
import { AgreedActions } from './AgreedActions.tsx';
import { StructuresMapEditor } from './StructuresMapEditor.tsx';
import { TimelinesEditor } from './TimelinesEditor.tsx';

/**
 * What the exercise's content allows to be kept, and nothing else: a
 * structures map, timelines, agreed actions. An exercise that records
 * nothing offers no capture at all.
 */
export function ExerciseCapture({ item }: { item: ExerciseAgendaItem }) {
  const { t } = useTranslation('reflections');
  const { captures } = item.exercise;
  const stored = useLiveQuery(() => records.reflectionsOf(item.id), [item.id]);
  const structured = captures.includes('structures-map') || captures.includes('timelines') || captures.includes('actions');
  if (!structured || !stored) return null;
  return (
    <section className="exercise-capture" aria-label={t('capture.label')}>
      <h2>{t('capture.title')}</h2>
      {captures.includes('structures-map') && (
        <StructuresMapEditor item={item} stored={stored.map?.kind === 'structures-map' ? stored.map.data : undefined} />
      )}
      {captures.includes('timelines') && (
        <TimelinesEditor item={item} stored={stored.timelines?.kind === 'timelines' ? stored.timelines.data : undefined} />
      )}
      {captures.includes('actions') && <AgreedActions sessionId={item.sessionId} agendaItemId={item.id} />}
    </section>
  );
}
