'use client'
// A client component: progress is read from the reader's localStorage.

import { useDoneRoutes } from './use-progress'

/** A tick after a sidebar link to a page the reader has marked as done. */
export function PageDoneMark({ route }: { route: string }) {
  const done = useDoneRoutes()
  if (!done.has(route)) return null
  return (
    <span data-page-done>
      <span aria-hidden="true" className="ml-1.5 text-[var(--tip)]">
        ✓
      </span>
      <span className="sr-only"> (done)</span>
    </span>
  )
}
