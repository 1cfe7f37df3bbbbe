/** Light/dark follows the OS unless the user picks one; CSS does the rest from `data-theme`. */
export function applyTheme(theme: 'auto' | 'light' | 'dark'): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
