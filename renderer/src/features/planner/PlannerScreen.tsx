import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect } from 'react';
import { PLANNER_READY_MARK } from '../../navigation/performance-marks.ts';
import { agendaLock } from '../../../../domain/sessions/agenda-editing.ts';
import { analysePlan } from '../../../../domain/sessions/plan-analysis.ts';
import { Link } from 'wouter';
import { routes } from '../../navigation/routes.ts';
import { sessions } from '../../data/app-database.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { AddToPlan } from './AddToPlan.tsx';
import { AgendaEditor } from './AgendaEditor.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { SessionDetailsForm } from './SessionDetailsForm.tsx';
import { TemplatePreparation } from './TemplatePreparation.tsx';

// What a run recorded brings the check-in content and the chart code; the plan does not wait for it.
const SessionRecord = lazy(() => import('../session-record/index.ts'));

export default function PlannerScreen({ sessionId }: { sessionId: string }) {
  const data = useLiveQuery(() => sessions.withAgenda(sessionId), [sessionId]);
  const loadedId = data?.session?.id;
  useEffect(() => {
    if (loadedId) performance.mark(PLANNER_READY_MARK, { detail: loadedId });
  }, [loadedId]);
  if (data === undefined) return <p className="loading">Loading…</p>;
  const { session, agenda } = data;
  if (!session) return <NotFound what="Session" id={sessionId} backHref={routes.sessions} backLabel="Back to sessions" />;
  const lock = agendaLock(session, agenda);

  return (
    <div className="planner">
      <BackLink href={routes.sessions}>Back to sessions</BackLink>
      <div className="planner__title">
        <h1 tabIndex={-1}>Plan: {session.title}</h1>
        <div className="planner__actions">
          {agenda.length > 0 && (
            <Link href={routes.run(session.id)} className="button">
              {session.status === 'running' ? 'Resume the session' : 'Run this session'}
            </Link>
          )}
          {agenda.length > 0 && (
            <Link href={routes.pack(session.id)} className="button button--quiet">
              Preparation pack to print
            </Link>
          )}
          {agenda.length > 0 && (
            <Link href={routes.saveAsTemplate(session.id)} className="button button--quiet">
              Save as a template
            </Link>
          )}
          {session.run?.startedAt != null && (
            <Link href={routes.summary(session.id)} className="button button--quiet">
              Summary to print or share
            </Link>
          )}
        </div>
      </div>
      <SessionDetailsForm key={session.id} session={session} agenda={agenda} />
      <PlanSummary analysis={analysePlan(agenda, session.availableMinutes)} />
      <TemplatePreparation session={session} />
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p id="agenda-editor-hint" className="field__hint">
          {lock.ended
            ? 'Preparation notes still save as you type.'
            : 'Drag items to reorder them, or use the arrow buttons (or Alt+↑ and Alt+↓ on a focused item). Notes save as you type.'}
          {session.scheduledFor === null &&
            agenda.length > 0 &&
            ' Times are counted from the start: set a date and time above to see clock times.'}
        </p>
        <AgendaEditor agenda={agenda} lock={lock} sessionId={session.id} scheduledFor={session.scheduledFor} />
        {!lock.ended && <AddToPlan sessionId={session.id} mode={session.mode} />}
      </section>
      <Suspense fallback={null}>
        <SessionRecord sessionId={session.id} agenda={agenda} />
      </Suspense>
    </div>
  );
}
