'use client'

import { useEffect, useState } from 'react'
import type { Heading } from '@/lib/content/types'
import { TocLinks } from './TocLinks'

/** Distance from the top of the viewport at which a heading counts as the one being read. */
const READING_LINE_PX = 120

/** "On this page" with scroll-spy: the section being read is marked as it scrolls past. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  const [activeId, setActiveId] = useState<string>()

  useEffect(() => {
    const elements = headings
      .filter((heading) => heading.depth <= 3)
      .map((heading) => document.getElementById(heading.id))
      .filter((element): element is HTMLElement => element !== null)
    let frame = 0
    const update = () => {
      frame = 0
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2
      let current = elements[0]?.id
      for (const element of elements) {
        if (element.getBoundingClientRect().top > READING_LINE_PX) break
        current = element.id
      }
      setActiveId(atBottom ? (elements.at(-1)?.id ?? current) : current)
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    schedule()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [headings])

  return (
    <nav aria-labelledby="toc-heading" className="toc" data-toc>
      <h2 id="toc-heading" className="mb-3 text-sm font-semibold">
        On this page
      </h2>
      <TocLinks headings={headings} activeId={activeId} />
    </nav>
  )
}
