import { useLiveQuery } from 'dexie-react-hooks';
import { useActionStatus } from '../../ui/useActionStatus.ts';
import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import { materialsMentioned } from '../../../../domain/content/materials.ts';
import { agendaClockTimes, offsetLabel, sessionStart, type ItemClock } from '../../../../domain/sessions/clock-times.ts';
import { localizeAgenda } from '../../../../domain/sessions/localize-agenda.ts';
import {
  agendaItemTitle,
  type AgendaItem,
  type ExerciseAgendaItem,
  type ExerciseSnapshot,
  type Session,
} from '../../../../domain/sessions/session-model.ts';
import type { WorkshopTemplate } from '../../../../domain/content/template-schema.ts';
import type { PaperSize } from '../../../../domain/sessions/session-vocabulary.ts';
import { findCheckInIn, findTemplate } from '../../content/content-details.ts';
import { loadExercise } from '../../content/content-library.ts';
import { durationLabel, minutesLabel } from '../../content/labels.ts';
import { loadContentIn, type TranslatedContent } from '../../content/translated-content.ts';
import { sessions } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { Markdown } from '../../markdown/Markdown.tsx';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { ParticipantLanguage } from '../../i18n/participant-language.tsx';
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

/**
 * The exercises the pack prints, from the library, with their translations
 * into the app's language where there are any (`content`: that language's
 * translated content; null in English or a language with none).
 */
interface PackExercises {
  library: Map<string, Exercise>;
  translated: Map<string, Exercise>;
  content: TranslatedContent | null;
}

const byId = (exercises: readonly (Exercise | undefined)[]) =>
  new Map(exercises.filter((exercise): exercise is Exercise => exercise !== undefined).map((exercise) => [exercise.id, exercise]));

// One promise per language and set of exercises, kept, so React's `use` sees the same promise on every render.
const exerciseSets = new Map<string, Promise<PackExercises>>();

function loadExercises(ids: readonly string[], language: string): Promise<PackExercises> {
  const key = `${language}\u0000${ids.join(' ')}`;
  let request = exerciseSets.get(key);
  if (!request) {
    const translations = loadContentIn(language);
    request = Promise.all([
      Promise.all(ids.map((id) => loadExercise(id))),
      translations,
      translations.then((content) => content && Promise.all(ids.map((id) => content.loadExerciseDetail(id).catch(() => undefined)))),
    ]).then(([english, content, translated]) => ({ library: byId(english), translated: byId(translated ?? []), content }));
    exerciseSets.set(key, request);
    request.catch(() => exerciseSets.delete(key));
  }
  return request;
}

/** An exercise's safety and facilitator notes as the pack prints them, and the language they are written in. */
interface PackNotes {
  safetyNotes: string;
  facilitatorNotes: string;
  /** The library's version the notes are of; undefined for an own exercise's, which the plan kept. */
  version?: number;
  /** English shown where the app speaks a language the exercise is not (yet) translated into. */
  untranslated: boolean;
  language: string;
}

/**
 * An exercise's notes, as the run view shows them: an own exercise's as the
 * plan kept them (written, we take it, in the facilitator's language); a
 * shipped one's from the library, in the app's language where its
 * translation is of the library's current version, else in English, marked
 * as such. Undefined when the library no longer has it.
 */
function notesOf(planned: ExerciseSnapshot, { library, translated, content }: PackExercises, appLanguage: string): PackNotes | undefined {
  if (planned.safetyNotes !== undefined)
    return {
      safetyNotes: planned.safetyNotes,
      facilitatorNotes: planned.facilitatorNotes ?? '',
      untranslated: false,
      language: appLanguage,
    };
  const english = library.get(planned.id);
  if (!english) return undefined;
  const translation = translated.get(planned.id);
  const notes = translation !== undefined && translation.version === english.version ? translation : undefined;
  return {
    safetyNotes: (notes ?? english).safetyNotes,
    facilitatorNotes: (notes ?? english).facilitatorNotes,
    version: english.version,
    untranslated: content !== null && notes === undefined,
    language: notes && content ? content.language : 'en',
  };
}

const NONE: ReadonlySet<string> = new Set();

/** Planned items in the words of the language `exercises` were loaded in; in English (no translated content), as planned, with nothing marked untranslated. */
function inLanguageOf<Item extends AgendaItem>(
  planned: readonly Item[],
  exercises: PackExercises,
): { agenda: AgendaItem[]; untranslated: ReadonlySet<string> } {
  return exercises.content === null ? { agenda: [...planned], untranslated: NONE } : localizeAgenda(planned, exercises.translated);
}

/** The session's template as the pack prints it: in the app's language where translated, else in English, marked. */
function packTemplate(
  templateId: string | null,
  content: TranslatedContent | null,
): { template: WorkshopTemplate; untranslated: boolean; language: string } | undefined {
  const english = templateId ? findTemplate(templateId) : undefined;
  if (!english) return undefined;
  const translated = content?.templates.find((template) => template.id === english.id);
  if (translated && content) return { template: translated, untranslated: false, language: content.language };
  return { template: english, untranslated: content !== null, language: 'en' };
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

/** A plan's row: a check-in names its instruments in the app's language where they are translated (`content`). */
function PlanItem({ item, content }: { item: AgendaItem; content: TranslatedContent | null }) {
  const { t } = useTranslation('prepPack');
  const instrumentTitle = (id: string) => findCheckInIn(content, id)?.title ?? id;
  if (item.kind === 'check-in')
    return (
      <>
        <strong>{item.title}</strong>
        {t('checkIn', { instruments: item.instrumentIds.map(instrumentTitle).join(', ') })}
      </>
    );
  if (item.kind === 'break') return <>{item.title}</>;
  return <strong>{item.exercise.title}</strong>;
}

function PackDocument({ session, agenda: planned, prepNotes, paper }: PackProps & { paper: PaperSize }) {
  const { t, i18n } = useTranslation('prepPack');
  const ids = [...new Set(planned.flatMap((item) => (item.kind === 'exercise' ? [item.exercise.id] : [])))];
  const exercises = use(loadExercises(ids, i18n.language));
  // The plan's exercises in the app's language where translated (titles, steps, prompts), as the run view shows them.
  const { agenda, untranslated } = inLanguageOf(planned, exercises);
  const exerciseItems = agenda.filter((item): item is ExerciseAgendaItem => item.kind === 'exercise');
  const shown = packTemplate(session.templateId, exercises.content);
  const template = shown?.template;
  const clocks = agendaClockTimes(agenda, session.scheduledFor, { locale: i18n.language });
  const start = sessionStart(session.scheduledFor);
  const total = agenda.reduce((sum, item) => sum + item.plannedMinutes, 0);
  const clockOf = (item: AgendaItem) => clocks[agenda.indexOf(item)]!;
  // An exercise planned twice is printed once, under its first place in the plan.
  const printed = exerciseItems.filter(
    (item, index) => exerciseItems.findIndex((other) => other.exercise.id === item.exercise.id) === index,
  );
  const notes = new Map(printed.map((item) => [item.id, notesOf(item.exercise, exercises, i18n.language)]));
  // The exercises with something to show participants, as planned: the handouts say it in the participants' language.
  const handouts = planned.filter(
    (item): item is ExerciseAgendaItem =>
      printed.some((shown) => shown.id === item.id) && item.kind === 'exercise' && item.exercise.steps.some((step) => step.prompt),
  );
  // What to bring is read from the very notes the pack prints, in their language.
  const templateMaterials = shown ? materialsMentioned(shown.template.preparation, shown.language) : [];
  const exerciseMaterials = printed
    .map((item) => {
      const itemNotes = notes.get(item.id);
      return { item, materials: itemNotes ? materialsMentioned(itemNotes.facilitatorNotes, itemNotes.language) : [] };
    })
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
                  <PlanItem item={item} content={exercises.content} />
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
          {shown?.untranslated && (
            <p className="own-mark">
              <NotTranslatedMark />
            </p>
          )}
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
        <PackExercise
          key={item.id}
          item={item}
          clock={clockOf(item)}
          notes={notes.get(item.id)}
          stepsUntranslated={untranslated.has(item.id)}
        />
      ))}

      {handouts.length > 0 && (
        <section aria-labelledby="pack-handouts" className="prep-pack-handouts">
          <h2 id="pack-handouts">{t('handouts')}</h2>
          <p className="prep-pack-page__aside">{t('handoutsAside')}</p>
          <ParticipantLanguage language={session.participantLanguage}>
            <PackHandouts planned={handouts} />
          </ParticipantLanguage>
        </section>
      )}
    </article>
  );
}

interface PackExerciseProps {
  item: ExerciseAgendaItem;
  clock: ItemClock;
  notes: PackNotes | undefined;
  /** The steps are the plan's English, for want of a translation of the planned version. */
  stepsUntranslated: boolean;
}

function PackExercise({ item, clock, notes, stepsUntranslated }: PackExerciseProps) {
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
      {stepsUntranslated && (
        <p className="own-mark">
          <NotTranslatedMark />
        </p>
      )}
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
      {notes ? (
        <>
          {notes.version !== undefined && notes.version !== planned.version && <p className="prep-pack-page__aside">{t('newerNotes')}</p>}
          {notes.untranslated && !stepsUntranslated && (
            <p className="own-mark">
              <NotTranslatedMark />
            </p>
          )}
          <h3>{t('safety')}</h3>
          <Markdown source={notes.safetyNotes} />
          <h3>{t('facilitatorNotes')}</h3>
          <Markdown source={notes.facilitatorNotes} />
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
 * are in its steps, above. Handed to participants, they are in the language
 * the session shows them: this renders inside ParticipantLanguage, so `t`
 * and `i18n.language` are the participants'.
 */
function PackHandouts({ planned }: { planned: readonly ExerciseAgendaItem[] }) {
  const { t, i18n } = useTranslation('prepPack');
  const exercises = use(loadExercises([...new Set(planned.map((item) => item.exercise.id))], i18n.language));
  const { agenda, untranslated } = inLanguageOf(planned, exercises);
  return (
    <>
      {agenda.map(
        (item) =>
          item.kind === 'exercise' && (
            <div key={item.id} className="prep-pack-handout">
              <h3>{item.exercise.title}</h3>
              {untranslated.has(item.id) && (
                <p className="own-mark">
                  <NotTranslatedMark />
                </p>
              )}
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
          ),
      )}
    </>
  );
}
