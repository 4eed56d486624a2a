import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useActionStatus } from '../../ui/useActionStatus.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaItem, AgreedAction, Reflection, Session, StepNote } from '../../../../domain/sessions/session-model.ts';
import { composeSummary, type SummaryFormat } from '../../../../domain/summary/compose-summary.ts';
import { ParticipantLanguage, useParticipantI18n } from '../../i18n/participant-language.tsx';
import { useLocalizedAgenda } from '../../content/localized-agenda.ts';
import { defaultSummaryChoices, type PaperSize, type SummaryChoices } from '../../../../domain/summary/summary-choices.ts';
import { summaryMarkdown } from '../../../../domain/summary/summary-markdown.ts';
import { SUMMARY_READY_MARK } from '../../navigation/performance-marks.ts';
import { routes } from '../../navigation/routes.ts';
import { sessions } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { BackLink } from '../../ui/BackLink.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useSessionCheckIns, type SessionCheckIns } from '../check-ins/index.ts';
import { SummaryChoicesForm } from './SummaryChoicesForm.tsx';
import { SummaryView } from './SummaryView.tsx';
import { PAGE_MARKS } from '../../ui/page-rules.ts';
import { usePrintPageRules } from './usePrintPageRules.ts';

/** A file name the host accepts: letters, digits, spaces and a few marks. */
function fileNameFor(title: string, extension: string): string {
  const base = title
    .replace(/[^\w .()-]+/g, '-')
    .replace(/^[.\s-]+/, '')
    .slice(0, 100)
    .trim();
  return `${base || 'session-summary'}.${extension}`;
}

export default function SummaryScreen({ sessionId }: { sessionId: string }) {
  // The whole session at one moment, as the session record and backups read it.
  const data = useLiveQuery(async () => (await sessions.bundle(sessionId)) ?? null, [sessionId]);
  // The rounds' questionnaires in the words the summary is printed in: its participants'.
  const checkIns = useSessionCheckIns(sessionId, data?.session.participantLanguage);
  const { t } = useTranslation('summary');
  if (data === undefined || checkIns === undefined) return <p className="loading">{t('screen.loading')}</p>;
  if (data === null) return <NotFound what="Session" id={sessionId} backHref={routes.sessions} />;
  return (
    <Summary
      key={sessionId}
      session={data.session}
      agenda={[...data.agendaItems].sort((a, b) => a.position - b.position)}
      stepNotes={data.stepNotes}
      reflections={data.reflections}
      actions={data.agreedActions}
      checkIns={checkIns}
    />
  );
}

interface SummaryProps {
  session: Session;
  agenda: AgendaItem[];
  stepNotes: StepNote[];
  reflections: Reflection[];
  actions: AgreedAction[];
  checkIns: SessionCheckIns;
}

function Summary({ session, agenda, stepNotes, reflections, actions, checkIns }: SummaryProps) {
  const host = useHost();
  const [choices, setChoices] = useState<SummaryChoices>(session.summary?.choices ?? defaultSummaryChoices());
  const [paper, setPaper] = useState<PaperSize>(session.summary?.paper ?? 'A4');
  const [status, run] = useActionStatus();
  const { t } = useTranslation('summary');
  // The summary itself is in the language the session is shown to its participants in; the screen around it, in the app's.
  const participantI18n = useParticipantI18n(session.participantLanguage);
  const { t: inSummary } = useTranslation('summary', { i18n: participantI18n });
  // The printed page's footer and numbers are the shell's words, in the summary's language.
  const { t: onPaper } = useTranslation('shell', { i18n: participantI18n });
  // The plan's exercises under their titles in that language, where translated.
  const inRoomLanguage = useLocalizedAgenda(agenda, participantI18n.language);
  const words = useMemo<SummaryFormat>(
    () => ({
      locale: participantI18n.language === 'en' ? navigator.language : participantI18n.language,
      words: (key, values) => String(inSummary(key, { ...values })),
    }),
    [participantI18n, inSummary],
  );
  usePrintPageRules(session.title, paper, { footer: onPaper('print.footer'), pageOf: onPaper('print.pageOf', PAGE_MARKS) });

  const document = useMemo(
    () =>
      composeSummary(
        { session, agenda: inRoomLanguage.agenda, stepNotes, checkIns: checkIns.results, trends: checkIns.trends, reflections, actions },
        choices,
        words,
      ),
    [session, inRoomLanguage, stepNotes, checkIns, reflections, actions, choices, words],
  );
  useEffect(() => {
    performance.mark(SUMMARY_READY_MARK, { detail: session.id });
  }, [session.id]);

  // Each change is saved at once; "saved" is said only when the last of them has landed.
  const pendingSaves = useRef(0);
  const [saving, setSaving] = useState<'saving' | 'saved' | null>(null);
  const choose = (nextChoices: SummaryChoices, nextPaper: PaperSize) => {
    setChoices(nextChoices);
    setPaper(nextPaper);
    pendingSaves.current++;
    setSaving('saving');
    void sessions
      .saveSummarySettings(session.id, { choices: nextChoices, paper: nextPaper })
      .then(
        () => 'saved' as const,
        () => null, // reported by the data layer
      )
      .then((outcome) => {
        pendingSaves.current--;
        if (pendingSaves.current === 0) setSaving(outcome);
      });
  };

  const savePdf = async () => {
    const outcome = await host.savePdf({ suggestedName: fileNameFor(session.title, 'pdf'), paper });
    if (outcome === 'unsupported') {
      await host.printPage();
      return t('screen.pdfFromBrowser');
    }
    return outcome === 'saved' ? t('screen.pdfSaved') : null;
  };

  const exportMarkdown = async () => {
    const outcome = await host.saveTextFile({
      suggestedName: fileNameFor(session.title, 'md'),
      content: summaryMarkdown(document, words),
      kind: 'markdown',
    });
    return outcome === 'saved' ? t('screen.markdownSaved') : null;
  };

  return (
    <div className="summary">
      <div className="summary-controls">
        <BackLink href={routes.session(session.id)}>{t('screen.backToPlan')}</BackLink>
        <h1 tabIndex={-1}>{t('screen.title', { title: session.title })}</h1>
        <div className="summary-controls__actions" role="group" aria-label={t('screen.actions')}>
          <button type="button" className="button" onClick={() => void run(async () => (await host.printPage(), null))}>
            {t('screen.print')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void run(savePdf)}>
            {t('screen.savePdf')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void run(exportMarkdown)}>
            {t('screen.exportMarkdown')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void run(async () => (await host.copyText(summaryMarkdown(document, words)), t('screen.copied')))}
          >
            {t('screen.copyMarkdown')}
          </button>
        </div>
        <p className="summary-controls__status" role="status">
          {status}
        </p>
        <SummaryChoicesForm mode={session.mode} agenda={agenda} choices={choices} paper={paper} onChange={choose} saving={saving} />
        <h2 className="visually-hidden">{t('screen.preview')}</h2>
      </div>
      <ParticipantLanguage language={session.participantLanguage}>
        <SummaryView document={document} paper={paper} />
      </ParticipantLanguage>
    </div>
  );
}
