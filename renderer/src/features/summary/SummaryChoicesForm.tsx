import { useTranslation } from 'react-i18next';
import { agendaItemTitle, type AgendaItem, type SessionMode } from '../../../../domain/sessions/session-model.ts';
import { isPrivateItem, PAPER_SIZES, type PaperSize, type SummaryChoices } from '../../../../domain/summary/summary-choices.ts';
import { useLocalizedAgenda } from '../../content/localized-agenda.ts';

type SectionKey = keyof Omit<SummaryChoices, 'includedPrivateItems'>;

const SECTIONS: readonly SectionKey[] = ['notes', 'reflections', 'checkIns', 'actions', 'followUps'];

/** A group without a facilitator keeps its own notes at check-ins too, and has nobody to address follow-ups to. */
const SELF_GUIDED_LABELS: Partial<Record<SectionKey, string>> = {
  notes: 'screen.choices.notesSelfGuided',
  followUps: 'screen.choices.followUpsSelfGuided',
};

interface SummaryChoicesFormProps {
  mode: SessionMode;
  agenda: readonly AgendaItem[];
  choices: SummaryChoices;
  paper: PaperSize;
  onChange: (choices: SummaryChoices, paper: PaperSize) => void;
  /** Whether the choices are being saved, or all saved: said once they are, so nobody leaves before. */
  saving?: 'saving' | 'saved' | null;
}

/** What goes into the summary, chosen before printing and remembered for the session. */
export function SummaryChoicesForm({ mode, agenda, choices, paper, onChange, saving = null }: SummaryChoicesFormProps) {
  const { t, i18n } = useTranslation('summary');
  // The facilitator's controls name exercises in the app's language where translated (the summary itself, in its participants').
  const inAppLanguage = useLocalizedAgenda(agenda, i18n.language);
  const titleOf = (item: AgendaItem) => agendaItemTitle(inAppLanguage.agenda.find((localized) => localized.id === item.id) ?? item);
  const privateItems = agenda.filter((item) => isPrivateItem(item) && item.kind === 'exercise' && item.exercise.captures.length > 0);
  return (
    <form className="summary-choices" aria-label={t('screen.choices.label')} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('screen.choices.include')}</legend>
        {SECTIONS.map((key) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              checked={choices[key]}
              onChange={(event) => onChange({ ...choices, [key]: event.target.checked }, paper)}
            />{' '}
            {t((mode === 'self-guided' && SELF_GUIDED_LABELS[key]) || `screen.choices.${key}`)}
          </label>
        ))}
      </fieldset>
      {privateItems.length > 0 && (
        <fieldset>
          <legend>{t('screen.choices.private')}</legend>
          <p className="field__hint">{t('screen.choices.privateHint')}</p>
          {privateItems.map((item) => (
            <label key={item.id} className="checkbox">
              <input
                type="checkbox"
                checked={choices.includedPrivateItems.includes(item.id)}
                onChange={(event) =>
                  onChange(
                    {
                      ...choices,
                      includedPrivateItems: event.target.checked
                        ? [...choices.includedPrivateItems, item.id]
                        : choices.includedPrivateItems.filter((id) => id !== item.id),
                    },
                    paper,
                  )
                }
              />{' '}
              {t('screen.choices.privateItem', { title: titleOf(item) })}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('screen.choices.paper')}</legend>
        {PAPER_SIZES.map((size) => (
          <label key={size} className="checkbox checkbox--inline">
            <input type="radio" name="paper" checked={paper === size} onChange={() => onChange(choices, size)} />{' '}
            {size === 'A4' ? t('screen.choices.a4') : t('screen.choices.letter')}
          </label>
        ))}
      </fieldset>
      <p className="field__hint">{t('screen.choices.noList')}</p>
      <p className="summary-choices__saved" role="status">
        {saving === 'saving' ? t('screen.choices.saving') : saving === 'saved' ? t('screen.choices.saved') : ''}
      </p>
    </form>
  );
}
