import { useCallback, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import type { HotspotJoin } from '../../../../domain/check-ins/phone-round.ts';
import { slipQuestionPages } from '../../../../domain/check-ins/answer-path.ts';
import { CHECK_IN_METHODS, type AgendaItem, type CheckInMethod, type RoundPurpose } from '../../../../domain/sessions/session-model.ts';
import { routes } from '../../navigation/routes.ts';
import { findCheckInIn, listCheckIns } from '../../content/content-details.ts';
import { trackLabel } from '../../content/labels.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { checkIns } from '../../data/app-database.ts';
import type { OpenRound } from '../../data/check-in-repository.ts';
import type { ApplyAction } from './FacilitatorPrompt.tsx';
import { RoundResultsView } from './RoundResultsView.tsx';
import { defaultRoundInstruments } from './round-defaults.ts';
import { TallyForm } from './TallyForm.tsx';
import { TrendCharts } from './TrendCharts.tsx';
import { openOnPhones, PhoneRoundProgress, PhoneRoundSetup } from './PhoneRound.tsx';
import { useHost } from '../../host/host-context.tsx';
import { showSlipPage, useSlipPage, type SlipPage } from '../../run-engine/run-channel.ts';
import { useSessionCheckIns } from './useSessionCheckIns.ts';

/** The library's questionnaires in the app's language where translated (same ids, items and order), else English. */
function useCheckInsInLanguage(): { all: CheckInInstrument[]; find: (id: string) => CheckInInstrument | undefined } {
  const translated = useTranslatedContent();
  const find = (id: string) => findCheckInIn(translated, id);
  return { all: listCheckIns().map((instrument) => find(instrument.id) ?? instrument), find };
}

function instrumentsOf(
  round: { instrumentIds: readonly string[] },
  find: (id: string) => CheckInInstrument | undefined,
): CheckInInstrument[] {
  return round.instrumentIds.map(find).filter((instrument) => instrument !== undefined);
}

interface OpenRoundFormProps {
  sessionId: string;
  agendaItemId: string | null;
  purpose: RoundPurpose;
  defaultInstrumentIds: readonly string[];
}

function OpenRoundForm({ sessionId, agendaItemId, purpose, defaultInstrumentIds }: OpenRoundFormProps) {
  const questionnaires = useCheckInsInLanguage().all;
  const { t, i18n } = useTranslation('checkIns');
  const [chosen, setChosen] = useState<string[]>([...defaultInstrumentIds]);
  const [method, setMethod] = useState<CheckInMethod>('hand-around');
  const host = useHost();
  const [address, setAddress] = useState('');
  const chooseAddress = useCallback((value: string) => setAddress(value), []);
  const [hotspot, setHotspot] = useState<HotspotJoin>({ name: '', password: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = () => {
    setProblem(null);
    if (method !== 'phones') {
      void checkIns.open({ sessionId, agendaItemId, instrumentIds: chosen, purpose, method }).catch(() => undefined);
      return;
    }
    setBusy(true);
    void openOnPhones(
      host,
      { sessionId, agendaItemId, instrumentIds: chosen, purpose },
      address,
      hotspot.name.trim() ? { ...hotspot, name: hotspot.name.trim() } : null,
    )
      .then(setProblem, () => setProblem(t('panel.phonesFailed')))
      .finally(() => setBusy(false));
  };
  return (
    <form
      className="open-round"
      aria-label={purpose === 'check-out' ? t('panel.openCheckOut') : t('panel.openRound')}
      onSubmit={(event) => {
        event.preventDefault();
        open();
      }}
    >
      <fieldset>
        <legend>{t('panel.questions')}</legend>
        {questionnaires.map((instrument) => (
          <label key={instrument.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(instrument.id)}
              onChange={(event) =>
                setChosen((current) => (event.target.checked ? [...current, instrument.id] : current.filter((id) => id !== instrument.id)))
              }
            />{' '}
            {instrument.title} <span className="checkbox__hint">({trackLabel(instrument.track).toLocaleLowerCase(i18n.language)})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('panel.how')}</legend>
        {(Object.keys(CHECK_IN_METHODS) as CheckInMethod[]).map((value) => (
          <label key={value} className="checkbox">
            <input type="radio" name="check-in-method" checked={method === value} onChange={() => setMethod(value)} />{' '}
            {t(`panel.method.${value}`)}
          </label>
        ))}
      </fieldset>
      {method === 'phones' && <PhoneRoundSetup address={address} onAddress={chooseAddress} hotspot={hotspot} onHotspot={setHotspot} />}
      {problem && <p role="alert">{problem}</p>}
      <button type="submit" className="button" disabled={chosen.length === 0 || busy || (method === 'phones' && address === '')}>
        {purpose === 'check-out' ? t('panel.openCheckOut') : t('panel.submit')}
      </button>
    </form>
  );
}

function OpenRoundControls({ round }: { round: OpenRound }) {
  const { t } = useTranslation('checkIns');
  const { hasCounts } = round;
  const onPhones = round.phones !== null;
  const [entering, setEntering] = useState(round.method === 'tally');
  const instruments = instrumentsOf(round, useCheckInsInLanguage().find);
  const close = () => void checkIns.close(round.id).catch(() => undefined);
  const switchTo = (method: CheckInMethod) => void checkIns.setMethod(round.id, method).catch(() => undefined);
  return (
    <div className="open-round open-round--active">
      <p role="status">
        <Trans
          t={t}
          i18nKey={onPhones ? 'panel.openPhones' : 'panel.openDevice'}
          count={round.turns}
          values={{
            what: round.purpose === 'check-out' ? t('panel.checkOutOpen') : t('panel.roundOpen'),
            instruments: instruments.map((instrument) => instrument.title).join(', '),
            count: round.turns,
          }}
          components={[<strong key="what" />]}
        />
      </p>
      <p className="open-round__memory">{onPhones ? t('panel.memoryPhones') : t('panel.memoryDevice')}</p>
      {round.method === 'tally' && <SlipPageChoice roundId={round.id} instruments={instruments} />}
      <div className="open-round__actions">
        {/* One way of answering per round: typed counts beside private answers could be subtracted to read a person. */}
        {!hasCounts && !onPhones && (
          <Link href={routes.handAround(round.sessionId, round.id)} className="button" onClick={() => switchTo('hand-around')}>
            {t('panel.handAround')}
          </Link>
        )}
        {round.turns === 0 && !onPhones && (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={entering}
            onClick={() => {
              if (!entering) switchTo('tally');
              setEntering((value) => !value);
            }}
          >
            {t('panel.enterCounts')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={close}>
          {t('panel.close')}
        </button>
      </div>
      {onPhones && <PhoneRoundProgress round={round} />}
      {entering && round.turns === 0 && !onPhones && <TallyForm roundId={round.id} instruments={instruments} />}
    </div>
  );
}

/**
 * For a round counted from slips: the room's screen shows how to fill them in, then, as the facilitator turns it,
 * the questions, two questionnaires a page (all at once do not fit a projector at a readable size).
 */
function SlipPageChoice({ roundId, instruments }: { roundId: string; instruments: CheckInInstrument[] }) {
  const { t } = useTranslation('checkIns');
  const shown = useSlipPage(roundId);
  const questionPages = slipQuestionPages(instruments);
  const pages: { page: SlipPage; label: string }[] = [
    { page: 0, label: t('panel.slipHow') },
    ...questionPages.map(({ first, last }, index) => ({
      page: index + 1,
      label: questionPages.length === 1 ? t('panel.slipQuestions') : t('panel.slipQuestionsRange', { first, last }),
    })),
  ];
  return (
    <fieldset className="open-round__slip-page">
      <legend>{t('panel.roomShows')}</legend>
      {pages.map(({ page, label }) => (
        <label key={page} className="checkbox">
          <input type="radio" name={`slip-page-${roundId}`} checked={shown === page} onChange={() => showSlipPage(roundId, page)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

interface CheckInRoundsPanelProps {
  sessionId: string;
  currentItem: AgendaItem | undefined;
  /** On the last step: the closing check-out is offered. */
  atEnd: boolean;
  /** Absent once the session has ended: results are shown, and a round left open can still be closed, but nothing new starts. */
  onApply?: ApplyAction | undefined;
}

/** Check-in rounds during a run: open one, collect answers, close it, and see only what may be shown. */
export function CheckInRoundsPanel({ sessionId, currentItem, atEnd, onApply }: CheckInRoundsPanelProps) {
  const { t } = useTranslation('checkIns');
  const data = useSessionCheckIns(sessionId);
  if (!data || (!onApply && data.rounds.length === 0)) return null;
  const latest = data.results.at(-1);
  const usedBefore = [...new Set(data.rounds.flatMap((round) => round.instrumentIds))];
  const offerCheckOut = atEnd && !data.openRound && !data.rounds.some((round) => round.purpose === 'check-out');
  const defaults = defaultRoundInstruments(listCheckIns(), currentItem);
  return (
    <section className="check-in-panel" aria-labelledby="check-in-panel-heading">
      <h2 id="check-in-panel-heading" tabIndex={-1}>
        {t('panel.heading')}
      </h2>
      {data.openRound ? (
        <OpenRoundControls round={data.openRound} />
      ) : !onApply ? null : offerCheckOut ? (
        <>
          <p>{t('panel.checkOutIntro')}</p>
          <OpenRoundForm
            key="check-out"
            sessionId={sessionId}
            agendaItemId={currentItem?.id ?? null}
            purpose="check-out"
            defaultInstrumentIds={usedBefore.length > 0 ? usedBefore : defaults}
          />
        </>
      ) : (
        <details className="check-in-panel__open" open={currentItem?.kind === 'check-in'}>
          <summary>{t('panel.openRound')}</summary>
          <OpenRoundForm
            key={currentItem?.id}
            sessionId={sessionId}
            agendaItemId={currentItem?.id ?? null}
            purpose="check-in"
            defaultInstrumentIds={defaults}
          />
        </details>
      )}
      {latest && <RoundResultsView round={latest} onApply={onApply} />}
      <TrendCharts trends={data.trends} />
    </section>
  );
}
