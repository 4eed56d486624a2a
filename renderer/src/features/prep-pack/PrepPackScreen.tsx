import { useLiveQuery } from 'dexie-react-hooks';
import { useActionStatus } from '../../ui/useActionStatus.ts';
import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { materialsMentioned } from '../../../../domain/content/materials.ts';
import { agendaClockTimes, offsetLabel, sessionStart, type ItemClock } from '../../../../domain/sessions/clock-times.ts';
import { agendaItemTitle, type AgendaItem, type ExerciseAgendaItem, type Session } from '../../../../domain/sessions/session-model.ts';
import type { PaperSize } from '../../../../domain/sessions/session-vocabulary.ts';
import { findCheckIn, findTemplate } from '../../content/content-details.ts';
import { loadExercise } from '../../content/content-library.ts';
import { durationLabel, minutesLabel } from '../../content/labels.ts';
import { sessions } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { Markdown } from '../../markdown/Markdown.tsx';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { PAGE_MARKS } from '../../ui/page-rules.ts';
import { usePackPageRules } from './usePackPageRules.ts';

// The preparation pack: everything a facilitator prints the evening before,
// in one document. The plan with clock times, the template's preparation,
// what to bring, each exercise as planned (its steps from the session's own
// copy, as the run view shows them, with the library's safety and facilitator
// notes), and what participants see, to print as handouts.

/** Text as the host accepts it in a file name: letters without their accents ("Preparación" → "Preparacion"), digits, spaces and a few marks. */
const plainName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\w .()-]+/g, '-');

/** The PDF's file name, in the app's language, as the host accepts it. */
function fileNameFor(title: string, t: TFunction<'prepPack'>): string {
  const base = plainName(title)
    .replace(/^[.\s-]+/, '')
    .slice(0, 90)
    .trim();
  return plainName(t('fileName', { title: base || t('untitled') }));
}

// One promise per set of exercises, kept, so React's `use` sees the same promise on every render.
const exerciseSets = new Map<string, Promise<Map<string, Exercise>>>();

function loadExercises(ids: readonly string[]): Promise<Map<string, Exercise>> {
  const key = ids.join(' ');
  let request = exerciseSets.get(key);
  if (!request) {
    request = Promise.all(ids.map((id) => loadExercise(id))).then(
      (loaded) =>
        new Map(loaded.filter((exercise): exercise is Exercise => exercise !== undefined).map((exercise) => [exercise.id, exercise])),
    );
    exerciseSets.set(key, request);
    request.catch(() => exerciseSets.delete(key));
  }
  return request;
}

export default function PrepPackScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('prepPack');
  const data = useLiveQuery(async () => (await sessions.bundle(sessionId)) ?? null, [sessionId]);
  if (data === undefined) return <p className="loading">{t('loading')}</p>;
  if (data === null) return <NotFound what="Session" id={sessionId} backHref={routes.sessions} />;
  const agenda = [...data.agendaItems].sort((a, b) => a.position - b.position);
  const prepNotes = new Map(data.prepNotes.map((note) => [note.id, note.text]));
  return <PrepPack key={sessionId} session={data.session} agenda={agenda} prepNotes={prepNotes} />;
}

interface PackProps {
  session: Session;
  agenda: AgendaItem[];
  prepNotes: ReadonlyMap<string, string>;
}

function PrepPack({ session, agenda, prepNotes }: PackProps) {
  const { t } = useTranslation('prepPack');
  const host = useHost();
  const [paper, setPaper] = useState<PaperSize>(session.summary?.paper ?? 'A4');
  const [status, run] = useActionStatus();
  usePackPageRules(session.title, paper, { footer: t('footer'), pageOf: t('pageOf', PAGE_MARKS) });

  const savePdf = async () => {
    const outcome = await host.savePdf({ suggestedName: fileNameFor(session.title, t), paper });
    if (outcome === 'unsupported') {
      await host.printPage();
      return t('pdfInBrowser');
    }
    return outcome === 'saved' ? t('pdfSaved') : null;
  };

  return (
    <div className="prep-pack">
      <div className="prep-pack-controls">
        <BackLink href={routes.session(session.id)}>{t('back')}</BackLink>
        <h1 tabIndex={-1}>{t('title', { title: session.title })}</h1>
        <p>{t('lede')}</p>
        <div className="prep-pack-controls__actions" role="group" aria-label={t('print')}>
          <button type="button" className="button" onClick={() => void run(async () => (await host.printPage(), null))}>
            {t('printButton')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void run(savePdf)}>
            {t('savePdf')}
          </button>
        </div>
        <fieldset className="prep-pack-controls__paper">
          <legend>{t('paper')}</legend>
          {(['A4', 'Letter'] as const).map((size) => (
            <label key={size} className="checkbox--inline">
              <input type="radio" name="pack-paper" value={size} checked={paper === size} onChange={() => setPaper(size)} />{' '}
              {size === 'A4' ? t('a4') : t('letter')}
            </label>
          ))}
        </fieldset>
        <p className="prep-pack-controls__status" role="status">
          {status}
        </p>
        <h2 className="visually-hidden">{t('previewHeading')}</h2>
      </div>
      <Suspense fallback={<p className="loading">{t('loadingExercises')}</p>}>
        <PackDocument session={session} agenda={agenda} prepNotes={prepNotes} paper={paper} />
      </Suspense>
    </div>
  );
}

function ItemTimes({ clock }: { clock: ItemClock }) {
  const { t } = useTranslation('prepPack');
  if (clock.start === null) return <>{offsetLabel(clock.startMinute)}</>;
  return (
    <>
      {clock.start}–{clock.end}
      {clock.startDay > 0 && t('nextDay')}
    </>
  );
}

function PlanItem({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('prepPack');
  if (item.kind === 'check-in')
    return (
      <>
        <strong>{item.title}</strong>
        {t('checkIn', { instruments: item.instrumentIds.map((id) => findCheckIn(id)?.title ?? id).join(', ') })}
      </>
    );
  if (item.kind === 'break') return <>{item.title}</>;
  return <strong>{item.exercise.title}</strong>;
}

function PackDocument({ session, agenda, prepNotes, paper }: PackProps & { paper: PaperSize }) {
  const { t, i18n } = useTranslation('prepPack');
  const exerciseItems = agenda.filter((item): item is ExerciseAgendaItem => item.kind === 'exercise');
  const exercises = use(loadExercises([...new Set(exerciseItems.map((item) => item.exercise.id))]));
  const template = session.templateId ? findTemplate(session.templateId) : undefined;
  const clocks = agendaClockTimes(agenda, session.scheduledFor, { locale: i18n.language });
  const start = sessionStart(session.scheduledFor);
  const total = agenda.reduce((sum, item) => sum + item.plannedMinutes, 0);
  const clockOf = (item: AgendaItem) => clocks[agenda.indexOf(item)]!;
  // An exercise planned twice is printed once, under its first place in the plan.
  const printed = exerciseItems.filter(
    (item, index) => exerciseItems.findIndex((other) => other.exercise.id === item.exercise.id) === index,
  );
  const templateMaterials = template ? materialsMentioned(template.preparation) : [];
  const exerciseMaterials = printed
    .map((item) => ({ item, materials: materialsMentioned(exercises.get(item.exercise.id)?.facilitatorNotes ?? '') }))
    .filter(({ materials }) => materials.length > 0);

  return (
    <article className={`prep-pack-page${paper === 'Letter' ? ' prep-pack-page--letter' : ''}`} aria-labelledby="pack-title">
      <header>
        <p className="prep-pack-page__kicker">{t('kicker')}</p>
        <h1 id="pack-title">{session.title}</h1>
        <p>
          {t(template ? 'whenFromTemplate' : 'when', {
            start: start ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(start) : t('noStart'),
            duration: durationLabel(total),
            template: template?.title,
          })}
        </p>
      </header>

      <section aria-labelledby="pack-plan">
        <h2 id="pack-plan">{t('plan')}</h2>
        <table className="prep-pack-plan">
          <thead>
            <tr>
              <th scope="col">{start ? t('time') : t('fromStart')}</th>
              <th scope="col">{t('item')}</th>
              <th scope="col">{t('length')}</th>
            </tr>
          </thead>
          <tbody>
            {agenda.map((item) => (
              <tr key={item.id} className={`prep-pack-plan__row--${item.kind}`}>
                <td className="prep-pack-plan__time">
                  <ItemTimes clock={clockOf(item)} />
                </td>
                <td>
                  <PlanItem item={item} />
                  {prepNotes.get(item.id) && <p className="prep-pack-plan__note">{prepNotes.get(item.id)}</p>}
                </td>
                <td className="prep-pack-plan__length">{minutesLabel(item.plannedMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {template && (
        <section aria-labelledby="pack-preparation">
          <h2 id="pack-preparation">{t('preparation')}</h2>
          <Markdown source={template.preparation} />
        </section>
      )}

      <section aria-labelledby="pack-materials" className="prep-pack-materials">
        <h2 id="pack-materials">{t('bring')}</h2>
        <p className="prep-pack-page__aside">{template ? t('gatheredWithTemplate') : t('gathered')}</p>
        {templateMaterials.length === 0 && exerciseMaterials.length === 0 && <p>{t('nothingToBring')}</p>}
        {templateMaterials.length > 0 && (
          <div className="prep-pack-materials__group">
            <h3>{t('wholeSession')}</h3>
            <Markdown source={templateMaterials.map((line) => `- ${line}`).join('\n')} />
          </div>
        )}
        {exerciseMaterials.map(({ item, materials }) => (
          <div key={item.id} className="prep-pack-materials__group">
            <h3>{item.exercise.title}</h3>
            <Markdown source={materials.map((line) => `- ${line}`).join('\n')} />
          </div>
        ))}
      </section>

      {printed.map((item) => (
        <PackExercise key={item.id} item={item} clock={clockOf(item)} exercise={exercises.get(item.exercise.id)} />
      ))}

      <PackHandouts items={printed} />
    </article>
  );
}

function PackExercise({ item, clock, exercise }: { item: ExerciseAgendaItem; clock: ItemClock; exercise: Exercise | undefined }) {
  const { t } = useTranslation('prepPack');
  const headingId = `pack-exercise-${item.id}`;
  const planned = item.exercise;
  return (
    <section aria-labelledby={headingId} className="prep-pack-exercise">
      <h2 id={headingId}>
        <span className="prep-pack-exercise__time">
          <ItemTimes clock={clock} />
        </span>{' '}
        {agendaItemTitle(item)}
      </h2>
      <p className="prep-pack-page__aside">
        {item.plannedMinutes !== planned.durationMinutes
          ? t('plannedWrittenFor', { minutes: minutesLabel(item.plannedMinutes), written: minutesLabel(planned.durationMinutes) })
          : t('planned', { minutes: minutesLabel(item.plannedMinutes) })}
      </p>
      {planned.steps.map((step, index) => (
        <div key={index} className="prep-pack-step">
          <h3>
            {t('step', { number: index + 1, title: step.title })}{' '}
            <span className="prep-pack-page__aside">· {minutesLabel(step.minutes)}</span>
          </h3>
          <Markdown source={step.script} className="prep-pack-step__script" />
          {step.prompt && (
            <div className="prep-pack-step__prompt">
              <h4>{t('participantsSee')}</h4>
              <Markdown source={step.prompt} />
            </div>
          )}
        </div>
      ))}
      {exercise ? (
        <>
          {exercise.version !== planned.version && <p className="prep-pack-page__aside">{t('newerNotes')}</p>}
          <h3>{t('safety')}</h3>
          <Markdown source={exercise.safetyNotes} />
          <h3>{t('facilitatorNotes')}</h3>
          <Markdown source={exercise.facilitatorNotes} />
        </>
      ) : (
        <p className="prep-pack-page__aside">{t('noLongerInLibrary')}</p>
      )}
    </section>
  );
}

/**
 * What each step shows participants, one exercise to a page, for printing
 * as handouts (and for whoever leads a caucus from paper). The content has
 * no separate handouts: where an exercise has cards or sheets to print, they
 * are in its steps, above.
 */
function PackHandouts({ items }: { items: readonly ExerciseAgendaItem[] }) {
  const { t } = useTranslation('prepPack');
  const withPrompts = items.filter((item) => item.exercise.steps.some((step) => step.prompt));
  if (withPrompts.length === 0) return null;
  return (
    <section aria-labelledby="pack-handouts" className="prep-pack-handouts">
      <h2 id="pack-handouts">{t('handouts')}</h2>
      <p className="prep-pack-page__aside">{t('handoutsAside')}</p>
      {withPrompts.map((item) => (
        <div key={item.id} className="prep-pack-handout">
          <h3>{item.exercise.title}</h3>
          {item.exercise.steps.map(
            (step, index) =>
              step.prompt && (
                <div key={index} className="prep-pack-handout__step">
                  <h4>{t('step', { number: index + 1, title: step.title })}</h4>
                  <Markdown source={step.prompt} />
                </div>
              ),
          )}
        </div>
      ))}
    </section>
  );
}
