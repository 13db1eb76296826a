'use client'

import { useEffect } from 'react'

/**
 * Marks <html data-hydrated> once React has attached its event handlers to the page. It is the last
 * child of the page's shell, so its effect runs after everything before it has hydrated; the e2e
 * specs wait for it instead of guessing with timeouts.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = ''
  }, [])
  return null
}
