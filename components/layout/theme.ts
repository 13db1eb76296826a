// The theme lives in one place: the data-theme attribute on <html>. The inline script sets it
// before first paint; the toggle changes it and remembers the choice in localStorage.

export type Theme = 'light' | 'dark'

export const THEME_STORAGE_KEY = 'theme'

/** Runs in <head> before anything paints, so the page never flashes the wrong theme. */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');d.dataset.theme=s==='light'||s==='dark'?s:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}catch(e){d.dataset.theme='light'}})()`

export function readTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'
}

function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : undefined
  } catch {
    return undefined
  }
}

export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Private modes may refuse storage; the choice then lasts until the page is left.
  }
}

/** Notifies on theme changes, and follows the system setting until the reader picks a theme. */
export function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  const system = matchMedia('(prefers-color-scheme: dark)')
  const followSystem = () => {
    if (!storedTheme()) document.documentElement.dataset.theme = system.matches ? 'dark' : 'light'
  }
  system.addEventListener('change', followSystem)
  return () => {
    observer.disconnect()
    system.removeEventListener('change', followSystem)
  }
}
