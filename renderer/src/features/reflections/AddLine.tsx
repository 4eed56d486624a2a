import { useId, useRef, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';

interface AddLineProps {
  label: string;
  /** May be async; a line whose save fails is kept on screen to be tried again. */
  onAdd: (text: string) => void | Promise<void>;
  /** The button's words; "Add" in the app's language if not given. */
  submitLabel?: string;
  /** Further fields of the same entry, before or after the text. */
  before?: ReactNode;
  after?: ReactNode;
}

interface UnsavedLine {
  key: number;
  text: string;
}

/**
 * One line of text that adds an entry to a list, then clears itself.
 *
 * The field clears the moment Enter is pressed, not once the save is done:
 * people type the next line straight away, and clearing later would wipe
 * the first letters of it (or leave the old line to be merged with it). A
 * line that then fails to save is not put back into the field, where it
 * would run into what is being typed: it waits beside it, to be tried again.
 */
export function AddLine({ label, onAdd, submitLabel, before, after }: AddLineProps) {
  const { t } = useTranslation('reflections');
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [unsaved, setUnsaved] = useState<UnsavedLine[]>([]);
  const nextKey = useRef(0);

  const save = async (line: string) => {
    try {
      await onAdd(line);
    } catch {
      // Reported by whoever saved it; the line stays on screen.
      setUnsaved((lines) => [...lines, { key: nextKey.current++, text: line }]);
    }
  };
  const retry = (line: UnsavedLine) => {
    setUnsaved((lines) => lines.filter((candidate) => candidate.key !== line.key));
    // Its button goes away: the field is the sensible place to carry on.
    field.current?.focus();
    void save(line.text);
  };
  const discard = (line: UnsavedLine) => {
    setUnsaved((lines) => lines.filter((candidate) => candidate.key !== line.key));
    field.current?.focus();
  };

  return (
    <>
      <form
        className="add-line"
        onSubmit={(event) => {
          event.preventDefault();
          const line = text.trim();
          if (line === '') return;
          setText('');
          void save(line);
        }}
      >
        {before}
        <label htmlFor={id}>{label}</label>
        <input ref={field} id={id} value={text} maxLength={2000} onChange={(event) => setText(event.target.value)} />
        {after}
        <button type="submit" className="button button--quiet" disabled={text.trim() === ''}>
          {submitLabel ?? t('addLine.add')}
        </button>
      </form>
      {unsaved.length > 0 && (
        <ul className="add-line__unsaved" aria-label={t('addLine.unsavedList')}>
          {unsaved.map((line) => (
            <li key={line.key}>
              {t('addLine.unsaved', { text: line.text })}{' '}
              <button type="button" className="button button--quiet" onClick={() => retry(line)}>
                <Trans
                  t={t}
                  i18nKey="addLine.retry"
                  values={{ text: line.text }}
                  components={[<span key="hidden" className="visually-hidden" />]}
                />
              </button>{' '}
              <button type="button" className="button button--quiet" onClick={() => discard(line)}>
                <Trans
                  t={t}
                  i18nKey="addLine.discard"
                  values={{ text: line.text }}
                  components={[<span key="hidden" className="visually-hidden" />]}
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
