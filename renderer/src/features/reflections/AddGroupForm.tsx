import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface AddGroupFormProps {
  /**
   * The whole sentence the group agrees to by being added, e.g. "This group
   * agreed to keep its leaves on this map, under this label" (whole, not a
   * tail to append: word order differs between languages).
   */
  consentLabel: string;
  onAdd: (label: string) => void;
}

/**
 * A group is added only under a label it chose and only once it has agreed
 * to be kept: the button stays disabled until both are given.
 */
export function AddGroupForm({ consentLabel, onAdd }: AddGroupFormProps) {
  const { t } = useTranslation('reflections');
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
        <label htmlFor={`${id}-label`}>{t('addGroup.label')}</label>
        <input
          id={`${id}-label`}
          value={label}
          maxLength={80}
          onChange={(event) => setLabel(event.target.value)}
          placeholder={t('addGroup.placeholder')}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={consented} onChange={(event) => setConsented(event.target.checked)} /> {consentLabel}
      </label>
      <button type="submit" className="button button--quiet" disabled={!ready}>
        {t('addGroup.add')}
      </button>
    </form>
  );
}
