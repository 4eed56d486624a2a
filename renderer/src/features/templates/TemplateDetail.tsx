import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { WorkshopTemplate } from '../../../../domain/content/template-schema.ts';
import { timeAgenda, type TimedAgendaItem } from '../../../../domain/content/template-timing.ts';
import { findCheckInIn } from '../../content/content-details.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { clockOffset, durationLabel, minutesLabel } from '../../content/labels.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { routes } from '../../navigation/routes.ts';
import { DetailHeader } from '../../ui/DetailHeader.tsx';
import { Heading, ShiftHeadings } from '../../ui/Heading.tsx';
import { templateFacts } from './template-facts.ts';

/** What the agenda shows of an exercise a template names, and where its title links. */
export interface AgendaExercise {
  title: string;
  durationMinutes: number;
  href: string;
  /** Shown in English in another language, for want of a translation: marked so beside its title. */
  untranslated?: boolean;
}

interface TemplateDetailProps {
  template: WorkshopTemplate;
  exercises: ReadonlyMap<string, AgendaExercise>;
  /** Whose template it is, for a facilitator's own: under the facts. */
  mark?: ReactNode;
  /** What can be done with it (share, delete): under the header. */
  actions?: ReactNode;
  /** Shown inside another screen (an import's preview): no way back, headings under that screen's. */
  preview?: boolean;
}

function AgendaItemCell({ timed }: { timed: TimedAgendaItem<AgendaExercise> }) {
  const { t } = useTranslation('templates');
  // The instruments' titles in the app's language where they are translated.
  const translated = useTranslatedContent();
  const { item, exercise } = timed;
  switch (item.kind) {
    case 'exercise':
      return (
        <>
          {exercise ? (
            <>
              <Link href={exercise.href}>{exercise.title}</Link>
              {exercise.untranslated && (
                <>
                  {' '}
                  <NotTranslatedMark />
                </>
              )}
            </>
          ) : (
            <span className="agenda__missing">{t('notKept', { id: item.exercise })}</span>
          )}
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
            {t('instruments')}
            {item.instruments.map((id, index) => (
              <span key={id}>
                {index > 0 && ', '}
                <Link href={routes.checkIn(id)}>{findCheckInIn(translated, id)?.title ?? id}</Link>
              </span>
            ))}
          </p>
        </>
      );
  }
}

/** A workshop template as the facilitator reads it: shipped templates, their own, and an import's preview. */
export function TemplateDetail({ template, exercises, mark, actions, preview = false }: TemplateDetailProps) {
  const { t } = useTranslation('templates');
  const agenda = timeAgenda(template, exercises);
  const total = agenda.reduce((sum, { minutes }) => sum + minutes, 0);
  return (
    <ShiftHeadings by={preview ? 2 : 0}>
      <article className="detail detail--wide" aria-labelledby="template-title">
        <DetailHeader
          backHref={preview ? undefined : routes.templates}
          backLabel={t('back')}
          titleId="template-title"
          title={template.title}
          summary={template.summary}
          facts={templateFacts(template)}
        >
          {mark}
        </DetailHeader>
        {actions && <div className="own-exercise-actions">{actions}</div>}

        <section aria-labelledby="agenda-heading">
          <Heading level={2} id="agenda-heading">
            {t('agenda')}
          </Heading>
          <table className="agenda">
            <thead>
              <tr>
                <th scope="col">{t('starts')}</th>
                <th scope="col">{t('item')}</th>
                <th scope="col" className="agenda__minutes">
                  {t('length')}
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
                  {t('total')}
                </th>
                <td className="agenda__minutes">{durationLabel(total)}</td>
              </tr>
            </tfoot>
          </table>
        </section>

        <section aria-labelledby="preparation-heading" className="note-block">
          <Heading level={2} id="preparation-heading">
            {t('preparation')}
          </Heading>
          <Markdown source={template.preparation} />
        </section>

        <section aria-labelledby="about-template-heading">
          <Heading level={2} id="about-template-heading">
            {t('about')}
          </Heading>
          <Markdown source={template.body} />
        </section>
      </article>
    </ShiftHeadings>
  );
}
