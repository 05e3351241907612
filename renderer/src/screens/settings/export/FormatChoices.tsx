import { useId } from 'react';
import { type ExportFormat, FORMAT_CHOICES } from './export-choices.ts';

/** The five export formats as radio buttons, each with a line on what it is for. */
export function FormatChoices({
  format,
  onChange,
}: {
  format: ExportFormat;
  onChange(format: ExportFormat): void;
}) {
  const id = useId();
  return (
    <fieldset className="export-group">
      <legend className="field-label">Format</legend>
      <div className="export-formats">
        {FORMAT_CHOICES.map((choice) => {
          const inputId = `${id}-${choice.format}`;
          return (
            <div key={choice.format} className="export-format">
              <input
                id={inputId}
                type="radio"
                name={id}
                value={choice.format}
                checked={format === choice.format}
                onChange={() => onChange(choice.format)}
                aria-describedby={`${inputId}-description`}
              />
              <label htmlFor={inputId}>{choice.label}</label>
              <p className="field-hint" id={`${inputId}-description`}>
                {choice.description}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
