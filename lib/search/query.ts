// Turns what the reader typed into groups of index terms to look up. Each word or Docker token of
// the query is one group; a group matches a section through any of its alternatives: the term
// itself, completions of a word still being typed, or the closest spellings of a typo.
import { chunkText } from './tokenize'
import { allowedTypos, isCompound, type Vocabulary } from './vocabulary'

export interface Alternative {
  term: string
  /** How much a match on this term counts, 1 for the term as typed. */
  quality: number
}

export interface QueryGroup {
  /** The query text this group came from, for messages and tests. */
  source: string
  alternatives: Alternative[]
}

/**
 * Completions looked up for one word, the shortest first as they are the likeliest: a few for
 * two letters, which could start almost anything, more as the word gets longer.
 */
const completionLimit = (prefix: string) => Math.min(40, 4 * 2 ** (prefix.length - 2))
const MAX_SIMILAR = 6

interface Chunked {
  source: string
  whole: string[]
  parts: string[]
  /** The reader may still be typing this word: the last one, with no space after it. */
  typing: boolean
}

export function chunkQuery(query: string): Chunked[] {
  const chunks = chunkText(query)
  return chunks.map((chunk, i) => ({
    source: query.slice(chunk.start, chunk.end),
    whole: chunk.whole.map((token) => token.term),
    parts: chunk.parts.map((token) => token.term),
    typing: i === chunks.length - 1 && chunk.end === query.length,
  }))
}

/** The query's words in order, one term each, for comparing it with headings. */
export function queryWords(query: string): { words: string[]; typing: boolean } {
  const chunks = chunkQuery(query).filter((chunk) => chunk.whole.length > 0)
  return { words: chunks.map((chunk) => chunk.whole[0]!), typing: chunks[chunks.length - 1]?.typing ?? false }
}

/**
 * For each word of the query, the terms it can name a heading by: the word as typed, the words of
 * a compound, and what the word expands to (completions, spellings).
 */
export function queryWordTerms(query: string, groups: QueryGroup[]): Set<string>[] {
  return chunkQuery(query)
    .filter((chunk) => chunk.whole.length > 0 || chunk.parts.length > 0)
    .map((chunk) => {
      const expanded = groups.filter((group) => group.source === chunk.source || chunk.parts.includes(group.source))
      return new Set([...chunk.whole, ...chunk.parts, ...expanded.flatMap((group) => group.alternatives.map((alternative) => alternative.term))])
    })
}

export function parseQuery(query: string, vocabulary: Vocabulary): QueryGroup[] {
  const groups: QueryGroup[] = []
  for (const chunk of chunkQuery(query)) {
    const alternatives = expand(chunk.whole, chunk.typing, vocabulary)
    if (alternatives.length > 0 || chunk.parts.length === 0) {
      groups.push({ source: chunk.source, alternatives })
      continue
    }
    // A compound the index does not know (`docker.internal`): look for its words instead.
    chunk.parts.forEach((part, i) => {
      groups.push({ source: part, alternatives: expand([part], chunk.typing && i === chunk.parts.length - 1, vocabulary) })
    })
  }
  return groups
}

function expand(terms: string[], typing: boolean, vocabulary: Vocabulary): Alternative[] {
  const found = new Map<string, number>()
  const offer = (term: string, quality: number) => {
    if ((found.get(term) ?? 0) < quality) found.set(term, quality)
  }
  for (const term of terms) {
    const exact = vocabulary.has(term)
    if (exact) offer(term, 1)
    // While typing, `volu` means volume; a finished word completes only if it is not a word itself.
    if ((typing && term.length >= 2) || (!exact && term.length >= 3)) {
      // A plain word completes to words: "registry" means the word, not every registry.example.com:5000/….
      for (const completion of vocabulary.completions(term, completionLimit(term), !isCompound(term))) {
        offer(completion, 0.55 + 0.35 * (term.length / completion.length))
      }
    }
  }
  if (found.size > 0) return [...found].map(([term, quality]) => ({ term, quality }))
  // Only the closest spellings: `volumne` means volume, not every word two edits away.
  for (const term of terms) {
    for (const { term: spelling, distance } of vocabulary.similar(term, allowedTypos(term), MAX_SIMILAR)) {
      offer(spelling, distance === 1 ? 0.7 : 0.45)
    }
  }
  return [...found].map(([term, quality]) => ({ term, quality }))
}
