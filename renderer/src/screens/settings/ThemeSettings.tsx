import { type Settings, THEMES } from '../../../../shared/domain.ts';
import { call } from '../../api-client.ts';
import { applyTheme } from '../../app/theme.ts';
import { InstantChoice } from './InstantChoice.tsx';

const THEME_WORDS: Record<Settings['theme'], string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

/** System, light or dark: applied the moment it is chosen, then saved. */
export function ThemeSettings({ settings, onSaved }: { settings: Settings; onSaved(next: Settings): void }) {
  return (
    <InstantChoice
      label="Theme"
      options={THEMES}
      words={THEME_WORDS}
      initial={settings.theme}
      apply={(theme) => applyTheme(theme)}
      save={(theme) => call('updateSettings', { theme })}
      onSaved={onSaved}
    />
  );
}
