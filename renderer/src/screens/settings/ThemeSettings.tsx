import { type Settings, THEMES } from '../../../../shared/domain.ts';
import { applyTheme } from '../../app/theme.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { InstantChoice } from './InstantChoice.tsx';

const THEME_WORDS: Record<Settings['theme'], string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

/** System, light or dark: applied the moment it is chosen, then saved. */
export function ThemeSettings({ settings }: { settings: Settings }) {
  const saving = useCoreMutation('updateSettings');
  return (
    <InstantChoice
      label="Theme"
      options={THEMES}
      words={THEME_WORDS}
      initial={settings.theme}
      apply={(theme) => applyTheme(theme)}
      save={(theme) => saving.mutateAsync({ theme })}
    />
  );
}
