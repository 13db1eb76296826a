import type { ReactNode } from 'react'
import type { SearchHit } from '@/lib/search/engine'
import { excerpt, highlight, matchSpans, type Segment } from '@/lib/search/excerpt'

/** Segments as React text: matched words in <mark>, everything else plain text, never HTML. */
export function Highlighted({ segments }: { segments: Segment[] }): ReactNode {
  return segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))
}

/** The section's own heading path (the page title for its introduction), highlighted. */
export function hitHeading(hit: SearchHit, terms: ReadonlySet<string>): Segment[] {
  const names = hit.entry.id ? hit.entry.headings : [hit.page.title]
  return names.flatMap((name, i) => [...(i > 0 ? [{ text: ' › ', match: false }] : []), ...highlight(name, terms)])
}

/** Where the match is: the prose if it matched there, else the code, else the start of the prose. */
export function hitExcerpt(hit: SearchHit, terms: ReadonlySet<string>): { segments: Segment[]; code: boolean } {
  const { text, code } = hit.entry
  if (code && matchSpans(text, terms).length === 0 && matchSpans(code, terms).length > 0) {
    return { segments: excerpt(code.replace(/\s+/g, ' '), terms, 140), code: true }
  }
  return { segments: excerpt(text, terms), code: false }
}
