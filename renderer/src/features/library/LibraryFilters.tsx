import { AUDIENCES, FRAMEWORKS } from '../../../../domain/content/vocabulary.ts';
import { ChoiceField } from '../../ui/ChoiceField.tsx';
import { DURATION_LIMITS, type DurationLimit, type LibraryFilter } from '../../../../domain/library/filter-exercises.ts';

interface LibraryFiltersProps {
  filter: LibraryFilter;
  onChange: (next: LibraryFilter) => void;
}

const DURATION_OPTIONS = Object.fromEntries(DURATION_LIMITS.map((limit) => [String(limit), `Up to ${limit} minutes`])) as Record<
  `${DurationLimit}`,
  string
>;

const MAX_GROUP_SIZE = 500;

/** An empty or unusable entry means "any size", never an error mid-typing. */
function parseGroupSize(raw: string): number | null {
  const value = Number(raw);
  return raw.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= MAX_GROUP_SIZE ? value : null;
}

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
      <ChoiceField
        id="library-audience"
        label="Audience"
        anyLabel="Any audience"
        options={AUDIENCES}
        value={filter.audience}
        onChange={(audience) => onChange({ ...filter, audience })}
      />
      <div className="field">
        <label htmlFor="library-group-size">Group size</label>
        <input
          id="library-group-size"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_GROUP_SIZE}
          placeholder="Any size"
          aria-describedby="library-group-size-hint"
          value={filter.groupSize ?? ''}
          onChange={(event) => onChange({ ...filter, groupSize: parseGroupSize(event.target.value) })}
        />
        <span id="library-group-size-hint" className="field__hint">
          How many people will take part
        </span>
      </div>
      <ChoiceField
        id="library-duration"
        label="Duration"
        anyLabel="Any length"
        options={DURATION_OPTIONS}
        value={filter.maxMinutes === null ? null : (String(filter.maxMinutes) as `${DurationLimit}`)}
        onChange={(limit) => onChange({ ...filter, maxMinutes: limit === null ? null : (Number(limit) as DurationLimit) })}
      />
      <ChoiceField
        id="library-framework"
        label="Framework"
        anyLabel="Any framework"
        options={FRAMEWORKS}
        value={filter.framework}
        onChange={(framework) => onChange({ ...filter, framework })}
      />
    </form>
  );
}
