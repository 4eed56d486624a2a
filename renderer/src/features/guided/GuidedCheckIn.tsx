import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CheckInAgendaItem } from '../../../../domain/sessions/session-model.ts';
import { routes } from '../../navigation/routes.ts';
import { checkIns } from '../../data/app-database.ts';
import { openOnPhones, PhoneRoundProgress, PhoneRoundSetup, RoundResultsView, useSessionCheckIns } from '../check-ins/index.ts';
import { useHost } from '../../host/host-context.tsx';
import { QrCode } from '../../ui/QrCode.tsx';

/**
 * A check-in the template built in, run by the group itself: the private
 * hand-around, then results under the same anonymity floor, with plain
 * guidance on what to do if a pattern shows.
 */
export function GuidedCheckIn({ item }: { item: CheckInAgendaItem }) {
  // The promise is the hand-around's own words: the group hears here what each person is told there.
  const { t } = useTranslation(['guided', 'handAround']);
  const data = useSessionCheckIns(item.sessionId);
  const [, navigate] = useLocation();
  const host = useHost();
  const [phones, setPhones] = useState(false);
  const [address, setAddress] = useState('');
  const chooseAddress = useCallback((value: string) => setAddress(value), []);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  if (!data) return null;
  // A round left open elsewhere is not this card's: it is closed before this card's round starts.
  const open = data.openRound?.agendaItemId === item.id ? data.openRound : null;
  const stale = open ? null : data.openRound;
  const results = data.results.filter((round) => round.round.agendaItemId === item.id).at(-1);

  const startHandAround = async () => {
    try {
      const roundId =
        open?.id ??
        (await (async () => {
          if (stale) await checkIns.close(stale.id);
          return checkIns.open({
            sessionId: item.sessionId,
            agendaItemId: item.id,
            instrumentIds: item.instrumentIds,
            purpose: 'check-in',
            method: 'hand-around',
          });
        })());
      navigate(routes.handAround(item.sessionId, roundId));
    } catch {
      // Reported at the top of the screen.
    }
  };
  const startOnPhones = async () => {
    if (starting) return;
    setStarting(true);
    setProblem(null);
    try {
      if (stale) await checkIns.close(stale.id);
      setProblem(
        await openOnPhones(
          host,
          { sessionId: item.sessionId, agendaItemId: item.id, instrumentIds: [...item.instrumentIds], purpose: 'check-in' },
          address,
        ),
      );
    } catch {
      setProblem(t('checkIn.codeFailed'));
    } finally {
      setStarting(false);
    }
  };
  const close = () => {
    if (open) void checkIns.close(open.id).catch(() => undefined);
  };

  return (
    <section className="guided-check-in" aria-labelledby="guided-check-in-heading">
      <h2 id="guided-check-in-heading">{t('checkIn.title')}</h2>
      {!results && (
        <>
          <p>{t('checkIn.passRound')}</p>
          <p className="guided-check-in__promise">{t('handAround:promise')}</p>
          <p>{t('checkIn.heldHere')}</p>
        </>
      )}
      {open?.phones ? (
        <>
          <div className="guided-check-in__phones">
            <QrCode text={open.phones.url} label={t('checkIn.qr')} className="guided-check-in__qr" />
            <div>
              <p>{t('checkIn.onPhones')}</p>
              <p className="guided-check-in__address">{open.phones.url}</p>
            </div>
          </div>
          <PhoneRoundProgress round={open} />
          <div className="guided-check-in__actions">
            <button type="button" className="button button--large" onClick={close}>
              {t('checkIn.allAnswered')}
            </button>
          </div>
        </>
      ) : open ? (
        <>
          <p role="status">{t('checkIn.turns', { count: open.turns })}</p>
          <div className="guided-check-in__actions">
            <button type="button" className="button button--large" onClick={() => void startHandAround()}>
              {t('checkIn.carryOn')}
            </button>
            <button type="button" className="button button--quiet button--large" onClick={close}>
              {t('checkIn.allGone')}
            </button>
          </div>
        </>
      ) : (
        !results && (
          <>
            <div className="guided-check-in__actions">
              <button type="button" className="button button--large" onClick={() => void startHandAround()}>
                {t('checkIn.start')}
              </button>
              <button
                type="button"
                className="button button--quiet button--large"
                aria-expanded={phones}
                onClick={() => setPhones((value) => !value)}
              >
                {t('checkIn.phones')}
              </button>
            </div>
            {phones && (
              <div className="guided-check-in__phone-setup">
                <PhoneRoundSetup address={address} onAddress={chooseAddress} />
                {problem && <p role="alert">{problem}</p>}
                <button
                  type="button"
                  className="button button--large"
                  disabled={address === '' || starting}
                  onClick={() => void startOnPhones()}
                >
                  {t('checkIn.showCode')}
                </button>
              </div>
            )}
          </>
        )
      )}
      {results && <RoundResultsView round={results} reader="group" />}
    </section>
  );
}
