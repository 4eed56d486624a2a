import { useLiveQuery } from 'dexie-react-hooks';
import { agendaItemTitle, type AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { sessions } from '../../data/app-database.ts';
import { RoundResultsView, TrendCharts, useSessionCheckIns } from '../check-ins/index.ts';
import { StructuresMapDiagram, TimelinesView } from '../reflections/index.ts';

/**
 * Everything the session kept, as stored: check-in results that met the
 * minimum group size, structured reflections and agreed actions. It is what
 * the summary is made from.
 */
export default function SessionRecord({ sessionId, agenda }: { sessionId: string; agenda: readonly AgendaItem[] }) {
  const checkIns = useSessionCheckIns(sessionId);
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
    const item = agenda.find((candidate) => candidate.id === itemId);
    return item ? agendaItemTitle(item) : 'An item no longer in the plan';
  };
  return (
    <section className="session-record" aria-labelledby="session-record-heading">
      <h2 id="session-record-heading">Recorded in this session</h2>
      {checkIns.rounds.length > 0 && (
        <section aria-labelledby="record-check-ins-heading">
          <h3 id="record-check-ins-heading">Check-ins</h3>
          {checkIns.openRound && <p role="note">A round is still open; its results appear here once it is closed in the run view.</p>}
          <TrendCharts trends={checkIns.trends} />
          {checkIns.results.map((round) => (
            <RoundResultsView key={round.round.id} round={round} />
          ))}
        </section>
      )}
      {kept.reflections.map((reflection) => (
        <section
          key={reflection.id}
          aria-label={`${reflection.kind === 'structures-map' ? 'Structures map' : 'Timelines'}: ${titleOf(reflection.agendaItemId)}`}
        >
          <h3>
            {reflection.kind === 'structures-map' ? 'Structures map' : 'Timelines'} · {titleOf(reflection.agendaItemId)}
          </h3>
          {reflection.kind === 'structures-map' ? (
            <StructuresMapDiagram map={reflection.data} />
          ) : (
            <TimelinesView timelines={reflection.data} />
          )}
        </section>
      ))}
      {kept.actions.length > 0 && (
        <section aria-labelledby="record-actions-heading">
          <h3 id="record-actions-heading">Agreed actions</h3>
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
