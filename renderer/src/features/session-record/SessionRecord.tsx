import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { agendaItemTitle, type AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { sessions } from '../../data/app-database.ts';
import { RoundResultsView, TrendCharts, useSessionCheckIns } from '../check-ins/index.ts';
import { StructuresMapDiagram, TimelinesView } from '../reflections/index.ts';
import { useLocalizedAgenda } from '../../content/localized-agenda.ts';

/**
 * Everything the session kept, as stored: check-in results that met the
 * minimum group size, structured reflections and agreed actions. It is what
 * the summary is made from. Its words are in the reflections catalog, which
 * the map and timelines it draws need anyway: one catalog to load, not two.
 */
export default function SessionRecord({ sessionId, agenda }: { sessionId: string; agenda: readonly AgendaItem[] }) {
  const { t, i18n } = useTranslation('reflections');
  const checkIns = useSessionCheckIns(sessionId);
  // Exercises under their titles in the app's language where translated.
  const inAppLanguage = useLocalizedAgenda(agenda, i18n.language);
  const kept = useLiveQuery(async () => {
    const bundle = await sessions.bundle(sessionId);
    return {
      reflections: bundle?.reflections ?? [],
      actions: [...(bundle?.agreedActions ?? [])].sort((a, b) => a.createdAt - b.createdAt),
    };
  }, [sessionId]);
  if (!checkIns || !kept) return null;
  if (checkIns.rounds.length === 0 && kept.reflections.length === 0 && kept.actions.length === 0) return null;
  const titleOf = (itemId: string | null) => {
    const item = inAppLanguage.agenda.find((candidate) => candidate.id === itemId);
    return item ? agendaItemTitle(item) : t('record.itemGone');
  };
  return (
    <section className="session-record" aria-labelledby="session-record-heading">
      <h2 id="session-record-heading">{t('record.title')}</h2>
      {checkIns.rounds.length > 0 && (
        <section aria-labelledby="record-check-ins-heading">
          <h3 id="record-check-ins-heading">{t('record.checkIns')}</h3>
          {checkIns.openRound && <p role="note">{t('record.roundOpen')}</p>}
          <TrendCharts trends={checkIns.trends} />
          {checkIns.results.map((round) => (
            <RoundResultsView key={round.round.id} round={round} />
          ))}
        </section>
      )}
      {kept.reflections.map((reflection) => {
        const item = titleOf(reflection.agendaItemId);
        const isMap = reflection.kind === 'structures-map';
        return (
          <section key={reflection.id} aria-label={isMap ? t('record.mapLabel', { item }) : t('record.timelinesLabel', { item })}>
            <h3>{isMap ? t('record.mapHeading', { item }) : t('record.timelinesHeading', { item })}</h3>
            {reflection.kind === 'structures-map' ? (
              <StructuresMapDiagram map={reflection.data} />
            ) : (
              <TimelinesView timelines={reflection.data} />
            )}
          </section>
        );
      })}
      {kept.actions.length > 0 && (
        <section aria-labelledby="record-actions-heading">
          <h3 id="record-actions-heading">{t('record.actions')}</h3>
          <ol>
            {kept.actions.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
