import { type FormEvent, useState } from 'react';
import { dayOf } from '../../../../shared/dates.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { SpacePeriodFields } from './SpacePeriodFields.tsx';
import { initialSpacePeriod, parseSpacePeriod } from './space-period-form.ts';

/** Step 4: the space period (first day, default today; length, default 30 days), saved to settings. */
export function SpacePeriodStep({ onDone }: { onDone(): void }) {
  const [value, setValue] = useState(() => initialSpacePeriod(dayOf(new Date())));
  const [errors, setErrors] = useState<{ start?: string; customDays?: string }>({});
  const saveSettings = useCoreMutation('updateSettings');
  const saving = saveSettings.isPending;
  const [failure, setFailure] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseSpacePeriod(value);
    if (!parsed.ok) {
      setErrors({ [parsed.field]: parsed.message });
      return;
    }
    setErrors({});
    setFailure('');
    try {
      await saveSettings.mutateAsync({
        spaceStart: parsed.spaceStart,
        spaceLengthDays: parsed.spaceLengthDays,
      });
      onDone();
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="steps">Step 4 of 4</p>
      <PageHeading focusOnMount>Your space period</PageHeading>
      <p>
        The space period is the time you give yourself apart from your ex: no calls, no messages, no checking
        their profiles. Interlude counts its days, picks prompts that fit where you are, and shows how your
        mood moves across it. You can change this any time in Settings.
      </p>
      <SpacePeriodFields value={value} onChange={setValue} errors={errors} />
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div className="onboarding-actions">
        <Button type="submit" variant="primary" busy={saving}>
          Start writing
        </Button>
      </div>
    </form>
  );
}
