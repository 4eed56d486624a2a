import { Link } from 'wouter';
import type { WorkshopTemplate } from '../../../../domain/content/template-schema.ts';
import { timeAgenda, type TimedAgendaItem } from '../../../../domain/content/template-timing.ts';
import { routes } from '../../navigation/routes.ts';
import { findCheckIn, findTemplate } from '../../content/content-details.ts';
import { EXERCISES_BY_ID } from '../../content/content-library.ts';
import { clockOffset, durationLabel, minutesLabel } from '../../content/labels.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { DetailHeader } from '../../ui/DetailHeader.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { templateFacts } from './template-facts.ts';

export default function TemplateDetailScreen({ templateId }: { templateId: string }) {
  const template = findTemplate(templateId);
  if (!template) return <NotFound what="Template" id={templateId} backHref={routes.templates} backLabel="Back to the templates" />;
  return <TemplateDetail template={template} />;
}

function AgendaItemCell({ timed }: { timed: TimedAgendaItem }) {
  const { item, exercise } = timed;
  switch (item.kind) {
    case 'exercise':
      return (
        <>
          <Link href={routes.exercise(item.exercise)}>{exercise?.title ?? item.exercise}</Link>
          {item.note && <p className="agenda__note">{item.note}</p>}
        </>
      );
    case 'break':
      return <span className="agenda__break">{item.title}</span>;
    case 'check-in':
      return (
        <>
          <span className="agenda__check-in">{item.title}</span>
          <p className="agenda__note">
            Instruments:{' '}
            {item.instruments.map((id, index) => (
              <span key={id}>
                {index > 0 && ', '}
                <Link href={routes.checkIn(id)}>{findCheckIn(id)?.title ?? id}</Link>
              </span>
            ))}
          </p>
        </>
      );
  }
}

function TemplateDetail({ template }: { template: WorkshopTemplate }) {
  const agenda = timeAgenda(template, EXERCISES_BY_ID);
  const total = agenda.reduce((sum, { minutes }) => sum + minutes, 0);
  return (
    <article className="detail detail--wide" aria-labelledby="template-title">
      <DetailHeader
        backHref={routes.templates}
        backLabel="Back to the templates"
        titleId="template-title"
        title={template.title}
        summary={template.summary}
        facts={templateFacts(template)}
      />

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <table className="agenda">
          <thead>
            <tr>
              <th scope="col">Starts</th>
              <th scope="col">Item</th>
              <th scope="col" className="agenda__minutes">
                Length
              </th>
            </tr>
          </thead>
          <tbody>
            {agenda.map((timed, index) => (
              <tr key={index} className={`agenda__row agenda__row--${timed.item.kind}`}>
                <td className="agenda__clock">{clockOffset(timed.startMinute)}</td>
                <td>
                  <AgendaItemCell timed={timed} />
                </td>
                <td className="agenda__minutes">{minutesLabel(timed.minutes)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Total
              </th>
              <td className="agenda__minutes">{durationLabel(total)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="preparation-heading" className="note-block">
        <h2 id="preparation-heading">Preparation</h2>
        <Markdown source={template.preparation} />
      </section>

      <section aria-labelledby="about-template-heading">
        <h2 id="about-template-heading">About this workshop</h2>
        <Markdown source={template.body} />
      </section>
    </article>
  );
}
