import { useId, useState, type ReactNode } from 'react';

interface AddLineProps {
  label: string;
  /** May be async; the text clears only once it has been taken, so a failed save loses nothing. */
  onAdd: (text: string) => void | Promise<void>;
  submitLabel?: string;
  /** Further fields of the same entry, before or after the text. */
  before?: ReactNode;
  after?: ReactNode;
}

/** One line of text that adds an entry to a list, then clears itself. */
export function AddLine({ label, onAdd, submitLabel = 'Add', before, after }: AddLineProps) {
  const id = useId();
  const [text, setText] = useState('');
  const add = async () => {
    try {
      await onAdd(text.trim());
      setText('');
    } catch {
      // Reported by whoever saved it; the text stays in the field.
    }
  };
  return (
    <form
      className="add-line"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== '') void add();
      }}
    >
      {before}
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} maxLength={2000} onChange={(event) => setText(event.target.value)} />
      {after}
      <button type="submit" className="button button--quiet" disabled={text.trim() === ''}>
        {submitLabel}
      </button>
    </form>
  );
}
