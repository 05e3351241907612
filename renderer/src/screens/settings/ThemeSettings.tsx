import { useId, useState } from 'react';
import { type Settings, THEMES } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { applyTheme } from '../../app/theme.ts';
import { Notice } from '../../ui/Notice.tsx';

const THEME_WORDS: Record<Settings['theme'], string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

/** System, light or dark: applied the moment it is chosen, then saved. */
export function ThemeSettings({ settings }: { settings: Settings }) {
  const [theme, setTheme] = useState(settings.theme);
  const [failure, setFailure] = useState('');
  const saving = useCoreMutation('updateSettings');
  const labelId = useId();
  const name = useId();

  async function choose(next: Settings['theme']) {
    const previous = theme;
    setTheme(next);
    applyTheme(next);
    setFailure('');
    try {
      await saving.mutateAsync({ theme: next });
    } catch (error) {
      setTheme(previous);
      applyTheme(previous);
      setFailure(messageOf(error));
    }
  }

  return (
    <div className="stack">
      <div className="choice-group" role="radiogroup" aria-labelledby={labelId}>
        <span className="field-label" id={labelId}>
          Theme
        </span>
        <div className="choice-list">
          {THEMES.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={name}
                checked={theme === option}
                onChange={() => void choose(option)}
              />
              <span>{THEME_WORDS[option]}</span>
            </label>
          ))}
        </div>
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
    </div>
  );
}
