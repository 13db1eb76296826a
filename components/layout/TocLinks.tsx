import type { Heading } from '@/lib/content/types'

interface TocLinksProps {
  headings: Heading[]
  activeId?: string
}

/** The list of sections; used by the desktop scroll-spy and the phone "On this page" disclosure. */
export function TocLinks({ headings, activeId }: TocLinksProps) {
  return (
    <ul className="space-y-1 text-sm">
      {headings
        .filter((heading) => heading.depth <= 3)
        .map((heading) => (
          <li key={heading.id}>
            <a
              href={`#${heading.id}`}
              aria-current={heading.id === activeId ? 'true' : undefined}
              className={`block border-l-2 border-transparent py-0.5 pr-1 text-fg-muted no-underline hover:text-fg aria-[current=true]:border-accent aria-[current=true]:font-medium aria-[current=true]:text-accent ${heading.depth === 3 ? 'pl-6' : 'pl-3'}`}
            >
              {heading.text}
            </a>
          </li>
        ))}
    </ul>
  )
}
