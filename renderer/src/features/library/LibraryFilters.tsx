import { AUDIENCE_IDS, FRAMEWORK_IDS } from '../../../../domain/content/vocabulary.ts';
import { audienceLabel, frameworkLabel, vocabularyChoices } from '../../content/labels.ts';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../ui/ChoiceField.tsx';
import { DURATION_LIMITS, type DurationLimit, type LibraryFilter } from '../../../../domain/library/filter-exercises.ts';

interface LibraryFiltersProps {
  filter: LibraryFilter;
  onChange: (next: LibraryFilter) => void;
}

const MAX_GROUP_SIZE = 500;

/** An empty or unusable entry means "any size", never an error mid-typing. */
function parseGroupSize(raw: string): number | null {
  const value = Number(raw);
  return raw.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= MAX_GROUP_SIZE ? value : null;
}

export function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
  const { t } = useTranslation('library');
  const durations = Object.fromEntries(DURATION_LIMITS.map((limit) => [String(limit), t('upTo', { minutes: limit })])) as Record<
    `${DurationLimit}`,
    string
  >;
  return (
    <form className="library-filters" role="search" aria-label={t('find')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="library-search">{t('search')}</label>
        <input
          id="library-search"
          type="search"
          value={filter.query}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
      </div>
      <ChoiceField
        id="library-audience"
        label={t('audience')}
        anyLabel={t('anyAudience')}
        options={vocabularyChoices(AUDIENCE_IDS, audienceLabel)}
        value={filter.audience}
        onChange={(audience) => onChange({ ...filter, audience })}
      />
      <div className="field">
        <label htmlFor="library-group-size">{t('groupSize')}</label>
        <input
          id="library-group-size"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_GROUP_SIZE}
          placeholder={t('anySize')}
          aria-describedby="library-group-size-hint"
          value={filter.groupSize ?? ''}
          onChange={(event) => onChange({ ...filter, groupSize: parseGroupSize(event.target.value) })}
        />
        <span id="library-group-size-hint" className="field__hint">
          {t('groupSizeHint')}
        </span>
      </div>
      <ChoiceField
        id="library-duration"
        label={t('duration')}
        anyLabel={t('anyLength')}
        options={durations}
        value={filter.maxMinutes === null ? null : (String(filter.maxMinutes) as `${DurationLimit}`)}
        onChange={(limit) => onChange({ ...filter, maxMinutes: limit === null ? null : (Number(limit) as DurationLimit) })}
      />
      <ChoiceField
        id="library-framework"
        label={t('framework')}
        anyLabel={t('anyFramework')}
        options={vocabularyChoices(FRAMEWORK_IDS, frameworkLabel)}
        value={filter.framework}
        onChange={(framework) => onChange({ ...filter, framework })}
      />
    </form>
  );
}
