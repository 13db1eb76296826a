// Excerpts and highlighting as plain text segments. The UI renders each segment as text (matched
// ones inside <mark>), so nothing from the content is ever interpreted as HTML.
import { chunkText } from './tokenize'

export interface Segment {
  text: string
  match: boolean
}

interface Span {
  start: number
  end: number
}

/** Spans of `text` whose terms are in `terms`: a whole token when it matched as a whole, else its matching parts. */
export function matchSpans(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = []
  for (const chunk of chunkText(text)) {
    if (chunk.whole.some((token) => terms.has(token.term))) {
      spans.push({ start: chunk.start, end: chunk.end })
      continue
    }
    for (const part of chunk.parts) {
      if (terms.has(part.term)) spans.push({ start: part.start, end: part.end })
    }
  }
  return mergeSpans(spans)
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

function segmentsOf(text: string, spans: Span[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = []
  let at = from
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue
    const start = Math.max(span.start, from)
    const end = Math.min(span.end, to)
    if (start > at) segments.push({ text: text.slice(at, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false })
  return segments
}

/** The whole text, with the matched words marked: for headings and titles. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return segmentsOf(text, matchSpans(text, terms))
}

/**
 * A window of about `length` characters around the densest cluster of matched words, cut at
 * word boundaries, with an ellipsis where text was left out. Without a match, the beginning.
 */
export function excerpt(text: string, terms: ReadonlySet<string>, length = 180): Segment[] {
  const spans = matchSpans(text, terms)
  if (text.length <= length) return segmentsOf(text, spans)
  let best = { from: 0, distinct: 0, count: 0 }
  for (let i = 0; i < spans.length; i++) {
    const from = spans[i]!.start
    const inWindow = spans.slice(i).filter((span) => span.end <= from + length)
    const distinct = new Set(inWindow.map((span) => text.slice(span.start, span.end).toLowerCase())).size
    if (distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.count)) {
      best = { from, distinct, count: inWindow.length }
    }
  }
  // Start a little before the first match, at a word boundary, so the match has context.
  let from = best.distinct > 0 ? Math.max(0, best.from - Math.round(length / 4)) : 0
  if (from > 0) {
    const space = text.indexOf(' ', from)
    from = space === -1 || space >= best.from ? from : space + 1
  }
  let to = Math.min(text.length, from + length)
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > from + length / 2) to = space
  }
  const segments = segmentsOf(text, spans, from, to)
  if (from > 0) segments.unshift({ text: '… ', match: false })
  if (to < text.length) segments.push({ text: ' …', match: false })
  return segments
}
