import { useId } from 'react';
import { MOOD_LABELS } from '../../../../shared/domain.ts';
import type { FilterForm } from './filter-form.ts';
import type { SectionCatalogue } from './section-titles.ts';

interface JournalFiltersProps {
  query: string;
  onQueryChange(query: string): void;
  form: FilterForm;
  onFormChange(form: FilterForm): void;
  sections: SectionCatalogue['groups'];
  knownTags: readonly string[];
}

/** The search box and the filters by section, mood, tag and date range. */
export function JournalFilters({
  query,
  onQueryChange,
  form,
  onFormChange,
  sections,
  knownTags,
}: JournalFiltersProps) {
  const id = useId();
  const set = (field: keyof FilterForm) => (value: string) => onFormChange({ ...form, [field]: value });
  const rangeReversed = form.from !== '' && form.to !== '' && form.from > form.to;
  return (
    <div className="journal-tools">
      <search className="journal-search">
        <label htmlFor={`${id}-query`} className="field-label">
          Search your journal
        </label>
        <input
          id={`${id}-query`}
          className="input"
          type="search"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          placeholder="Words you wrote, a prompt, a tag"
          autoComplete="off"
          spellCheck={false}
        />
      </search>
      <fieldset className="journal-filters">
        <legend className="visually-hidden">Filter entries</legend>
        <div className="field">
          <label htmlFor={`${id}-section`} className="field-label">
            Section
          </label>
          <select
            id={`${id}-section`}
            value={form.section}
            onChange={(event) => set('section')(event.target.value)}
          >
            <option value="">Any section</option>
            {sections.map((group) => (
              <optgroup key={group.packTitle} label={group.packTitle}>
                {group.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-mood`} className="field-label">
            Mood
          </label>
          <select id={`${id}-mood`} value={form.mood} onChange={(event) => set('mood')(event.target.value)}>
            <option value="">Any mood</option>
            {MOOD_LABELS.map((label, index) => (
              <option key={label} value={String(index + 1)}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`} className="field-label">
            Tag
          </label>
          <input
            id={`${id}-tag`}
            list={`${id}-tags`}
            value={form.tag}
            onChange={(event) => set('tag')(event.target.value)}
            autoComplete="off"
          />
          <datalist id={`${id}-tags`}>
            {knownTags.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`} className="field-label">
            From
          </label>
          <input
            id={`${id}-from`}
            type="date"
            value={form.from}
            max={form.to || undefined}
            onChange={(event) => set('from')(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`} className="field-label">
            To
          </label>
          <input
            id={`${id}-to`}
            type="date"
            value={form.to}
            min={form.from || undefined}
            onChange={(event) => set('to')(event.target.value)}
            aria-invalid={rangeReversed || undefined}
            aria-describedby={rangeReversed ? `${id}-range-error` : undefined}
          />
        </div>
      </fieldset>
      {rangeReversed ? (
        <p className="field-error" id={`${id}-range-error`}>
          The “From” date is after the “To” date, so no entry can match. Swap them to see that stretch.
        </p>
      ) : null}
    </div>
  );
}
