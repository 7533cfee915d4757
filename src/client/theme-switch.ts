/**
 * The colour switch: a choice of automatic, light or dark, applied to <html data-theme> at once and
 * remembered in localStorage ("under-fire:theme"), which public/boot.js reads before first paint.
 */
const KEY = 'under-fire:theme';
type Theme = 'auto' | 'light' | 'dark';

function remembered(): Theme {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    if (theme === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this page only.
  }
}

/** Checks the remembered choice and applies each new one (CSS shows the switch once `js` is set). */
export function connectThemeSwitch(fieldset: HTMLFieldSetElement): void {
  const current = remembered();
  for (const input of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    input.checked = input.value === current;
    input.addEventListener('change', () => input.checked && apply(input.value as Theme));
  }
}
