'use client'
// A client component: progress is read from the reader's localStorage.

import { countDone } from '@/lib/progress/progress'
import { useDoneRoutes } from './use-progress'

interface ModuleProgressProps {
  /** The module's pages. */
  routes: string[]
  /** `card`: text and bar on the home page; `nav`: a compact count beside a sidebar module. */
  variant: 'card' | 'nav'
}

/**
 * How many pages of a module the reader has marked as done. The static HTML shows none done; the
 * reader's own count replaces it once the page has hydrated.
 */
export function ModuleProgress({ routes, variant }: ModuleProgressProps) {
  const done = useDoneRoutes()
  const count = countDone(done, routes)
  const text = `${count} of ${routes.length} pages done`

  if (variant === 'nav') {
    return (
      <span className="ml-auto shrink-0 text-xs text-fg-muted tabular-nums" data-module-progress={`${count}/${routes.length}`}>
        <span aria-hidden="true">
          {count}/{routes.length}
        </span>
        <span className="sr-only">, {text}</span>
      </span>
    )
  }

  return (
    <div className="mt-3" data-module-progress={`${count}/${routes.length}`}>
      <div aria-hidden="true" className="h-1.5 overflow-hidden rounded-full bg-bg-muted">
        <div className="h-full rounded-full bg-[var(--tip)]" style={{ width: `${(count / Math.max(routes.length, 1)) * 100}%` }} />
      </div>
      <p className="mt-1 text-sm text-fg-muted">{text}</p>
    </div>
  )
}
