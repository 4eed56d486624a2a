import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { FieldProblem } from '../../../../domain/content/content-problems.ts';
import type { PlanItemForTemplate, TemplateDescription } from '../../../../domain/content/own-template.ts';
import { AUDIENCE_IDS, type AudienceId } from '../../../../domain/content/vocabulary.ts';
import type { AgendaItem, Session } from '../../../../domain/sessions/session-model.ts';
import { EXERCISES_BY_ID } from '../../content/content-library.ts';
import { problemWords } from '../../content/check-messages.ts';
import { audienceLabel, minutesLabel } from '../../content/labels.ts';
import { ownExercises, ownTemplates, sessions } from '../../data/app-database.ts';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { CheckSummary } from '../../ui/CheckSummary.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { exerciseIn, useTranslatedContent } from '../../content/translated-content.ts';
import { templateFieldLabel } from './template-field-labels.ts';
import { sayFailure } from '../../data/errors.ts';

// The template code (zod and a YAML writer) loads with this screen, never with the templates list.
const templateCode = () => import('../../../../domain/content/own-template.ts');

/** How long typing may pause before the check runs. */
const CHECK_DELAY_MS = 300;

interface Loaded {
  session: Session;
  items: PlanItemForTemplate[];
  /** Each item's title as planned and its minutes; an exercise's id, to show it in the app's language. */
  labels: { title: string; minutes: number; exerciseId?: string }[];
  durations: Map<string, { durationMinutes: number }>;
  groupSize: { min: number; max: number } | null;
  commonAudience: AudienceId[];
}

type Form = Omit<TemplateDescription, 'groupSize'> & { groupMin: string; groupMax: string };

function planItem(item: AgendaItem): PlanItemForTemplate {
  switch (item.kind) {
    case 'exercise':
      return { kind: 'exercise', exerciseId: item.exercise.id };
    case 'break':
      return { kind: 'break', title: item.title, minutes: item.plannedMinutes };
    case 'check-in':
      return { kind: 'check-in', title: item.title, minutes: item.plannedMinutes, instrumentIds: item.instrumentIds };
  }
}

async function load(sessionId: string): Promise<Loaded | null> {
  const [{ session, agenda }, own, { groupSizeForPlan }] = await Promise.all([
    sessions.withAgenda(sessionId),
    ownExercises.list(),
    templateCode(),
  ]);
  if (!session) return null;
  const durations = new Map<string, { durationMinutes: number; groupSize: { min: number; max: number }; audience: readonly AudienceId[] }>(
    [...EXERCISES_BY_ID.values(), ...own].map((exercise) => [exercise.id, exercise]),
  );
  const exercises = agenda.flatMap((item) => (item.kind === 'exercise' ? [durations.get(item.exercise.id) ?? item.exercise] : []));
  const known = exercises.filter((exercise) => 'groupSize' in exercise) as { groupSize: { min: number; max: number } }[];
  const audiences = exercises.map((exercise) => exercise.audience);
  const commonAudience = AUDIENCE_IDS.filter((audience) => audiences.length > 0 && audiences.every((list) => list.includes(audience)));
  return {
    session,
    items: agenda.map(planItem),
    labels: agenda.map((item) => ({
      title: item.kind === 'exercise' ? item.exercise.title : item.title,
      ...(item.kind === 'exercise' && { exerciseId: item.exercise.id }),
      minutes:
        item.kind === 'exercise'
          ? (durations.get(item.exercise.id)?.durationMinutes ?? item.exercise.durationMinutes)
          : item.plannedMinutes,
    })),
    durations,
    groupSize: groupSizeForPlan(known),
    commonAudience,
  };
}

/**
 * Saves a session's plan as one of the facilitator's own workshop
 * templates: the agenda and what they write here, checked as the content
 * check checks a shipped template, and nothing else of the session.
 */
export default function SaveAsTemplateScreen({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation('templates');
  const { t: tc } = useTranslation('contentCheck');
  const [, navigate] = useLocation();
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  const [form, setForm] = useState<Form | null>(null);
  const [check, setCheck] = useState<{ form: Form; problems: FieldProblem[] } | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const translated = useTranslatedContent();

  useEffect(() => {
    let current = true;
    void load(sessionId).then((result) => {
      if (!current) return;
      setLoaded(result);
      if (result)
        setForm({
          title: '',
          summary: '',
          preparation: '',
          body: '',
          audience: result.commonAudience,
          groupMin: String(result.groupSize?.min ?? ''),
          groupMax: String(result.groupSize?.max ?? ''),
          longStretchReason: '',
        });
    });
    return () => {
      current = false;
    };
  }, [sessionId]);

  const document = useMemo(() => (loaded && form ? { loaded, form } : null), [loaded, form]);

  useEffect(() => {
    if (!document) return;
    let current = true;
    const timer = setTimeout(() => {
      void templateCode().then(async ({ templateFromPlan }) => {
        const made = templateFromPlan(
          { mode: document.loaded.session.mode, items: document.loaded.items },
          description(document.form),
          document.loaded.durations,
          new Set(),
        );
        const problems = await ownTemplates.check(made);
        if (current) setCheck({ form: document.form, problems });
      });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [document]);

  if (loaded === undefined || (loaded && !form)) return <p className="loading">{t('save.loading')}</p>;
  if (loaded === null || !form) return <NotFound what="Session" id={sessionId} backHref={routes.sessions} />;

  // The agenda's exercises under their titles in the app's language where translated, else in English and marked so.
  const labels = loaded.labels.map((label) => {
    const { summary, untranslated } = label.exerciseId === undefined ? { untranslated: false } : exerciseIn(translated, label.exerciseId);
    return { ...label, title: summary?.title ?? label.title, untranslated };
  });
  const update = (change: Partial<Form>) => setForm({ ...form, ...change });
  const current = check !== null && check.form === form;
  const problems = current ? check.problems : [];
  const problemsOf = (field: string) => problems.filter((problem) => problem.field === field || problem.field.startsWith(`${field}.`));
  const longStretch = problems.some((problem) => problem.field === 'agenda') || form.longStretchReason !== '';
  const said = (problem: FieldProblem) => problemWords(tc, problem, i18n.language);

  const save = async () => {
    setSaveError(null);
    try {
      const { templateFromPlan } = await templateCode();
      const made = templateFromPlan(
        { mode: loaded.session.mode, items: loaded.items },
        description(form),
        loaded.durations,
        await ownTemplates.ids(),
      );
      const saved = await ownTemplates.save(made);
      navigate(routes.ownTemplate(saved.id));
    } catch (error) {
      // A refusal (the checks failed after all, or the id is taken) in the app's language, from the storage catalog.
      setSaveError(await sayFailure(error, i18n, (other) => (other instanceof Error ? other.message : t('save.notKept'))));
    }
  };

  const text = (
    name: 'title' | 'summary' | 'preparation' | 'body' | 'longStretchReason',
    label: string,
    hint?: string,
    multiline = true,
  ) => {
    const id = `template-${name}`;
    const fieldProblems = problemsOf(name);
    const describedBy = [hint ? `${id}-hint` : '', fieldProblems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
    const props = {
      id,
      value: form[name],
      onChange: (event: { target: { value: string } }) => update({ [name]: event.target.value }),
      'aria-invalid': fieldProblems.length > 0 || undefined,
      'aria-describedby': describedBy || undefined,
      autoComplete: 'off',
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="field__hint">
            {hint}
          </p>
        )}
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
        {fieldProblems.length > 0 && (
          <p id={`${id}-problems`} className="field__problems">
            {fieldProblems.map(said).join(' ')}
          </p>
        )}
      </div>
    );
  };

  const total = loaded.labels.reduce((sum, item) => sum + item.minutes, 0);

  return (
    <div className="own-editor">
      <BackLink href={routes.session(sessionId)}>{t('save.back')}</BackLink>
      <h1 tabIndex={-1}>{t('save.title')}</h1>
      <p className="lede">{t('save.lede', { title: loaded.session.title })}</p>

      <section aria-labelledby="template-agenda-heading">
        <h2 id="template-agenda-heading">{t('agenda')}</h2>
        <p className="field__hint">{t('save.agendaHint')}</p>
        <ol className="template-save__agenda">
          {labels.map((item, index) => {
            const itemProblems = problemsOf(`agenda[${index}]`);
            return (
              <li key={index}>
                {item.title} <span className="template-save__minutes">{minutesLabel(item.minutes)}</span>
                {item.untranslated && (
                  <>
                    {' '}
                    <NotTranslatedMark />
                  </>
                )}
                {itemProblems.length > 0 && <p className="field__problems">{itemProblems.map(said).join(' ')}</p>}
              </li>
            );
          })}
        </ol>
        <p>{t('save.total', { total: minutesLabel(total) })}</p>
      </section>

      <CheckSummary headingId="template-problems-heading" current={current} count={problems.length}>
        {problems.map((problem, index) => (
          <li key={`${problem.field}-${index}`}>
            {tc('labelled', { field: templateFieldLabel(problem.field, labels, t), message: said(problem) })}
          </li>
        ))}
      </CheckSummary>

      <form
        className="own-editor__form template-save__form"
        aria-label={t('save.form')}
        onSubmit={(event) => (event.preventDefault(), void save())}
      >
        {text('title', t('save.titleLabel'), undefined, false)}
        {text('summary', t('save.summary'), t('save.summaryHint'))}
        <fieldset>
          <legend>{t('save.audience')}</legend>
          {AUDIENCE_IDS.map((id) => (
            <label key={id} className="own-editor__choice">
              <input
                type="checkbox"
                checked={form.audience.includes(id)}
                onChange={(event) =>
                  update({ audience: event.target.checked ? [...form.audience, id] : form.audience.filter((other) => other !== id) })
                }
              />{' '}
              {audienceLabel(id)}
            </label>
          ))}
          {problemsOf('audience').length > 0 && <p className="field__problems">{said(problemsOf('audience')[0]!)}</p>}
        </fieldset>
        <div className="own-editor__pair">
          {(['groupMin', 'groupMax'] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`template-${name}`}>{name === 'groupMin' ? t('save.groupMin') : t('save.groupMax')}</label>
              <input
                id={`template-${name}`}
                type="number"
                min={1}
                value={form[name]}
                onChange={(event) => update({ [name]: event.target.value })}
                aria-invalid={problemsOf(name === 'groupMin' ? 'groupSize.min' : 'groupSize.max').length > 0 || undefined}
              />
            </div>
          ))}
        </div>
        {problemsOf('groupSize').length > 0 && (
          <p className="field__problems">
            {problemsOf('groupSize')
              .map((problem) => tc('labelled', { field: templateFieldLabel(problem.field, [], t), message: said(problem) }))
              .join(' ')}
          </p>
        )}
        {text('preparation', t('save.preparation'), t('save.preparationHint'))}
        {text('body', t('save.body'), t('save.bodyHint'))}
        {longStretch && text('longStretchReason', t('save.longStretchReason'), t('save.longStretchHint'))}
        <div className="own-editor__save">
          <button type="submit" className="button" disabled={!current || problems.length > 0}>
            {t('save.save')}
          </button>
          {saveError && (
            <p role="alert" className="field__problems">
              {saveError}
            </p>
          )}
        </div>
      </form>
    </div>
  );
}

function description(form: Form): TemplateDescription {
  return {
    title: form.title,
    summary: form.summary,
    preparation: form.preparation,
    body: form.body,
    audience: form.audience,
    groupSize: { min: Number(form.groupMin), max: Number(form.groupMax) },
    longStretchReason: form.longStretchReason,
  };
}
