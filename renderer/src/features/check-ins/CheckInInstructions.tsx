import { PARTICIPANT_PROMISE } from '../../../../domain/check-ins/disclosure.ts';
import type { CheckInMethod, RoundPurpose } from '../../../../domain/sessions/session-model.ts';
import { findCheckIn } from '../../content/content-details.ts';
import { trackLabel } from '../../content/labels.ts';
import { firstNumbers, questionScreenCount } from '../../../../domain/check-ins/answer-path.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { wifiJoinCode, type HotspotJoin } from '../../../../domain/check-ins/phone-round.ts';

/**
 * What the room sees while a round is open: how to answer, and for counts
 * from cards or slips, the questions themselves. Never any result. What it
 * promises is PARTICIPANT_PROMISE, word for word, as on the device.
 */
export function CheckInInstructions({
  round,
}: {
  round: {
    instrumentIds: readonly string[];
    method: CheckInMethod;
    purpose: RoundPurpose;
    phones?: { url: string; hotspot: HotspotJoin | null } | null;
  };
}) {
  const instruments = round.instrumentIds.map(findCheckIn).filter((instrument) => instrument !== undefined);
  const minimum = Math.max(...instruments.map((instrument) => instrument.minimumGroupSize));
  // The same count on paper as on the device: everyone's path, and everyone's pile of slips, is as long as the longest track's.
  const questionSlips = questionScreenCount(instruments);
  const numbers = firstNumbers(instruments);
  const promise = (
    <p className="display__promise">
      <span>{PARTICIPANT_PROMISE}</span> <span>Here, enough means at least {minimum} people.</span>
    </p>
  );
  return (
    <section className="display__check-in" aria-labelledby="display-check-in-heading">
      <h2 id="display-check-in-heading">{round.purpose === 'check-out' ? 'Closing check-out' : 'Check-in'}</h2>
      {/* The promise first: on a projector, what is below the fold may never be seen. On phones it sits beside the code, so both fit. */}
      {round.method !== 'phones' && promise}
      {round.phones ? (
        <div className="display__phones">
          <div className="display__codes">
            {round.phones.hotspot && (
              <figure className="display__wifi">
                <QrCode
                  text={wifiJoinCode(round.phones.hotspot)}
                  label={`QR code to join the Wi-Fi ${round.phones.hotspot.name}`}
                  className="display__qr"
                />
                <figcaption>
                  1. Join the Wi-Fi <strong>{round.phones.hotspot.name}</strong>
                  {round.phones.hotspot.password && (
                    <>
                      {' '}
                      (password <strong>{round.phones.hotspot.password}</strong>)
                    </>
                  )}
                </figcaption>
              </figure>
            )}
            <figure>
              <QrCode text={round.phones.url} label="QR code for the answer page" className="display__qr" />
              {round.phones.hotspot && <figcaption>2. Then open the answer page</figcaption>}
            </figure>
          </div>
          <div>
            <p className="display__address">{round.phones.url}</p>
            {promise}
            <p>
              Answer on your own phone, on the same Wi-Fi as this computer: point its camera at the code, or type the address. No app, no
              account, no name. Everyone goes through the same {questionSlips + 1} screens; every question starts on “Pass”.
            </p>
          </div>
        </div>
      ) : round.method === 'hand-around' ? (
        <ul>
          <li>The device comes round the circle, in order, to everyone. Answer privately, one question per screen.</li>
          <li>
            Everyone goes through the same {questionSlips + 1} screens, whatever they choose. Every question starts on “Pass”. The last one,
            for everyone: does something need to change?
          </li>
        </ul>
      ) : (
        <>
          <ul>
            <li>
              Everyone takes {questionSlips + 1} slips, whatever they answer. No names. One slip per question: write its number and your
              answer, for the questions that fit how you are here today. A blank slip is a pass.
            </li>
            <li>
              Last slip, for everyone: write “change” if something needs to change (slow down, or something needs to change), or leave it
              blank.
            </li>
            <li>
              Fold all your slips into the box. They are shuffled before anyone counts them, so nobody sees one person’s slips together.
            </li>
          </ul>
          {instruments.map((instrument, index) => (
            <div key={instrument.id} className="display__instrument">
              <h3>
                {instrument.title} ({trackLabel(instrument.track).toLowerCase()}): {instrument.scale.min} ={' '}
                {instrument.scale.minLabel.toLowerCase()}, {instrument.scale.max} = {instrument.scale.maxLabel.toLowerCase()}
              </h3>
              <ol start={numbers[index]}>
                {instrument.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
