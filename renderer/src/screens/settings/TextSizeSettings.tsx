import { type Settings, TEXT_SIZES, type TextSize } from '../../../../shared/domain.ts';
import { call } from '../../api-client.ts';
import { applyTextSize } from '../../app/theme.ts';
import { InstantChoice } from './InstantChoice.tsx';

const SIZE_WORDS: Record<TextSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

/** Small, medium or large text: applied the moment it is chosen, then saved. */
export function TextSizeSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved(next: Settings): void;
}) {
  return (
    <InstantChoice
      label="Text size"
      options={TEXT_SIZES}
      words={SIZE_WORDS}
      initial={settings.textSize ?? 'medium'}
      apply={(size) => applyTextSize(size)}
      save={(textSize) => call('updateSettings', { textSize })}
      onSaved={onSaved}
    />
  );
}
