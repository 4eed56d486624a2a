import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { lazy, Suspense, useEffect } from 'react';
import { PLANNER_READY_MARK } from '../../navigation/performance-marks.ts';
import { agendaLock } from '../../../../domain/sessions/agenda-editing.ts';
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
  const { t } = useTranslation('planner');
  const data = useLiveQuery(() => sessions.withAgenda(sessionId), [sessionId]);
  const loadedId = data?.session?.id;
  useEffect(() => {
    if (loadedId) performance.mark(PLANNER_READY_MARK, { detail: loadedId });
  }, [loadedId]);
  if (data === undefined) return <p className="loading">{t('loading')}</p>;
  const { session, agenda } = data;
  if (!session) return <NotFound what="Session" id={sessionId} backHref={routes.sessions} />;
  const lock = agendaLock(session, agenda);

  return (
    <div className="planner">
      <BackLink href={routes.sessions}>{t('back')}</BackLink>
      <div className="planner__title">
        <h1 tabIndex={-1}>{t('title', { title: session.title })}</h1>
        <div className="planner__actions">
          {agenda.length > 0 && (
            <Link href={routes.run(session.id)} className="button">
              {session.status === 'running' ? t('resume') : t('run')}
            </Link>
          )}
          {agenda.length > 0 && (
            <Link href={routes.pack(session.id)} className="button button--quiet">
              {t('pack')}
            </Link>
          )}
          {agenda.length > 0 && (
            <Link href={routes.saveAsTemplate(session.id)} className="button button--quiet">
              {t('saveAsTemplate')}
            </Link>
          )}
          {session.run?.startedAt != null && (
            <Link href={routes.summary(session.id)} className="button button--quiet">
              {t('summary')}
            </Link>
          )}
        </div>
      </div>
      <SessionDetailsForm key={session.id} session={session} agenda={agenda} />
      <PlanSummary agenda={agenda} availableMinutes={session.availableMinutes} />
      <TemplatePreparation session={session} />
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('agenda')}</h2>
        <p id="agenda-editor-hint" className="field__hint">
          {lock.ended ? t('hintEnded') : t('hint')}
          {session.scheduledFor === null && agenda.length > 0 && t('hintNoDate')}
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
