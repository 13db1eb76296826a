'use client'

import { useSyncExternalStore } from 'react'
import { chooseTheme, readTheme, subscribeToTheme, type Theme } from './theme'

const serverTheme = (): Theme | null => null

export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribeToTheme, readTheme, serverTheme)
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Dark theme"
      aria-pressed={theme === null ? undefined : dark}
      title={dark ? 'Switch to light theme' : 'Switch to dark theme'}
      data-theme-toggle
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
    >
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M6.34 17.66l-1.41 1.41M19.07 4.93l-1.41 1.41" />
          </>
        ) : (
          <path d="M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9Z" />
        )}
      </svg>
    </button>
  )
}
