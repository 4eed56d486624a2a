import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { SESSION_ORDERS, sortSessions, type SessionOrder } from '../../../../domain/sessions/sort-sessions.ts';
import type { Session } from '../../../../domain/sessions/session-model.ts';
import { routes } from '../../navigation/routes.ts';
import { ChoiceField } from '../../ui/ChoiceField.tsx';
import { TEMPLATE_SUMMARIES } from '../../content/content-library.ts';
import { ownTemplates, sessions, storageAvailable } from '../../data/app-database.ts';
import { reportFailure } from '../../data/storage-errors.ts';
import type { DeletedSession } from '../../data/session-repository.ts';
import { availableLabel, scheduledLabel } from './session-labels.ts';
import { useTranslation } from 'react-i18next';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { ExportForm, type ExportResult } from './ExportForm.tsx';
import { WipePanel } from './WipePanel.tsx';
import { createSession, TemplateNotReadyError } from './create-session.ts';
import { deletionNotice } from '../../ui/time-of-day.ts';
import { SESSIONS_READY_MARK } from '../../navigation/performance-marks.ts';

const UNDO_SECONDS = 10;
/** Sessions listed at first; a long history is paged so the screen opens fast. */
const PAGE_SIZE = 50;
const BLANK = '';

/** The facilitator's own templates, by title, for the "Start from" list; none until they load. */
function useOwnTemplates(): { id: string; title: string }[] {
  const [list, setList] = useState<{ id: string; title: string }[]>([]);
  useEffect(() => {
    let current = true;
    if (storageAvailable())
      void ownTemplates
        .list()
        .then((kept) => current && setList(kept.map(({ template }) => ({ id: template.id, title: template.title }))))
        .catch(() => undefined); // reported by the data layer; the list stays without them
    return () => {
      current = false;
    };
  }, []);
  return list;
}

function NewSessionForm() {
  const { t } = useTranslation('sessions');
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState(BLANK);
  const [busy, setBusy] = useState(false);
  const [notReady, setNotReady] = useState<string | null>(null);
  const own = useOwnTemplates();
  // A shipped template in the app's language where it is translated: its breaks, check-ins and notes go into the plan in those words.
  const translated = useTranslatedContent();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setNotReady(null);
    try {
      const chosen = [...TEMPLATE_SUMMARIES, ...own].find((template) => template.id === templateId);
      const inLanguage = translated?.templates.find((template) => template.id === templateId);
      const id = await createSession(
        title.trim() || (inLanguage ?? chosen)?.title || t('newSession.untitled'),
        templateId || null,
        inLanguage,
      );
      navigate(routes.session(id));
    } catch (error) {
      if (error instanceof TemplateNotReadyError) setNotReady(t('newSession.notReady', { title: error.title, count: error.missing }));
      else reportFailure('create the session', error); // unless the repository already did; the form keeps what was typed
      setBusy(false);
    }
  };

  return (
    <form className="new-session" onSubmit={submit} aria-labelledby="new-session-heading">
      <h2 id="new-session-heading">{t('newSession.heading')}</h2>
      <div className="new-session__fields">
        <div className="field">
          <label htmlFor="new-session-title">{t('newSession.title')}</label>
          <input
            id="new-session-title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            autoComplete="off"
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="new-session-template">{t('newSession.startFrom')}</label>
          <select id="new-session-template" value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
            <option value={BLANK}>{t('newSession.blank')}</option>
            {TEMPLATE_SUMMARIES.map((template) => {
              // Under its title in the app's language where translated; else English, said so.
              const inLanguage = translated?.templateSummaries.find((candidate) => candidate.id === template.id);
              return (
                <option key={template.id} value={template.id}>
                  {translated && !inLanguage
                    ? t('newSession.templateUntranslated', { title: template.title })
                    : t('newSession.template', { title: (inLanguage ?? template).title })}
                </option>
              );
            })}
            {own.length > 0 && (
              <optgroup label={t('newSession.myTemplates')}>
                {own.map((template) => (
                  <option key={template.id} value={template.id}>
                    {t('newSession.myTemplate', { title: template.title })}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('newSession.create')}
        </button>
      </div>
      {notReady && (
        <p role="alert" className="field__problems">
          {notReady}
        </p>
      )}
    </form>
  );
}

interface SessionRowProps {
  session: Session;
  onDelete: (session: Session) => void;
}

function SessionRow({ session, onDelete }: SessionRowProps) {
  const { t, i18n } = useTranslation('sessions');
  const [confirming, setConfirming] = useState(false);
  const [, navigate] = useLocation();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState('');
  const exportButton = useRef<HTMLButtonElement>(null);
  const titleId = `session-${session.id}-title`;
  const duplicate = async () => {
    // The copy's title says it is one, in the app's language.
    const id = await sessions.duplicate(session.id, t('copySuffix'));
    navigate(routes.session(id));
  };
  const closeExport = (result: ExportResult) => {
    setExporting(false);
    setExported(result === 'saved' ? t('row.saved') : result === 'saved-protected' ? t('row.savedProtected') : '');
    exportButton.current?.focus();
  };
  return (
    <li className="session-row" aria-labelledby={titleId}>
      <div className="session-row__main">
        <h3 id={titleId} className="session-row__title">
          <Link href={routes.session(session.id)}>{session.title}</Link>
        </h3>
        <p className="session-row__meta">
          <span>{scheduledLabel(session, t, i18n.language)}</span> · <span>{availableLabel(session, t)}</span> ·{' '}
          <span>{t(`status.${session.status}`)}</span>
          {session.deleteAfter && (
            <>
              {' '}
              · <span className="session-row__retention">{deletionNotice(session.deleteAfter)}</span>
            </>
          )}
        </p>
      </div>
      <div className="session-row__actions">
        {confirming ? (
          <>
            <span role="alert">{t('row.confirmDelete', { title: session.title })}</span>
            <button type="button" className="button button--danger" onClick={() => onDelete(session)}>
              {t('row.delete')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('row.keep')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void duplicate().catch(() => undefined)}
              aria-describedby={titleId}
            >
              {t('row.duplicate')}
            </button>
            <button
              ref={exportButton}
              type="button"
              className="button button--quiet"
              aria-expanded={exporting}
              onClick={() => {
                setExporting(!exporting);
                setExported('');
              }}
              aria-describedby={titleId}
            >
              {t('row.export')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(true)} aria-describedby={titleId}>
              {t('row.deleteAsk')}
            </button>
          </>
        )}
      </div>
      {exporting && (
        <div className="session-row__export">
          <ExportForm
            sessionIds={[session.id]}
            what="session"
            heading={t('row.exportHeading', { title: session.title })}
            onDone={closeExport}
          />
        </div>
      )}
      {exported && (
        <p className="session-row__exported" role="status">
          {exported}
        </p>
      )}
    </li>
  );
}

/** The first launch: nothing planned yet, so point to where plans come from. */
function FirstSteps() {
  const { t } = useTranslation('sessions');
  return (
    <div className="empty-state sessions-first-steps">
      <p>{t('firstSteps.none')}</p>
      <p>{t('firstSteps.where')}</p>
      <ul>
        <li>
          <Link href={routes.templates}>{t('firstSteps.templatesLink')}</Link>
          {t('firstSteps.templates')}
        </li>
        <li>
          <Link href={routes.library}>{t('firstSteps.libraryLink')}</Link>
          {t('firstSteps.library')}
        </li>
      </ul>
    </div>
  );
}

export default function SessionsScreen() {
  const { t } = useTranslation('sessions');
  const all = useLiveQuery(() => sessions.list(), []);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<SessionOrder>('date-ascending');
  const [deleted, setDeleted] = useState<DeletedSession | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const loaded = all !== undefined;
  useEffect(() => {
    if (loaded && performance.getEntriesByName(SESSIONS_READY_MARK).length === 0) performance.mark(SESSIONS_READY_MARK);
  }, [loaded]);

  const remove = async (session: Session) => {
    setDeleted(await sessions.delete(session.id));
  };
  const undo = async () => {
    if (!deleted) return;
    await sessions.restore(deleted);
    setDeleted(null);
  };

  const sessionOrders = Object.fromEntries(Object.keys(SESSION_ORDERS).map((key) => [key, t(`order.${key}`)])) as Record<
    SessionOrder,
    string
  >;
  const running = all?.find((session) => session.status === 'running');
  const visible = all ? sortSessions(all, order, query) : [];

  return (
    <div className="sessions">
      <h1 tabIndex={-1}>{t('title')}</h1>
      {running && (
        <p className="running-banner" role="status">
          <strong>{t('inProgress')}</strong> {running.title}. <Link href={routes.run(running.id)}>{t('resume')}</Link>
        </p>
      )}
      <NewSessionForm />

      <section aria-labelledby="your-sessions-heading">
        <h2 id="your-sessions-heading">{t('yours')}</h2>
        {all && all.length > 0 && (
          <p className="result-count" role="status">
            {visible.length === all.length
              ? t('count', { count: all.length })
              : t('matching', { count: visible.length, total: all.length })}
          </p>
        )}
        {/* Searching or sorting one session does nothing; a search already typed stays in reach whatever it hides. */}
        {((all?.length ?? 0) >= 2 || query !== '') && (
          <div className="sessions__tools" role="search" aria-label={t('find')}>
            <div className="field">
              <label htmlFor="session-search">{t('search')}</label>
              <input
                id="session-search"
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                autoComplete="off"
              />
            </div>
            <ChoiceField
              id="session-order"
              label={t('sortBy')}
              options={sessionOrders}
              value={order}
              onChange={(next) => setOrder(next ?? order)}
            />
          </div>
        )}
        {deleted && (
          <p className="undo-bar" role="status">
            {t('deleted', { title: deleted.session.title })}{' '}
            <button type="button" className="button" onClick={() => void undo().catch(() => undefined)}>
              {t('undo')}
            </button>
          </p>
        )}
        {!storageAvailable() ? (
          <p className="empty-state">{t('noStorage')}</p>
        ) : all === undefined ? (
          <p className="loading">{t('loading')}</p>
        ) : all.length === 0 ? (
          <FirstSteps />
        ) : visible.length === 0 ? (
          <p className="empty-state">{t('noMatch')}</p>
        ) : (
          <>
            <ul className="session-list">
              {visible.slice(0, limit).map((session) => (
                <SessionRow key={session.id} session={session} onDelete={(s) => void remove(s).catch(() => undefined)} />
              ))}
            </ul>
            {visible.length > limit && (
              <button type="button" className="button button--quiet show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                {t('showMore', { count: Math.min(PAGE_SIZE, visible.length - limit), hidden: visible.length - limit })}
              </button>
            )}
          </>
        )}
      </section>
      <BackupPanel canExport={(all?.length ?? 0) > 0} />
      <WipePanel />
    </div>
  );
}
