import type { Timelines } from '../../../../domain/reflections/timelines.ts';

/** Each group's timeline in its own column, side by side and never merged. */
export function TimelinesView({ timelines }: { timelines: Timelines }) {
  if (timelines.groups.length === 0) return <p className="structures-map__empty">No group has agreed to keep its timeline.</p>;
  return (
    <div className="timelines" role="group" aria-label="Parallel timelines">
      {timelines.groups.map((group) => (
        <section key={group.id} className="timelines__group" aria-label={`Timeline: ${group.label}`}>
          <h5>{group.label}</h5>
          <ol>
            {group.events.map((event) => (
              <li key={event.id}>
                {event.when && <span className="timelines__when">{event.when}</span>} {event.text}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
