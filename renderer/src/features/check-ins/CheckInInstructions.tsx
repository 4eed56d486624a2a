import { Trans, useTranslation } from 'react-i18next';
import type { CheckInMethod, RoundPurpose } from '../../../../domain/sessions/session-model.ts';
import { findCheckInIn } from '../../content/content-details.ts';
import { trackLabel } from '../../content/labels.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { firstNumbers, questionScreenCount, slipQuestionPages } from '../../../../domain/check-ins/answer-path.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { wifiJoinCode, type HotspotJoin } from '../../../../domain/check-ins/phone-round.ts';
import type { SlipPage } from '../../run-engine/run-channel.ts';

/**
 * What the room sees while a round is open: how to answer, and for counts
 * from cards or slips, then the questions themselves (a page of their own,
 * turned to by the facilitator: both at once do not fit a projector at a
 * readable size). Never any result. What it
 * promises is PARTICIPANT_PROMISE, word for word, as on the device (the display catalog holds it; a unit test keeps the two the same).
 */
export function CheckInInstructions({
  round,
}: {
  round: {
    instrumentIds: readonly string[];
    method: CheckInMethod;
    purpose: RoundPurpose;
    phones?: { url: string; hotspot: HotspotJoin | null } | null;
    /** For a round counted from slips: how to fill them in (0, unless said), or a page of the questions (1, 2…). */
    slipPage?: SlipPage;
  };
}) {
  const { t } = useTranslation('display');
  // In the room's language where the instrument is translated (same ids, scale and order), else English.
  const translated = useTranslatedContent();
  const instruments = round.instrumentIds.map((id) => findCheckInIn(translated, id)).filter((instrument) => instrument !== undefined);
  const minimum = Math.max(...instruments.map((instrument) => instrument.minimumGroupSize));
  // The same count on paper as on the device: everyone's path, and everyone's pile of slips, is as long as the longest track's.
  const questionSlips = questionScreenCount(instruments);
  const numbers = firstNumbers(instruments);
  const promise = (
    <p className="display__promise">
      <span>{t('promise')}</span> <span>{t('enough', { count: minimum })}</span>
    </p>
  );
  const pages = slipQuestionPages(instruments);
  const slipPage = round.method === 'tally' && round.slipPage ? Math.min(round.slipPage, pages.length) : 0;
  const slipQuestions = slipPage > 0 ? pages[slipPage - 1] : undefined;
  const heading = round.purpose === 'check-out' ? t('checkOut') : t('checkIn');
  return (
    <section className="display__check-in" aria-labelledby="display-check-in-heading">
      <h2 id="display-check-in-heading">
        {slipQuestions && pages.length > 1
          ? t('questionsPage', { heading, first: slipQuestions.first, last: slipQuestions.last, total: pages.at(-1)!.last })
          : heading}
      </h2>
      {/* The promise first: on a projector, what is below the fold may never be seen. On phones it sits beside the code, so both fit. */}
      {round.method !== 'phones' && !slipQuestions && promise}
      {round.phones ? (
        <div className="display__phones">
          <div className="display__codes">
            {round.phones.hotspot && (
              <figure className="display__wifi">
                <QrCode
                  text={wifiJoinCode(round.phones.hotspot)}
                  label={t('wifiQr', { name: round.phones.hotspot.name })}
                  className="display__qr"
                />
                <figcaption>
                  <Trans t={t} i18nKey="joinWifi" values={{ name: round.phones.hotspot.name }} components={[<strong key="name" />]} />
                  {round.phones.hotspot.password && (
                    <Trans
                      t={t}
                      i18nKey="password"
                      values={{ password: round.phones.hotspot.password }}
                      components={[<strong key="password" />]}
                    />
                  )}
                </figcaption>
              </figure>
            )}
            <figure>
              <QrCode text={round.phones.url} label={t('pageQr')} className="display__qr" />
              {round.phones.hotspot && <figcaption>{t('thenOpen')}</figcaption>}
            </figure>
          </div>
          <div>
            <p className="display__address">{round.phones.url}</p>
            {promise}
            <p>{t('phones', { screens: questionSlips + 1 })}</p>
          </div>
        </div>
      ) : round.method === 'hand-around' ? (
        <ul>
          <li>{t('handAround1')}</li>
          <li>{t('handAround2', { screens: questionSlips + 1 })}</li>
        </ul>
      ) : !slipQuestions ? (
        <ul>
          <li>{t('slips1', { slips: questionSlips + 1 })}</li>
          <li>{t('slips2')}</li>
          <li>{t('slips3')}</li>
        </ul>
      ) : (
        <>
          {slipQuestions.instruments.map((instrument) => (
            <div key={instrument.id} className="display__instrument">
              <h3>
                {instrument.title} ({trackLabel(instrument.track, t).toLowerCase()}): {instrument.scale.min} ={' '}
                {instrument.scale.minLabel.toLowerCase()}, {instrument.scale.max} = {instrument.scale.maxLabel.toLowerCase()}
              </h3>
              <ol start={numbers[instruments.indexOf(instrument)]}>
                {instrument.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ol>
            </div>
          ))}
          {slipQuestions === pages.at(-1) && <p className="display__last-slip">{t('lastSlip')}</p>}
        </>
      )}
    </section>
  );
}
