import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneInstrument, type HotspotJoin } from '../../../../domain/check-ins/phone-round.ts';
import type { PhoneRoundAddress } from '../../../../electron/ipc/contract.ts';
import { findCheckInIn } from '../../content/content-details.ts';
import { loadContentIn } from '../../content/translated-content.ts';
import { checkIns, sessions } from '../../data/app-database.ts';
import type { NewRound, OpenRound } from '../../data/check-in-repository.ts';
import type { Host } from '../../host/host.ts';
import { useHost } from '../../host/host-context.tsx';
import { currentLocale, translate } from '../../i18n/current.ts';
import { isLanguage } from '../../i18n/languages.ts';

// Rounds answered on participants' own phones. The host serves a small
// answer page on the room's network only while the round is open; this
// window sees how many have answered, never what, and the counts reach it
// once, when the round closes (see the check-in repository).

/**
 * Serves the round to phones, then opens it; if either fails, nothing is left running. Returns a problem to show, or null
 * (in the app's language: the facilitator's screens call this, never a printed or participant-facing one).
 */
export async function openOnPhones(
  host: Host,
  round: Omit<NewRound, 'method' | 'phones'>,
  address: string,
  hotspot: HotspotJoin | null = null,
): Promise<string | null> {
  checkIns.attachPhoneRounds({ stop: (key) => host.stopPhoneRound(key) });
  // The page speaks the participants' language (the session's, else the app's), as the hand-around would:
  // the instruments in it where translated (same ids, scale and order as the English source), else in English.
  const named = (await sessions.get(round.sessionId))?.participantLanguage ?? currentLocale();
  const language = isLanguage(named) ? named : 'en';
  const translated = await loadContentIn(language).catch(() => null);
  const instruments = round.instrumentIds.map((id) => findCheckInIn(translated, id)).filter((instrument) => instrument !== undefined);
  const started = await host.startPhoneRound({ language, instruments: instruments.map(phoneInstrument), address });
  if (!started.ok) return translate(`checkIns:phones.notStarted.${started.reason}`);
  try {
    const opened = await checkIns.open({
      ...round,
      method: 'phones',
      phones: { url: started.url, address, key: started.key, hotspot },
    });
    // A round was already open in this session (another window opened it): this server would belong to nothing.
    if (checkIns.answeringRound(opened)?.phones?.key !== started.key) {
      await host.stopPhoneRound(started.key);
      return translate('checkIns:phones.alreadyOpen');
    }
    return null;
  } catch {
    await host.stopPhoneRound(started.key);
    return translate('checkIns:phones.notOpened');
  }
}

/** Where phones will reach the app, and what to know before the first round: shown when "on phones" is chosen. */
export function PhoneRoundSetup({
  address,
  onAddress,
  hotspot,
  onHotspot,
}: {
  address: string;
  onAddress: (address: string) => void;
  /** Offered where the facilitator runs their own hotspot: a second code on the room's screen to join it. */
  hotspot?: HotspotJoin;
  onHotspot?: (hotspot: HotspotJoin) => void;
}) {
  const { t } = useTranslation('checkIns');
  const host = useHost();
  const [addresses, setAddresses] = useState<PhoneRoundAddress[] | 'unsupported' | null>(null);
  useEffect(() => {
    let current = true;
    void host.phoneRoundAddresses().then((found) => {
      if (!current) return;
      setAddresses(found);
      if (Array.isArray(found) && found[0]) onAddress(found[0].address);
    });
    return () => {
      current = false;
    };
  }, [host, onAddress]);

  if (addresses === null) return <p className="open-round__phones">{t('phones.looking')}</p>;
  if (addresses === 'unsupported')
    return (
      <p className="open-round__phones" role="note">
        {t('phones.unsupported')}
      </p>
    );
  if (addresses.length === 0)
    return (
      <p className="open-round__phones" role="note">
        {t('phones.noNetwork')}
      </p>
    );
  return (
    <div className="open-round__phones">
      <label>
        {t('phones.network')}{' '}
        <select value={address} onChange={(event) => onAddress(event.target.value)}>
          {addresses.map((candidate) => (
            <option key={candidate.address} value={candidate.address}>
              {candidate.name}: {candidate.address}
            </option>
          ))}
        </select>
      </label>
      <ul className="open-round__hints">
        <li>{t('phones.sameNetwork')}</li>
        <li>{t('phones.allow')}</li>
        <li>{t('phones.unencrypted')}</li>
      </ul>
      {hotspot && onHotspot && (
        <fieldset className="open-round__hotspot">
          <legend>{t('phones.hotspot')}</legend>
          <label>
            {t('phones.hotspotName')}{' '}
            <input
              value={hotspot.name}
              maxLength={32}
              autoComplete="off"
              onChange={(event) => onHotspot({ ...hotspot, name: event.target.value })}
            />
          </label>{' '}
          <label>
            {t('phones.hotspotPassword')}{' '}
            <input
              value={hotspot.password}
              maxLength={63}
              autoComplete="off"
              onChange={(event) => onHotspot({ ...hotspot, password: event.target.value })}
            />
          </label>
          <p className="open-round__hint">{t('phones.hotspotHint')}</p>
        </fieldset>
      )}
    </div>
  );
}

/** How many have answered, against how many are in the room; a round with more answers than people can be voided and run again. */
export function PhoneRoundProgress({ round }: { round: OpenRound }) {
  const { t } = useTranslation('checkIns');
  const host = useHost();
  const [answered, setAnswered] = useState(0);
  const [people, setPeople] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = round.phones?.key ?? null;
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const poll = () =>
      void host.phoneRoundAnswered(key).then((count) => {
        if (current && count !== null) setAnswered(count);
      });
    poll();
    const timer = setInterval(poll, 1000);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [host, key]);
  const inRoom = Number.parseInt(people, 10);
  const tooMany = Number.isInteger(inRoom) && inRoom > 0 && answered > inRoom;

  const rerun = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const { sessionId, agendaItemId, instrumentIds, purpose, phones } = round;
    await checkIns.discard(round.id);
    if (phones)
      setProblem(
        await openOnPhones(host, { sessionId, agendaItemId, instrumentIds: [...instrumentIds], purpose }, phones.address, phones.hotspot),
      );
    setBusy(false);
  };

  return (
    <div className="open-round__phones">
      <p className="open-round__answered" aria-live="polite">
        <strong>{t('phones.answered', { count: answered })}</strong>
        {Number.isInteger(inRoom) && inRoom > 0 ? ` · ${t('phones.inRoom', { count: inRoom })}` : ''}
      </p>
      <label>
        {t('phones.peopleLabel')}{' '}
        <input type="number" min={1} max={500} inputMode="numeric" value={people} onChange={(event) => setPeople(event.target.value)} />
      </label>
      {tooMany && (
        <div role="alert" className="open-round__warning">
          <p>{t('phones.tooMany')}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void rerun().catch(() => setBusy(false))}>
            {t('phones.rerun')}
          </button>
        </div>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
