// How well a query names a section: the share of the heading's words it matched, times the share
// of the query's words the heading accounts for, and whether it is the heading itself, word for
// word. "layers" finds the page called "Layers" before a section called "Looking at the layers"; a
// page's full title finds the page before a section whose heading has the same words in another
// order; and a heading that holds one word of a longer query ("Reading logs" for "default logging
// driver daemon.json") is not taken for its name.
import { chunkText } from './tokenize'

export interface HeadingName {
  /** Distinct terms, for the share matched. */
  terms: string[]
  /** One term per word, in order, for the word-for-word comparison. */
  words: string[]
}

export interface QueryWords {
  words: string[]
  /** The last word may be unfinished. */
  typing: boolean
}

export function headingName(text: string): HeadingName {
  const chunks = chunkText(text)
  const words = chunks.flatMap((chunk) => chunk.whole.slice(0, 1).map((token) => token.term))
  const terms = [...new Set(chunks.flatMap((chunk) => [...chunk.whole, ...chunk.parts].map((token) => token.term)))]
  return { terms, words }
}

/**
 * 1, plus up to 1 for the share of the heading matched times the share of the query's words found
 * in it, plus 0.5 when the query is the heading.
 * @param wordTerms for each word of the query, the terms it can name a heading by
 */
export function headingBoost(names: HeadingName[], wordTerms: ReadonlySet<string>[], query: QueryWords): number {
  let best = 1
  for (const name of names) {
    if (name.terms.length === 0 || wordTerms.length === 0) continue
    const headingShare = name.terms.filter((term) => wordTerms.some((terms) => terms.has(term))).length / name.terms.length
    const queryShare = wordTerms.filter((terms) => name.terms.some((term) => terms.has(term))).length / wordTerms.length
    best = Math.max(best, 1 + headingShare * queryShare + (sameWords(name.words, query) ? 0.5 : 0))
  }
  return best
}

function sameWords(heading: string[], query: QueryWords): boolean {
  if (heading.length !== query.words.length || heading.length === 0) return false
  return heading.every((word, i) => word === query.words[i] || (query.typing && i === heading.length - 1 && word.startsWith(query.words[i]!)))
}
