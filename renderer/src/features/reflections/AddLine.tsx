import { useId, useRef, useState, type ReactNode } from 'react';

interface AddLineProps {
  label: string;
  /** May be async; a line whose save fails is kept on screen to be tried again. */
  onAdd: (text: string) => void | Promise<void>;
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
export function AddLine({ label, onAdd, submitLabel = 'Add', before, after }: AddLineProps) {
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
          {submitLabel}
        </button>
      </form>
      {unsaved.length > 0 && (
        <ul className="add-line__unsaved" aria-label="Not added yet">
          {unsaved.map((line) => (
            <li key={line.key}>
              Not added yet: {line.text}{' '}
              <button type="button" className="button button--quiet" onClick={() => retry(line)}>
                Try again<span className="visually-hidden"> to add “{line.text}”</span>
              </button>{' '}
              <button type="button" className="button button--quiet" onClick={() => discard(line)}>
                Discard<span className="visually-hidden"> “{line.text}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
