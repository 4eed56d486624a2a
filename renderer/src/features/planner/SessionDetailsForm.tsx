import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translate } from '../../i18n/current.ts';
import { isLanguage, LANGUAGES } from '../../i18n/languages.ts';
import { itemsNeedingFacilitator, type NeedsFacilitator } from '../../../../domain/self-guided/suitability.ts';
import type { AgendaItem, Session, SessionMode } from '../../../../domain/sessions/session-model.ts';
import { mergeKeepingBoth } from '../../autosave/merge-text.ts';
import { NoteLockNotice } from '../../autosave/NoteLockNotice.tsx';
import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { EXERCISES } from '../../content/content-library.ts';
import { exerciseIn, useTranslatedContent } from '../../content/translated-content.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { useAutosavedText } from '../../autosave/useAutosavedText.ts';
import { sessions } from '../../data/app-database.ts';
import { deletionNotice } from '../../ui/time-of-day.ts';

const MAX_MINUTES = 24 * 60;

/** The title as stored: an empty one is saved as "Untitled session", in the app's language. */
const storedTitle = (typed: string) => typed.trim() || translate('planner:details.untitled');
const mergeTitles = (mine: string, theirs: string) => mergeKeepingBoth(mine, theirs, ' ');

const libraryReason = (exerciseId: string) => EXERCISES.find((exercise) => exercise.id === exerciseId)?.needsFacilitatorBecause ?? null;

function parseMinutes(raw: string): number | null {
  const value = Number(raw);
  return raw.trim() !== '' && Number.isInteger(value) && value > 0 && value <= MAX_MINUTES ? value : null;
}

/** Title (autosaved as typed), date and time, how long the group has, and who leads. */
export function SessionDetailsForm({ session, agenda }: { session: Session; agenda: readonly AgendaItem[] }) {
  const { t } = useTranslation('planner');
  const [modeProblem, setModeProblem] = useState<(NeedsFacilitator & { exerciseId: string })[]>([]);
  const translated = useTranslatedContent();
  const title = useAutosavedText({
    draftKey: `session-title:${session.id}`,
    storedText: session.title,
    save: (next) => sessions.updateDetails(session.id, { title: storedTitle(next) }),
    load: async () => (await sessions.get(session.id))?.title ?? session.title,
    normalize: storedTitle,
    merge: mergeTitles,
  });
  const update = (details: Parameters<typeof sessions.updateDetails>[1]) =>
    void sessions.updateDetails(session.id, details).catch(() => undefined); // reported by the data layer

  return (
    <form className="session-details" onSubmit={(event) => event.preventDefault()} aria-label={t('details.label')}>
      <div className={title.readOnly ? 'field session-details__title note-locked' : 'field session-details__title'}>
        <label htmlFor="session-title">{t('details.title')}</label>
        <NoteLockNotice notice={title.notice} id="session-title-lock" />
        <input
          id="session-title"
          value={title.text}
          maxLength={200}
          readOnly={title.readOnly}
          onChange={(event) => title.setText(event.target.value)}
          {...title.focusProps}
          aria-describedby="session-title-lock session-title-status"
        />
        <SaveStatus state={title.state} id="session-title-status" />
      </div>
      <div className="field">
        <label htmlFor="session-date">{t('details.date')}</label>
        <input
          id="session-date"
          type="datetime-local"
          value={session.scheduledFor ?? ''}
          onChange={(event) => update({ scheduledFor: event.target.value || null })}
        />
      </div>
      <div className="field">
        <label htmlFor="session-available">{t('details.available')}</label>
        <input
          id="session-available"
          type="number"
          min={1}
          max={MAX_MINUTES}
          inputMode="numeric"
          defaultValue={session.availableMinutes ?? ''}
          onChange={(event) => {
            const minutes = parseMinutes(event.target.value);
            if (minutes !== null || event.target.value === '') update({ availableMinutes: minutes });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="session-delete-after">{t('details.deleteAfter')}</label>
        <input
          id="session-delete-after"
          type="date"
          value={session.deleteAfter ?? ''}
          aria-describedby="session-delete-after-hint"
          onChange={(event) => update({ deleteAfter: event.target.value || null })}
        />
        <p id="session-delete-after-hint" className="field__hint">
          {session.deleteAfter ? t('details.deleteNotice', { notice: deletionNotice(session.deleteAfter) }) : t('details.deleteOptional')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="session-mode">{t('details.who')}</label>
        <select
          id="session-mode"
          value={session.mode}
          aria-describedby={modeProblem.length > 0 ? 'session-mode-problem' : undefined}
          onChange={(event) => {
            const mode = event.target.value as SessionMode;
            // Item by item, so that each exercise keeps its id and can be shown in the app's language.
            const blocking =
              mode === 'self-guided'
                ? agenda.flatMap((item) =>
                    item.kind === 'exercise'
                      ? itemsNeedingFacilitator([item], libraryReason).map((problem) => ({ ...problem, exerciseId: item.exercise.id }))
                      : [],
                  )
                : [];
            setModeProblem(blocking);
            if (blocking.length === 0) update({ mode });
          }}
        >
          <option value="facilitated">{t('details.facilitated')}</option>
          <option value="self-guided">{t('details.selfGuided')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="session-participant-language">{t('details.participantLanguage')}</label>
        <select
          id="session-participant-language"
          value={session.participantLanguage ?? ''}
          aria-describedby="session-participant-language-hint"
          onChange={(event) => update({ participantLanguage: isLanguage(event.target.value) ? event.target.value : null })}
        >
          <option value="">{t('details.participantLanguageSame')}</option>
          {Object.entries(LANGUAGES).map(([code, name]) => (
            // Each language by its own name, as a language picker does.
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
        <p id="session-participant-language-hint" className="field__hint">
          {t('details.participantLanguageHint')}
        </p>
      </div>
      {modeProblem.length > 0 && (
        <div id="session-mode-problem" className="session-details__problem" role="alert">
          <p>{t('details.cannotSelfGuide')}</p>
          <ul>
            {modeProblem.map(({ exerciseId, title, why }) => {
              // In the app's language where the exercise is translated; in English, and said to be, where not.
              const { summary, untranslated } = exerciseIn(translated, exerciseId);
              return (
                <li key={exerciseId}>
                  <strong>{summary?.title ?? title}</strong>: {summary?.needsFacilitatorBecause ?? why}
                  {untranslated && (
                    <>
                      {' '}
                      <NotTranslatedMark />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </form>
  );
}
