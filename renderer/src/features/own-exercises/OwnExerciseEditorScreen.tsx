import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import type { FieldProblem } from '../../../../domain/content/content-problems.ts';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { RECORDABLE_CAPTURES, type RecordableCapture, type SummarySharing } from '../../../../domain/content/recording-policy.ts';
import { AUDIENCE_IDS, FRAMEWORK_IDS } from '../../../../domain/content/vocabulary.ts';
import { problemWords } from '../../content/check-messages.ts';
import { loadExercise } from '../../content/content-library.ts';
import { loadContentIn } from '../../content/translated-content.ts';
import { audienceLabel, frameworkLabel, vocabularyChoices } from '../../content/labels.ts';
import { ownExercises } from '../../data/app-database.ts';
import { routes } from '../../navigation/routes.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { CheckSummary } from '../../ui/CheckSummary.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { ExerciseDetail } from '../library/index.ts';
import { Choices, FieldProblems, TextField } from './EditorFields.tsx';
import {
  blankDraft,
  draftFromExercise,
  emptySource,
  emptyStep,
  inputIdFor,
  previewOf,
  toDocument,
  type ExerciseDraft,
} from './exercise-draft.ts';
import { fieldLabel } from './field-labels.ts';
import { OwnExerciseMark } from './OwnExerciseMark.tsx';
import { sayFailure } from '../../data/errors.ts';

// The validator (zod and a YAML reader) loads with the editor, never with the library's list.
const validator = () => import('../../../../domain/content/own-exercise.ts');

/** How long typing may pause before the check runs: long enough not to flash a message at every key. */
const CHECK_DELAY_MS = 300;

type Check = { draft: ExerciseDraft; problems: FieldProblem[]; exercise: OwnExercise | null };

/** Focuses the input a problem names, or the nearest part of the form that holds it. */
function focusField(field: string) {
  let path = field;
  for (;;) {
    const element = document.getElementById(inputIdFor(path));
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return;
    }
    if (path === '') return;
    path = path.replace(/(\.\w+|\[\d+\])$/, '') === path ? '' : path.replace(/(\.\w+|\[\d+\])$/, '');
  }
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * Writes a new exercise, adapts a shipped one (`adaptFrom`) or edits one of
 * the facilitator's own (`editId`), with the content check's messages beside
 * each field.
 */
export default function OwnExerciseEditorScreen({ adaptFrom, editId }: { adaptFrom?: string | undefined; editId?: string | undefined }) {
  const { t, i18n } = useTranslation('ownExercises');
  const { t: tc } = useTranslation('contentCheck');
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<ExerciseDraft | null | undefined>(undefined);
  // The shipped exercise an adapted one came from, for the checks that need the library (its sources are kept).
  const [original, setOriginal] = useState<Exercise | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The language it opened in: switching language later must not throw away what is being typed.
  const [openedIn] = useState(i18n.language);

  useEffect(() => {
    let current = true;
    void (async () => {
      const [{ adaptExercise, newOwnId }, kept] = await Promise.all([validator(), ownExercises.list()]);
      const ids = new Set(kept.map((exercise) => exercise.id).filter((id) => id !== editId));
      let start: ExerciseDraft | null = { ...blankDraft(), id: newOwnId(ids) };
      if (adaptFrom !== undefined) {
        // Adapted from what the facilitator read: the exercise in the app's language where it is translated
        // (the same version, steps, timings and sources as the English one), else the English original.
        const [shipped, translations] = await Promise.all([loadExercise(adaptFrom), loadContentIn(openedIn).catch(() => null)]);
        const translation = shipped && (await translations?.loadExerciseDetail(adaptFrom).catch(() => undefined));
        const read = translation && translation.version === shipped.version ? translation : shipped;
        start = read ? draftFromExercise(adaptExercise(read, ids)) : null;
      } else if (editId !== undefined) {
        const own = kept.find((exercise) => exercise.id === editId);
        // An edit is a new version: a session planned from the old one says which it copied.
        start = own ? { ...draftFromExercise(own), version: own.version + 1 } : null;
      }
      const from = start?.origin.kind === 'adapted' ? ((await loadExercise(start.origin.exercise)) ?? null) : null;
      if (!current) return;
      setOriginal(from);
      setDraft(start);
    })();
    return () => {
      current = false;
    };
  }, [adaptFrom, editId, openedIn]);

  useEffect(() => {
    if (!draft) return;
    let current = true;
    const timer = setTimeout(() => {
      void validator().then(({ checkOwnExerciseDraft, checkOwnExerciseAgainstLibrary }) => {
        if (!current) return;
        const result = checkOwnExerciseDraft(toDocument(draft));
        const problems = result.ok ? checkOwnExerciseAgainstLibrary(result.exercise, original ? [original] : []) : result.problems;
        setCheck(
          result.ok && problems.length === 0 ? { draft, problems: [], exercise: result.exercise } : { draft, problems, exercise: null },
        );
      });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, original]);

  if (draft === undefined) return <p className="loading">{t('loading')}</p>;
  if (draft === null) return <NotFound what="Exercise" id={adaptFrom ?? editId ?? ''} backHref={routes.library} />;

  const update = (change: Partial<ExerciseDraft>) => setDraft({ ...draft, ...change });
  const problems = check?.problems ?? [];
  const current = check !== null && check.draft === draft;
  const ready = current && check.exercise !== null;

  const save = async () => {
    if (!check?.exercise) return;
    setSaveError(null);
    try {
      await ownExercises.save(check.exercise);
      navigate(routes.ownExercise(check.exercise.id));
    } catch (error) {
      // A refusal (the checks failed after all, or the id is taken) in the app's language, from the storage catalog.
      setSaveError(await sayFailure(error, i18n, (other) => (other instanceof Error ? other.message : t('editor.notKept'))));
    }
  };

  const field = (
    name: keyof ExerciseDraft & string,
    path: string,
    label: string,
    options: { multiline?: boolean; number?: boolean; hint?: string } = {},
  ) => (
    <TextField
      field={path}
      label={label}
      value={draft[name] as string}
      onChange={(value) => update({ [name]: value } as Partial<ExerciseDraft>)}
      problems={problems}
      multiline={options.multiline ?? false}
      type={options.number ? 'number' : 'text'}
      {...(options.hint ? { hint: options.hint } : {})}
    />
  );

  const heading =
    adaptFrom !== undefined
      ? t('editor.adapt', { title: draft.origin.kind === 'adapted' ? draft.origin.title : '' })
      : editId !== undefined
        ? t('editor.edit')
        : t('editor.write');
  const back =
    adaptFrom !== undefined
      ? { href: routes.exercise(adaptFrom), label: t('backToExercise') }
      : editId !== undefined
        ? { href: routes.ownExercise(editId), label: t('backToExercise') }
        : { href: routes.library, label: t('backToLibrary') };
  const preview = previewOf(draft, { exercise: t('editor.untitled'), step: t('editor.untitledStep') });
  const captures = Object.fromEntries(
    (Object.keys(RECORDABLE_CAPTURES) as RecordableCapture[]).map((capture) => [capture, t(`capture.${capture}`)]),
  ) as Record<RecordableCapture, string>;
  const selfIdentifying =
    draft.audience.some((audience) => audience === 'affected-caucus' || audience === 'coalition') || draft.selfIdentificationWhy !== '';

  return (
    <div className="own-editor">
      <BackLink href={back.href}>{back.label}</BackLink>
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="lede">{t('editor.lede')}</p>

      <CheckSummary headingId="own-problems-heading" current={current} count={problems.length}>
        {problems.map((problem, index) => (
          <li key={`${problem.field}-${index}`}>
            <button type="button" className="link-button" onClick={() => focusField(problem.field)}>
              {fieldLabel(problem.field, t)}
            </button>
            {tc('afterLabel', { message: problemWords(tc, problem, i18n.language) })}
          </li>
        ))}
      </CheckSummary>

      <div className="own-editor__layout">
        <form className="own-editor__form" aria-label={t('editor.form')} onSubmit={(event) => (event.preventDefault(), void save())}>
          <fieldset>
            <legend>{t('editor.about')}</legend>
            {field('title', 'title', t('editor.title'))}
            {field('summary', 'summary', t('editor.summary'), { multiline: true, hint: t('editor.summaryHint') })}
            {field('body', 'body', t('editor.body'), { multiline: true, hint: t('editor.bodyHint') })}
            {field('durationMinutes', 'durationMinutes', t('editor.duration'), { number: true, hint: t('editor.durationHint') })}
            <div className="own-editor__pair">
              {field('groupMin', 'groupSize.min', t('editor.groupMin'), { number: true })}
              {field('groupMax', 'groupSize.max', t('editor.groupMax'), { number: true })}
            </div>
            <FieldProblems field="groupSize" problems={problems} />
            <Choices
              field="audience"
              legend={t('editor.audience')}
              options={vocabularyChoices(AUDIENCE_IDS, audienceLabel)}
              chosen={draft.audience}
              onChange={(audience) => update({ audience })}
              problems={problems}
            />
            <Choices
              field="frameworks"
              legend={t('editor.frameworks')}
              options={vocabularyChoices(FRAMEWORK_IDS, frameworkLabel)}
              chosen={draft.frameworks}
              onChange={(frameworks) => update({ frameworks })}
              problems={problems}
            />
            {field('contentWarning', 'contentWarning', t('editor.contentWarning'), { hint: t('editor.contentWarningHint') })}
          </fieldset>

          <fieldset id={inputIdFor('facilitation')} tabIndex={-1}>
            <legend>{t('editor.whoCanRun')}</legend>
            <label className="own-editor__choice">
              <input
                id={inputIdFor('facilitation.needsExperiencedFacilitator')}
                type="checkbox"
                checked={draft.needsExperiencedFacilitator}
                onChange={(event) => update({ needsExperiencedFacilitator: event.target.checked })}
              />{' '}
              {t('editor.needsFacilitator')}
            </label>
            {draft.needsExperiencedFacilitator && field('needsWhy', 'facilitation.why', t('editor.needsWhy'), { multiline: true })}
          </fieldset>

          <fieldset id={inputIdFor('steps')} tabIndex={-1}>
            <legend>{t('editor.steps')}</legend>
            <FieldProblems field="steps" problems={problems} />
            <ol className="own-editor__steps">
              {draft.steps.map((step, index) => {
                const setStep = (change: Partial<typeof step>) =>
                  update({ steps: draft.steps.map((other) => (other === step ? { ...step, ...change } : other)) });
                const path = `steps[${index}]`;
                const number = index + 1;
                return (
                  <li key={step.key} className="own-editor__step">
                    <fieldset id={inputIdFor(path)} tabIndex={-1}>
                      <legend>{t('editor.step', { number })}</legend>
                      <TextField
                        field={`${path}.title`}
                        label={t('editor.stepTitle', { number })}
                        value={step.title}
                        onChange={(title) => setStep({ title })}
                        problems={problems}
                      />
                      <TextField
                        field={`${path}.minutes`}
                        label={t('editor.stepMinutes', { number })}
                        type="number"
                        value={step.minutes}
                        onChange={(minutes) => setStep({ minutes })}
                        problems={problems}
                      />
                      <TextField
                        field={`${path}.script`}
                        label={t('editor.stepScript', { number })}
                        multiline
                        value={step.script}
                        onChange={(script) => setStep({ script })}
                        problems={problems}
                      />
                      <TextField
                        field={`${path}.prompt`}
                        label={t('editor.stepPrompt', { number })}
                        multiline
                        value={step.prompt}
                        onChange={(prompt) => setStep({ prompt })}
                        problems={problems}
                      />
                      <div className="own-editor__step-actions">
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={index === 0}
                          onClick={() => update({ steps: move(draft.steps, index, index - 1) })}
                        >
                          {t('editor.moveUp', { number })}
                        </button>
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={index === draft.steps.length - 1}
                          onClick={() => update({ steps: move(draft.steps, index, index + 1) })}
                        >
                          {t('editor.moveDown', { number })}
                        </button>
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={draft.steps.length === 1}
                          onClick={() => update({ steps: draft.steps.filter((other) => other !== step) })}
                        >
                          {t('editor.removeStep', { number })}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button" onClick={() => update({ steps: [...draft.steps, emptyStep()] })}>
              {t('editor.addStep')}
            </button>
          </fieldset>

          <fieldset>
            <legend>{t('editor.notes')}</legend>
            {field('facilitatorNotes', 'facilitatorNotes', t('editor.facilitatorNotes'), { multiline: true })}
            {field('safetyNotes', 'safetyNotes', t('editor.safetyNotes'), { multiline: true, hint: t('editor.safetyHint') })}
          </fieldset>

          {selfIdentifying && (
            <fieldset id={inputIdFor('selfIdentification')} tabIndex={-1}>
              <legend>{t('editor.selfIdentification')}</legend>
              <FieldProblems field="selfIdentification" problems={problems} />
              {field('selfIdentificationWhy', 'selfIdentification.why', t('editor.selfIdentificationWhy'), { multiline: true })}
              {field('selfIdentificationAlternative', 'selfIdentification.alternative', t('editor.selfIdentificationAlternative'), {
                multiline: true,
              })}
            </fieldset>
          )}

          <fieldset id={inputIdFor('recording')} tabIndex={-1}>
            <legend>{t('editor.recording')}</legend>
            <Choices
              field="recording.captures"
              legend={t('editor.captures')}
              options={captures}
              chosen={draft.captures}
              onChange={(captures) => update({ captures })}
              problems={problems}
            />
            {field('keep', 'recording.keep', t('editor.keep'), { multiline: true })}
            {field('neverKeep', 'recording.neverKeep', t('editor.neverKeep'), { multiline: true })}
            {field('whoSees', 'recording.whoSees', t('editor.whoSees'), { multiline: true, hint: t('editor.whoSeesHint') })}
            <div className="field">
              <label htmlFor={inputIdFor('recording.summary')}>{t('editor.inSummary')}</label>
              <select
                id={inputIdFor('recording.summary')}
                value={draft.summarySharing}
                onChange={(event) => update({ summarySharing: event.target.value as SummarySharing })}
              >
                <option value="private">{t('editor.summaryPrivate')}</option>
                <option value="shared">{t('editor.summaryShared')}</option>
              </select>
            </div>
          </fieldset>

          <fieldset id={inputIdFor('sources')} tabIndex={-1}>
            <legend>{t('editor.sources')}</legend>
            <FieldProblems field="sources" problems={problems} />
            <ol className="own-editor__steps">
              {draft.sources.map((source, index) => {
                const setSource = (change: Partial<typeof source>) =>
                  update({ sources: draft.sources.map((other) => (other === source ? { ...source, ...change } : other)) });
                const path = `sources[${index}]`;
                const number = index + 1;
                const text = (part: 'authors' | 'year' | 'title' | 'venue' | 'note' | 'doi' | 'url', label: string) => (
                  <TextField
                    field={`${path}.${part}`}
                    label={label}
                    type={part === 'year' ? 'number' : 'text'}
                    value={source[part]}
                    onChange={(value) => setSource({ [part]: value })}
                    problems={problems}
                  />
                );
                return (
                  <li key={source.key}>
                    <fieldset id={inputIdFor(path)} tabIndex={-1}>
                      <legend>{t('editor.source', { number })}</legend>
                      {text('authors', t('editor.sourceAuthors', { number }))}
                      {text('year', t('editor.sourceYear', { number }))}
                      {text('title', t('editor.sourceTitle', { number }))}
                      {text('venue', t('editor.sourceVenue', { number }))}
                      {text('doi', t('editor.sourceDoi', { number }))}
                      {text('url', t('editor.sourceUrl', { number }))}
                      <label className="own-editor__choice">
                        <input
                          type="checkbox"
                          checked={source.checkedAgainstFullText}
                          onChange={(event) => setSource({ checkedAgainstFullText: event.target.checked })}
                        />{' '}
                        {t('editor.checkedAgainstFullText')}
                      </label>
                      <div className="own-editor__step-actions">
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={draft.sources.length === 1}
                          onClick={() => update({ sources: draft.sources.filter((other) => other !== source) })}
                        >
                          {t('editor.removeSource', { number })}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button" onClick={() => update({ sources: [...draft.sources, emptySource()] })}>
              {t('editor.addSource')}
            </button>
          </fieldset>

          <div className="own-editor__save">
            <button type="submit" className="button" disabled={!ready}>
              {editId !== undefined ? t('editor.saveChanges') : t('editor.save')}
            </button>
            {saveError && (
              <p role="alert" className="field__problems">
                {saveError}
              </p>
            )}
          </div>
        </form>

        {/* It scrolls on its own beside the form on a wide screen, so the keyboard can reach it to scroll. */}
        <section className="own-editor__preview" aria-labelledby="own-preview-heading" tabIndex={0}>
          <h2 id="own-preview-heading" className="own-editor__preview-heading">
            {t('preview')}
          </h2>
          <ExerciseDetail
            preview
            exercise={preview}
            mark={<OwnExerciseMark exercise={{ origin: draft.origin, facilitation: preview.facilitation }} />}
          />
        </section>
      </div>
    </div>
  );
}
