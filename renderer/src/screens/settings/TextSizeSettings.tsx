import { type Settings, TEXT_SIZES, type TextSize } from '../../../../shared/domain.ts';
import { applyTextSize } from '../../app/theme.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { InstantChoice } from './InstantChoice.tsx';

const SIZE_WORDS: Record<TextSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

/** Small, medium or large text: applied the moment it is chosen, then saved. */
export function TextSizeSettings({ settings }: { settings: Settings }) {
  const saving = useCoreMutation('updateSettings');
  return (
    <InstantChoice
      label="Text size"
      options={TEXT_SIZES}
      words={SIZE_WORDS}
      initial={settings.textSize ?? 'medium'}
      apply={(size) => applyTextSize(size)}
      save={(textSize) => saving.mutateAsync({ textSize })}
    />
  );
}
