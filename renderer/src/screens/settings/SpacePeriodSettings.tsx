import { type FormEvent, useState } from 'react';
import { longDayLabel } from '../../../../shared/day-labels.ts';

import type { Settings } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { SpacePeriodFields } from '../onboarding/SpacePeriodFields.tsx';
import { initialSpacePeriod, parseSpacePeriod } from '../onboarding/space-period-form.ts';

/** The space period's first day and length. */
export function SpacePeriodSettings({ settings }: { settings: Settings }) {
  const [value, setValue] = useState(() => initialSpacePeriod(settings.spaceStart, settings));
  const [errors, setErrors] = useState<{ start?: string; customDays?: string }>({});
  const saving = useCoreMutation('updateSettings');
  const [result, setResult] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseSpacePeriod(value);
    if (!parsed.ok) {
      setErrors({ [parsed.field]: parsed.message });
      return;
    }
    setErrors({});
    setResult(null);
    try {
      const next = await saving.mutateAsync({
        spaceStart: parsed.spaceStart,
        spaceLengthDays: parsed.spaceLengthDays,
      });
      setResult({
        tone: 'success',
        message: `Saved: ${next.spaceLengthDays} days from ${longDayLabel(next.spaceStart)}.`,
      });
    } catch (error) {
      setResult({ tone: 'error', message: messageOf(error) });
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="muted">
        Changing it never deletes anything: your entries stay, and the mood chart simply counts the days from
        the new start.
      </p>
      <SpacePeriodFields value={value} onChange={setValue} errors={errors} />
      {result ? <Notice tone={result.tone}>{result.message}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={saving.isPending}>
          Save space period
        </Button>
      </div>
    </form>
  );
}
