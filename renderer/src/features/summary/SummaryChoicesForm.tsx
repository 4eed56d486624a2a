import { agendaItemTitle, type AgendaItem, type SessionMode } from '../../../../domain/sessions/session-model.ts';
import { isPrivateItem, PAPER_SIZES, type PaperSize, type SummaryChoices } from '../../../../domain/summary/summary-choices.ts';

type SectionKey = keyof Omit<SummaryChoices, 'includedPrivateItems'>;

const SECTIONS: { key: SectionKey; label: string }[] = [
  { key: 'notes', label: 'Notes taken during exercises' },
  { key: 'reflections', label: 'Structures maps and timelines' },
  { key: 'checkIns', label: 'Check-in results (only where enough people answered)' },
  { key: 'actions', label: 'Agreed actions' },
  { key: 'followUps', label: 'Follow-ups for the facilitator (for your own copy)' },
];

/** A group without a facilitator keeps its own notes at check-ins too, and has nobody to address follow-ups to. */
const SELF_GUIDED_LABELS: Partial<Record<SectionKey, string>> = {
  notes: 'Notes you took, at exercises and check-ins',
  followUps: 'Things to follow up: check-in patterns and items not run (for your own copy)',
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
  const privateItems = agenda.filter((item) => isPrivateItem(item) && item.kind === 'exercise' && item.exercise.captures.length > 0);
  return (
    <form className="summary-choices" aria-label="What goes into the summary" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Include</legend>
        {SECTIONS.map(({ key, label }) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              checked={choices[key]}
              onChange={(event) => onChange({ ...choices, [key]: event.target.checked }, paper)}
            />{' '}
            {(mode === 'self-guided' && SELF_GUIDED_LABELS[key]) || label}
          </label>
        ))}
      </fieldset>
      {privateItems.length > 0 && (
        <fieldset>
          <legend>Private by the exercise’s guidance</legend>
          <p className="field__hint">Left out unless you put them in, with the agreement of the people who were there.</p>
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
              What “{agendaItemTitle(item)}” kept
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>Paper</legend>
        {PAPER_SIZES.map((size) => (
          <label key={size} className="checkbox checkbox--inline">
            <input type="radio" name="paper" checked={paper === size} onChange={() => onChange(choices, size)} />{' '}
            {size === 'A4' ? 'A4' : 'US Letter'}
          </label>
        ))}
      </fieldset>
      <p className="field__hint">
        The app keeps no list of participants. Names someone typed into a note are the group’s to keep or leave out.
      </p>
      <p className="summary-choices__saved" role="status">
        {saving === 'saving' ? 'Saving your choices…' : saving === 'saved' ? 'Your choices are saved for this session.' : ''}
      </p>
    </form>
  );
}
