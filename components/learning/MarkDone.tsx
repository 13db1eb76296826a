'use client'
// A client component: the reader's progress lives in their browser's localStorage.

import { useState } from 'react'
import { useHydrated } from '@/components/ui/use-hydrated'
import { countDone } from '@/lib/progress/progress'
import { getDoneRoutes, setPageDone } from './progress-store'
import { useDoneRoutes } from './use-progress'

interface MarkDoneProps {
  route: string
  moduleTitle: string
  /** Every page of the lesson's module, for "3 of 6 pages done". */
  moduleRoutes: string[]
}

/**
 * The end-of-lesson toggle. A native checkbox is keyboard-operable and announces its own state;
 * the status line adds what the change means for the module.
 */
export function MarkDone({ route, moduleTitle, moduleRoutes }: MarkDoneProps) {
  const done = useDoneRoutes()
  const hydrated = useHydrated()
  const [announcement, setAnnouncement] = useState('')
  const isDone = done.has(route)
  const summary = (count: number) => `${count} of ${moduleRoutes.length} pages of ${moduleTitle} done`

  function toggle(checked: boolean) {
    setPageDone(route, checked)
    const count = countDone(getDoneRoutes(), moduleRoutes)
    setAnnouncement(`${checked ? 'Marked as done' : 'Marked as not done'}. ${summary(count)}.`)
  }

  return (
    <section aria-label="Your progress" className="no-print mt-12 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-border p-4" data-mark-done>
      <label className="inline-flex cursor-pointer items-center gap-3 rounded-lg border border-border-strong px-4 py-2 font-semibold hover:bg-bg-subtle has-checked:border-[var(--tip)] has-checked:bg-[var(--tip-bg)] has-disabled:cursor-default">
        <input
          type="checkbox"
          className="size-5 accent-[var(--tip)]"
          checked={isDone}
          // Until hydration the stored state is unknown, and without JavaScript it cannot be saved.
          disabled={!hydrated}
          onChange={(event) => toggle(event.target.checked)}
          data-mark-done-toggle
        />
        Mark as done
      </label>
      <p className="text-fg-muted" data-module-summary>
        {isDone && <span className="mr-1 font-semibold text-[var(--tip)]">Done ✓</span>}{' '}
        {summary(countDone(done, moduleRoutes))}
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </section>
  )
}
