import { useId, useState } from 'react';

interface AddGroupFormProps {
  /** What the group agrees to by being added, e.g. "keep its leaves on this map". */
  consentTo: string;
  onAdd: (label: string) => void;
}

/**
 * A group is added only under a label it chose and only once it has agreed
 * to be kept: the button stays disabled until both are given.
 */
export function AddGroupForm({ consentTo, onAdd }: AddGroupFormProps) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [consented, setConsented] = useState(false);
  const ready = label.trim() !== '' && consented;
  return (
    <form
      className="add-group"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        onAdd(label.trim());
        setLabel('');
        setConsented(false);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-label`}>Group label, as the group chose it</label>
        <input
          id={`${id}-label`}
          value={label}
          maxLength={80}
          onChange={(event) => setLabel(event.target.value)}
          placeholder="e.g. Group B"
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={consented} onChange={(event) => setConsented(event.target.checked)} /> This group agreed to{' '}
        {consentTo}
      </label>
      <button type="submit" className="button button--quiet" disabled={!ready}>
        Add group
      </button>
    </form>
  );
}
