import Link from 'next/link'
import type { PageSummary } from '@/lib/content/types'

interface PrevNextProps {
  previous?: PageSummary
  next?: PageSummary
}

export function PrevNext({ previous, next }: PrevNextProps) {
  if (!previous && !next) return null
  return (
    <nav aria-label="Previous and next pages" className="no-print mt-12 grid gap-4 border-t border-border pt-8 sm:grid-cols-2">
      {previous ? (
        <Link href={previous.route} prefetch={false} rel="prev" data-prev className="group rounded-lg border border-border p-4 no-underline hover:border-accent">
          <span className="block text-sm text-fg-muted">Previous</span>
          <span className="mt-1 block font-semibold text-accent">← {previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.route} prefetch={false} rel="next" data-next className="group rounded-lg border border-border p-4 text-right no-underline hover:border-accent">
          <span className="block text-sm text-fg-muted">Next</span>
          <span className="mt-1 block font-semibold text-accent">{next.title} →</span>
        </Link>
      )}
    </nav>
  )
}
