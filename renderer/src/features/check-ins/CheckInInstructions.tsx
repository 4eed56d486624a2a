import type { CheckInMethod, RoundPurpose } from '../../../../domain/sessions/session-model.ts';
import { findCheckIn } from '../../content/content-details.ts';

/**
 * What the room sees while a round is open: how to answer, and for counts
 * from cards or slips, the questions themselves. Never any result.
 */
export function CheckInInstructions({
  round,
}: {
  round: { instrumentIds: readonly string[]; method: CheckInMethod; purpose: RoundPurpose };
}) {
  const instruments = round.instrumentIds.map(findCheckIn).filter((instrument) => instrument !== undefined);
  const minimum = Math.max(...instruments.map((instrument) => instrument.minimumGroupSize));
  return (
    <section className="display__check-in" aria-labelledby="display-check-in-heading">
      <h2 id="display-check-in-heading">{round.purpose === 'check-out' ? 'Closing check-out' : 'Check-in'}</h2>
      {round.method === 'hand-around' ? (
        <ul>
          <li>A device is coming round. When it reaches you, choose how you are here today and answer privately.</li>
          <li>Skip any question, or pass altogether. Nobody sees your answers, not even the facilitator.</li>
          <li>Only averages are shown, and only once at least {minimum} people have answered.</li>
        </ul>
      ) : (
        <>
          <p>
            Answer each question on your slip with a number from the scale. Skip any question you like; nobody needs to give a reason. Only
            the totals are counted.
          </p>
          {instruments.map((instrument) => (
            <div key={instrument.id} className="display__instrument">
              <h3>
                {instrument.title}: {instrument.scale.min} = {instrument.scale.minLabel.toLowerCase()}, {instrument.scale.max} ={' '}
                {instrument.scale.maxLabel.toLowerCase()}
              </h3>
              <ol>
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
