import { useId } from 'react';
import { TextField } from '../../ui/Field.tsx';
import { PRESET_LENGTHS, type SpacePeriodFormValue } from './space-period-form.ts';
import './onboarding.css';

export interface SpacePeriodFieldsProps {
  value: SpacePeriodFormValue;
  onChange(value: SpacePeriodFormValue): void;
  errors?: { start?: string; customDays?: string };
}

/** The first day and the length (21/30/45/60/90 days, or another length) of the space period. */
export function SpacePeriodFields({ value, onChange, errors = {} }: SpacePeriodFieldsProps) {
  const groupName = useId();
  const legendId = useId();
  return (
    <>
      <TextField
        label="First day"
        type="date"
        required
        className="field--narrow"
        value={value.start}
        onChange={(event) => onChange({ ...value, start: event.target.value })}
        error={errors.start}
      />
      <div className="choice-group" role="radiogroup" aria-labelledby={legendId}>
        <span className="field-label" id={legendId}>
          Length
        </span>
        <div className="choice-list">
          {PRESET_LENGTHS.map((days) => (
            <label key={days} className="choice">
              <input
                type="radio"
                name={groupName}
                checked={value.preset === days}
                onChange={() => onChange({ ...value, preset: days })}
              />
              <span>{days} days</span>
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name={groupName}
              checked={value.preset === 'custom'}
              onChange={() => onChange({ ...value, preset: 'custom' })}
            />
            <span>Another length</span>
          </label>
        </div>
      </div>
      {value.preset === 'custom' ? (
        <TextField
          label="Number of days"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          className="field--narrow"
          value={value.customDays}
          onChange={(event) => onChange({ ...value, customDays: event.target.value })}
          error={errors.customDays}
        />
      ) : null}
    </>
  );
}
