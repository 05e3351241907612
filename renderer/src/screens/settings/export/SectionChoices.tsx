import { useId } from 'react';
import type { SectionCatalogue } from '../../journal/section-titles.ts';
import { Button } from '../../../ui/Button.tsx';
import { WITHOUT_A_PROMPT } from './export-choices.ts';

export interface SectionChoicesProps {
  /** The packs' sections; null while they load. */
  groups: SectionCatalogue['groups'] | null;
  /** Why the sections could not be listed, if they could not. */
  failure: string;
  ticked: ReadonlySet<string>;
  onToggle(sectionId: string, ticked: boolean): void;
  onTickAll(ticked: boolean): void;
  error?: string | undefined;
}

/** One checkbox per section of every pack, all ticked unless the user unticks some. */
export function SectionChoices({ groups, failure, ticked, onToggle, onTickAll, error }: SectionChoicesProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  if (failure) {
    return (
      <div className="export-group">
        <p className="field-label">Sections</p>
        <p className="field-hint">{failure} Every section will be exported.</p>
      </div>
    );
  }
  if (groups === null) {
    return (
      <div className="export-group">
        <p className="field-label">Sections</p>
        <p className="field-hint">Listing the sections…</p>
      </div>
    );
  }
  if (groups.length === 0) return null;

  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="export-group" aria-describedby={describedBy} data-invalid={error ? true : undefined}>
      <legend className="field-label">Sections</legend>
      <p className="field-hint" id={hintId}>
        Untick what you want to leave out of the export.
      </p>
      <div className="row">
        <Button size="small" variant="quiet" onClick={() => onTickAll(true)}>
          Tick all
        </Button>
        <Button size="small" variant="quiet" onClick={() => onTickAll(false)}>
          Untick all
        </Button>
      </div>
      {groups.map((group) => (
        <SectionGroup
          key={group.sections[0]?.id}
          group={group}
          titled={groups.length > 1}
          ticked={ticked}
          onToggle={onToggle}
        />
      ))}
      <ul className="export-checks">
        <li>
          <input
            id={`${id}-without-prompt`}
            type="checkbox"
            checked={ticked.has(WITHOUT_A_PROMPT)}
            onChange={(event) => onToggle(WITHOUT_A_PROMPT, event.target.checked)}
          />
          <label htmlFor={`${id}-without-prompt`}>Entries written without a prompt</label>
        </li>
      </ul>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One pack's sections; titled with the pack's name when there are several packs. */
function SectionGroup({
  group,
  titled,
  ticked,
  onToggle,
}: {
  group: SectionCatalogue['groups'][number];
  titled: boolean;
  ticked: ReadonlySet<string>;
  onToggle(sectionId: string, ticked: boolean): void;
}) {
  const id = useId();
  const boxes = (
    <ul className="export-checks">
      {group.sections.map((section, index) => {
        const boxId = `${id}-${index}`;
        return (
          <li key={section.id}>
            <input
              id={boxId}
              type="checkbox"
              checked={ticked.has(section.id)}
              onChange={(event) => onToggle(section.id, event.target.checked)}
            />
            <label htmlFor={boxId}>{section.title}</label>
          </li>
        );
      })}
    </ul>
  );
  if (!titled) return boxes;
  return (
    <fieldset className="export-pack">
      <legend>{group.packTitle}</legend>
      {boxes}
    </fieldset>
  );
}
