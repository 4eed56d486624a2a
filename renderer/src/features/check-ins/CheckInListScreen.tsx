import { Link } from 'wouter';
import { routes } from '../../navigation/routes.ts';
import { CHECK_IN_SUMMARIES } from '../../content/content-library.ts';
import { trackLabel } from '../../content/labels.ts';
import { FactList } from '../../ui/FactList.tsx';

export function CheckInListScreen() {
  return (
    <div>
      <h1 tabIndex={-1}>Check-ins</h1>
      <p className="lede">
        Short, anonymous rounds that tell the facilitator how the session is going for the people most affected, and whether allies are
        taking too much room. Formative feedback for steering the session, not a measurement of anyone.
      </p>
      <ul className="card-list card-list--narrow">
        {CHECK_IN_SUMMARIES.map((instrument) => (
          <li key={instrument.id}>
            <article className="card" aria-labelledby={`check-in-${instrument.id}-title`}>
              <h2 id={`check-in-${instrument.id}-title`} className="card__title">
                <Link href={routes.checkIn(instrument.id)}>{instrument.title}</Link>
              </h2>
              <p className="card__summary">{instrument.summary}</p>
              <FactList
                compact
                facts={[
                  { term: 'Answered by', value: trackLabel(instrument.track) },
                  { term: 'Items', value: String(instrument.itemCount) },
                  { term: 'Shown only from', value: `${instrument.minimumGroupSize} answers` },
                ]}
              />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
