import { useTranslation } from 'react-i18next';
import type { Timelines } from '../../../../domain/reflections/timelines.ts';

/**
 * Each group's timeline in its own column, side by side and never merged.
 * Also on the printed summary: its words follow the nearest i18n provider
 * (the participants' language there), so useTranslation, never translate().
 */
export function TimelinesView({ timelines }: { timelines: Timelines }) {
  const { t } = useTranslation('reflections');
  if (timelines.groups.length === 0) return <p className="structures-map__empty">{t('timelines.none')}</p>;
  return (
    <div className="timelines" role="group" aria-label={t('timelines.parallel')}>
      {timelines.groups.map((group) => (
        <section key={group.id} className="timelines__group" aria-label={t('timelines.group', { group: group.label })}>
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
