import { AUDIENCES, FRAMEWORKS } from '../../../../domain/content/vocabulary.ts';
import { DURATION_BANDS, type LibraryFilter } from '../../../../domain/library/filter-exercises.ts';

interface LibraryFiltersProps {
  filter: LibraryFilter;
  onChange: (next: LibraryFilter) => void;
}

interface ChoiceFilterProps<K extends string> {
  id: string;
  label: string;
  anyLabel: string;
  /** Option value → label shown to the user. */
  options: Record<K, string>;
  value: K | null;
  onChange: (value: K | null) => void;
}

const ANY = '';

function ChoiceFilter<K extends string>({ id, label, anyLabel, options, value, onChange }: ChoiceFilterProps<K>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ANY} onChange={(event) => onChange((event.target.value || null) as K | null)}>
        <option value={ANY}>{anyLabel}</option>
        {(Object.keys(options) as K[]).map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </div>
  );
}

const DURATION_LABELS = Object.fromEntries(Object.entries(DURATION_BANDS).map(([band, { label }]) => [band, label])) as Record<
  keyof typeof DURATION_BANDS,
  string
>;

export function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
  return (
    <form className="library-filters" role="search" aria-label="Find an exercise" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="library-search">Search</label>
        <input
          id="library-search"
          type="search"
          value={filter.query}
          placeholder="Title or summary"
          autoComplete="off"
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
      </div>
      <ChoiceFilter
        id="library-framework"
        label="Framework"
        anyLabel="Any framework"
        options={FRAMEWORKS}
        value={filter.framework}
        onChange={(framework) => onChange({ ...filter, framework })}
      />
      <ChoiceFilter
        id="library-audience"
        label="Audience"
        anyLabel="Any audience"
        options={AUDIENCES}
        value={filter.audience}
        onChange={(audience) => onChange({ ...filter, audience })}
      />
      <ChoiceFilter
        id="library-duration"
        label="Duration"
        anyLabel="Any length"
        options={DURATION_LABELS}
        value={filter.duration}
        onChange={(duration) => onChange({ ...filter, duration })}
      />
    </form>
  );
}
