import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import { PARTICIPANT_PROMISE } from '../../../../domain/check-ins/disclosure.ts';
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
      setProblem('The code could not be shown. Use the hand-around instead.');
    } finally {
      setStarting(false);
    }
  };
  const close = () => {
    if (open) void checkIns.close(open.id).catch(() => undefined);
  };

  return (
    <section className="guided-check-in" aria-labelledby="guided-check-in-heading">
      <h2 id="guided-check-in-heading">Private check-in</h2>
      {!results && (
        <>
          <p>
            Pass the device round the circle in order, to everyone, including anyone who will pass: skipping someone, or letting people take
            it when they choose, would show who has something to say. Everyone goes through the same screens, whatever they choose, so how
            long someone holds the device says nothing about their answers.
          </p>
          <p className="guided-check-in__promise">{PARTICIPANT_PROMISE}</p>
          <p>
            The answers are held only on this device, in this window, until the check-in is finished; nothing of them is saved before then.
            If the app is closed or reloaded first, the check-in is lost: run it again.
          </p>
        </>
      )}
      {open?.phones ? (
        <>
          <div className="guided-check-in__phones">
            <QrCode text={open.phones.url} label="QR code for the answer page" className="guided-check-in__qr" />
            <div>
              <p>Everyone answers on their own phone: point its camera at the code, or type the address. No app, no account, no name.</p>
              <p className="guided-check-in__address">{open.phones.url}</p>
            </div>
          </div>
          <PhoneRoundProgress round={open} />
          <div className="guided-check-in__actions">
            <button type="button" className="button button--large" onClick={close}>
              Everyone has answered: show the results
            </button>
          </div>
        </>
      ) : open ? (
        <>
          <p role="status">
            {open.turns === 1 ? '1 person has' : `${open.turns} people have`} taken their turn. Results stay hidden until everyone has gone.
          </p>
          <div className="guided-check-in__actions">
            <button type="button" className="button button--large" onClick={() => void startHandAround()}>
              Carry on passing the device round
            </button>
            <button type="button" className="button button--quiet button--large" onClick={close}>
              Everyone has gone: show the results
            </button>
          </div>
        </>
      ) : (
        !results && (
          <>
            <div className="guided-check-in__actions">
              <button type="button" className="button button--large" onClick={() => void startHandAround()}>
                Start the private hand-around
              </button>
              <button
                type="button"
                className="button button--quiet button--large"
                aria-expanded={phones}
                onClick={() => setPhones((value) => !value)}
              >
                Answer on our own phones instead
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
                  Show the code for our phones
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
