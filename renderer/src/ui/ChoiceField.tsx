interface ChoiceFieldProps<K extends string> {
  id: string;
  label: string;
  /** Option value → label shown to the user. */
  options: Record<K, string>;
  value: K | null;
  onChange: (value: K | null) => void;
  /** When given, a first option meaning "no choice" (value null). */
  anyLabel?: string;
}

const ANY = '';

/** A labelled select over a fixed set of choices. */
export function ChoiceField<K extends string>({ id, label, anyLabel, options, value, onChange }: ChoiceFieldProps<K>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ANY} onChange={(event) => onChange((event.target.value || null) as K | null)}>
        {anyLabel !== undefined && <option value={ANY}>{anyLabel}</option>}
        {(Object.keys(options) as K[]).map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </div>
  );
}
