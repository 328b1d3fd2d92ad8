import { THEME_PREFERENCES, type ThemePreference } from '../../storage/theme-codec.ts';
import { useTheme } from './use-theme.ts';
import './theme-toggle.css';

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * The colour scheme: follow the system, or always light, or always dark; remembered on this device. Loaded
 * after the first paint (see App.tsx): the boot script has already applied the stored choice by then.
 */
export default function ThemeToggle() {
  const { theme, setTheme, saveError } = useTheme();
  return (
    <span className="theme-toggle">
      <label htmlFor="theme-choice">Theme</label>{' '}
      <select
        id="theme-choice"
        value={theme}
        onChange={(event) => setTheme(event.target.value as ThemePreference)}
        aria-describedby={saveError ? 'theme-save-error' : undefined}
      >
        {THEME_PREFERENCES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
      {saveError && (
        <span id="theme-save-error" className="field-error" role="alert">
          Not remembered: {saveError}
        </span>
      )}
    </span>
  );
}
