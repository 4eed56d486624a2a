import { useEffect, useState } from 'react';
import { plainMessage } from '../../../../domain/content/plain-messages.ts';
import { useLocation } from 'wouter';
import type { Exercise } from '../../../../domain/content/exercise-schema.ts';
import type { FieldProblem } from '../../../../domain/content/content-problems.ts';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { RECORDABLE_CAPTURES, type SummarySharing } from '../../../../domain/content/recording-policy.ts';
import { AUDIENCES, FRAMEWORKS } from '../../../../domain/content/vocabulary.ts';
import { loadExercise } from '../../content/content-library.ts';
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
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<ExerciseDraft | null | undefined>(undefined);
  // The shipped exercise an adapted one came from, for the checks that need the library (its sources are kept).
  const [original, setOriginal] = useState<Exercise | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void (async () => {
      const [{ adaptExercise, newOwnId }, kept] = await Promise.all([validator(), ownExercises.list()]);
      const ids = new Set(kept.map((exercise) => exercise.id).filter((id) => id !== editId));
      let start: ExerciseDraft | null = { ...blankDraft(), id: newOwnId(ids) };
      if (adaptFrom !== undefined) {
        const shipped = await loadExercise(adaptFrom);
        start = shipped ? draftFromExercise(adaptExercise(shipped, ids)) : null;
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
  }, [adaptFrom, editId]);

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

  if (draft === undefined) return <p className="loading">Loading…</p>;
  if (draft === null)
    return <NotFound what="Exercise" id={adaptFrom ?? editId ?? ''} backHref={routes.library} backLabel="Back to the library" />;

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
      setSaveError(error instanceof Error ? error.message : 'The exercise could not be kept.');
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
      ? `Adapt “${draft.origin.kind === 'adapted' ? draft.origin.title : ''}”`
      : editId !== undefined
        ? 'Edit your exercise'
        : 'Write a new exercise';
  const back =
    adaptFrom !== undefined
      ? { href: routes.exercise(adaptFrom), label: 'Back to the exercise' }
      : editId !== undefined
        ? { href: routes.ownExercise(editId), label: 'Back to the exercise' }
        : { href: routes.library, label: 'Back to the library' };
  const selfIdentifying =
    draft.audience.some((audience) => audience === 'affected-caucus' || audience === 'coalition') || draft.selfIdentificationWhy !== '';

  return (
    <div className="own-editor">
      <BackLink href={back.href}>{back.label}</BackLink>
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="lede">
        Your exercise passes the same checks as the library’s own before it is kept: safety notes, nothing that records who people are, and
        timings that add up. It is kept in this browser only.
      </p>

      <CheckSummary headingId="own-problems-heading" current={current} count={problems.length}>
        {problems.map((problem, index) => (
          <li key={`${problem.field}-${index}`}>
            <button type="button" className="link-button" onClick={() => focusField(problem.field)}>
              {fieldLabel(problem.field)}
            </button>
            : {plainMessage(problem.message)}
          </li>
        ))}
      </CheckSummary>

      <div className="own-editor__layout">
        <form className="own-editor__form" aria-label="The exercise" onSubmit={(event) => (event.preventDefault(), void save())}>
          <fieldset>
            <legend>About it</legend>
            {field('title', 'title', 'Title')}
            {field('summary', 'summary', 'Summary', { multiline: true, hint: 'One or two sentences: what the group does and why.' })}
            {field('body', 'body', 'Why this exercise', { multiline: true, hint: 'Background and purpose, in Markdown.' })}
            {field('durationMinutes', 'durationMinutes', 'Duration in minutes', {
              number: true,
              hint: 'The steps’ minutes must add up to this.',
            })}
            <div className="own-editor__pair">
              {field('groupMin', 'groupSize.min', 'Smallest group', { number: true })}
              {field('groupMax', 'groupSize.max', 'Largest group', { number: true })}
            </div>
            <FieldProblems field="groupSize" problems={problems} />
            <Choices
              field="audience"
              legend="Audience"
              options={AUDIENCES}
              chosen={draft.audience}
              onChange={(audience) => update({ audience })}
              problems={problems}
            />
            <Choices
              field="frameworks"
              legend="What it rests on"
              options={FRAMEWORKS}
              chosen={draft.frameworks}
              onChange={(frameworks) => update({ frameworks })}
              problems={problems}
            />
            {field('contentWarning', 'contentWarning', 'Content note (optional)', {
              hint: 'Shown before the exercise, if it touches on something hard.',
            })}
          </fieldset>

          <fieldset id={inputIdFor('facilitation')} tabIndex={-1}>
            <legend>Who can run it</legend>
            <label className="own-editor__choice">
              <input
                id={inputIdFor('facilitation.needsExperiencedFacilitator')}
                type="checkbox"
                checked={draft.needsExperiencedFacilitator}
                onChange={(event) => update({ needsExperiencedFacilitator: event.target.checked })}
              />{' '}
              Needs an experienced facilitator
            </label>
            {draft.needsExperiencedFacilitator &&
              field('needsWhy', 'facilitation.why', 'Why it needs an experienced facilitator', { multiline: true })}
          </fieldset>

          <fieldset id={inputIdFor('steps')} tabIndex={-1}>
            <legend>Steps</legend>
            <FieldProblems field="steps" problems={problems} />
            <ol className="own-editor__steps">
              {draft.steps.map((step, index) => {
                const setStep = (change: Partial<typeof step>) =>
                  update({ steps: draft.steps.map((other) => (other === step ? { ...step, ...change } : other)) });
                const path = `steps[${index}]`;
                return (
                  <li key={step.key} className="own-editor__step">
                    <fieldset id={inputIdFor(path)} tabIndex={-1}>
                      <legend>Step {index + 1}</legend>
                      <TextField
                        field={`${path}.title`}
                        label={`Step ${index + 1} title`}
                        value={step.title}
                        onChange={(title) => setStep({ title })}
                        problems={problems}
                      />
                      <TextField
                        field={`${path}.minutes`}
                        label={`Step ${index + 1} minutes`}
                        type="number"
                        value={step.minutes}
                        onChange={(minutes) => setStep({ minutes })}
                        problems={problems}
                      />
                      <TextField
                        field={`${path}.script`}
                        label={`Step ${index + 1}: what to say and do`}
                        multiline
                        value={step.script}
                        onChange={(script) => setStep({ script })}
                        problems={problems}
                      />
                      <TextField
                        field={`${path}.prompt`}
                        label={`Step ${index + 1}: what participants see (optional)`}
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
                          Move step {index + 1} up
                        </button>
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={index === draft.steps.length - 1}
                          onClick={() => update({ steps: move(draft.steps, index, index + 1) })}
                        >
                          Move step {index + 1} down
                        </button>
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={draft.steps.length === 1}
                          onClick={() => update({ steps: draft.steps.filter((other) => other !== step) })}
                        >
                          Remove step {index + 1}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button" onClick={() => update({ steps: [...draft.steps, emptyStep()] })}>
              Add a step
            </button>
          </fieldset>

          <fieldset>
            <legend>Notes</legend>
            {field('facilitatorNotes', 'facilitatorNotes', 'Facilitator notes', { multiline: true })}
            {field('safetyNotes', 'safetyNotes', 'Safety notes', {
              multiline: true,
              hint: 'Every exercise needs them: what could hurt someone, and what to do.',
            })}
          </fieldset>

          {selfIdentifying && (
            <fieldset id={inputIdFor('selfIdentification')} tabIndex={-1}>
              <legend>Taking part without saying which group you belong to</legend>
              <FieldProblems field="selfIdentification" problems={problems} />
              {field('selfIdentificationWhy', 'selfIdentification.why', 'Why it asks people to self-identify', { multiline: true })}
              {field('selfIdentificationAlternative', 'selfIdentification.alternative', 'A way to take part without doing so', {
                multiline: true,
              })}
            </fieldset>
          )}

          <fieldset id={inputIdFor('recording')} tabIndex={-1}>
            <legend>What may be recorded</legend>
            <Choices
              field="recording.captures"
              legend="What the app may keep (none: it records nothing)"
              options={RECORDABLE_CAPTURES}
              chosen={draft.captures}
              onChange={(captures) => update({ captures })}
              problems={problems}
            />
            {field('keep', 'recording.keep', 'What the group may keep', { multiline: true })}
            {field('neverKeep', 'recording.neverKeep', 'What must never be written down', { multiline: true })}
            {field('whoSees', 'recording.whoSees', 'Who sees what is kept', {
              multiline: true,
              hint: 'On screen, in the room, in the printed summary.',
            })}
            <div className="field">
              <label htmlFor={inputIdFor('recording.summary')}>In the printed summary</label>
              <select
                id={inputIdFor('recording.summary')}
                value={draft.summarySharing}
                onChange={(event) => update({ summarySharing: event.target.value as SummarySharing })}
              >
                <option value="private">Only if the facilitator puts it in</option>
                <option value="shared">Unless the facilitator leaves it out</option>
              </select>
            </div>
          </fieldset>

          <fieldset id={inputIdFor('sources')} tabIndex={-1}>
            <legend>Sources</legend>
            <FieldProblems field="sources" problems={problems} />
            <ol className="own-editor__steps">
              {draft.sources.map((source, index) => {
                const setSource = (change: Partial<typeof source>) =>
                  update({ sources: draft.sources.map((other) => (other === source ? { ...source, ...change } : other)) });
                const path = `sources[${index}]`;
                const text = (part: 'authors' | 'year' | 'title' | 'venue' | 'note' | 'doi' | 'url', label: string) => (
                  <TextField
                    field={`${path}.${part}`}
                    label={`Source ${index + 1} ${label}`}
                    type={part === 'year' ? 'number' : 'text'}
                    value={source[part]}
                    onChange={(value) => setSource({ [part]: value })}
                    problems={problems}
                  />
                );
                return (
                  <li key={source.key}>
                    <fieldset id={inputIdFor(path)} tabIndex={-1}>
                      <legend>Source {index + 1}</legend>
                      {text('authors', 'authors')}
                      {text('year', 'year')}
                      {text('title', 'title')}
                      {text('venue', 'journal or publisher')}
                      {text('doi', 'DOI (optional)')}
                      {text('url', 'web address (optional)')}
                      <label className="own-editor__choice">
                        <input
                          type="checkbox"
                          checked={source.checkedAgainstFullText}
                          onChange={(event) => setSource({ checkedAgainstFullText: event.target.checked })}
                        />{' '}
                        Checked against the full text
                      </label>
                      <div className="own-editor__step-actions">
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={draft.sources.length === 1}
                          onClick={() => update({ sources: draft.sources.filter((other) => other !== source) })}
                        >
                          Remove source {index + 1}
                        </button>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button" onClick={() => update({ sources: [...draft.sources, emptySource()] })}>
              Add a source
            </button>
          </fieldset>

          <div className="own-editor__save">
            <button type="submit" className="button" disabled={!ready}>
              {editId !== undefined ? 'Save changes' : 'Save to my exercises'}
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
            Preview
          </h2>
          <ExerciseDetail
            preview
            exercise={previewOf(draft)}
            mark={<OwnExerciseMark exercise={{ origin: draft.origin, facilitation: previewOf(draft).facilitation }} />}
          />
        </section>
      </div>
    </div>
  );
}
