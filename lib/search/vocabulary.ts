// The index's terms, sorted, for the two expansions the index itself cannot do cheaply: prefixes
// while the reader is still typing (`volu` → volume) and typos (`entrypont` → entrypoint).
// Keeping the index exact and expanding the query keeps the shipped index small: a "forward"
// FlexSearch tokenizer would store every prefix of every word.

export interface Expansion {
  term: string
  /** 0 for the term itself or a prefix match, otherwise the edit distance. */
  distance: number
}

/** Expansions already worked out, per term: typing asks for the same words again and again. */
const MAX_CACHED = 1000

export class Vocabulary {
  private readonly terms: string[]
  private readonly known: Set<string>
  private readonly cache = new Map<string, string[] | Expansion[]>()
  /** Terms by their first letter and length, then by their first two letters and length: the candidates for a typo. */
  private readonly byStart = new Map<string, string[]>()

  constructor(terms: Iterable<string>) {
    this.terms = [...new Set(terms)].sort()
    this.known = new Set(this.terms)
    for (const term of this.terms) {
      for (const key of [`${term.length} ${term[0]}`, `${term.length} ${term.slice(0, 2)}`]) {
        const bucket = this.byStart.get(key)
        if (bucket) bucket.push(term)
        else this.byStart.set(key, [term])
      }
    }
  }

  has(term: string): boolean {
    return this.known.has(term)
  }

  /**
   * Terms that start with `prefix` (not the prefix itself), shortest first: the likeliest
   * completions. With `wordsOnly`, no compounds: a plain word completes to words.
   */
  completions(prefix: string, limit: number, wordsOnly = false): string[] {
    return this.cached(`c${limit}${wordsOnly ? 'w' : ''} ${prefix}`, () => this.findCompletions(prefix, limit, wordsOnly))
  }

  /**
   * The terms closest to `term` within `maxDistance` edits (insertions, deletions, substitutions
   * and swaps of neighbours): all at the same, smallest distance.
   */
  similar(term: string, maxDistance: number, limit: number): Expansion[] {
    return this.cached(`s${maxDistance} ${limit} ${term}`, () => this.findSimilar(term, maxDistance, limit))
  }

  private cached<T extends string[] | Expansion[]>(key: string, find: () => T): T {
    let found = this.cache.get(key) as T | undefined
    if (!found) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear()
      this.cache.set(key, (found = find()))
    }
    return found
  }

  private findCompletions(prefix: string, limit: number, wordsOnly: boolean): string[] {
    const found: string[] = []
    for (let i = this.lowerBound(prefix); i < this.terms.length; i++) {
      const term = this.terms[i]!
      if (!term.startsWith(prefix)) break
      if (term !== prefix && !(wordsOnly && isCompound(term))) found.push(term)
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit)
  }

  /**
   * One typo may be anywhere but in the first letter; two only after the first two letters, and
   * only when no word is one typo away. Candidates come from buckets by start and length, so a
   * lookup compares a few hundred words at most, however large the vocabulary.
   */
  private findSimilar(term: string, maxDistance: number, limit: number): Expansion[] {
    const found: Expansion[] = []
    for (let distance = 1; distance <= maxDistance && found.length === 0; distance++) {
      const start = term.slice(0, distance === 1 ? 1 : 2)
      for (let length = term.length - distance; length <= term.length + distance; length++) {
        for (const candidate of this.byStart.get(`${length} ${start}`) ?? []) {
          if (editDistance(term, candidate, distance) === distance) found.push({ term: candidate, distance })
        }
      }
    }
    return found.sort((a, b) => (a.term < b.term ? -1 : 1)).slice(0, limit)
  }

  private lowerBound(prefix: string): number {
    let low = 0
    let high = this.terms.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.terms[mid]! < prefix) low = mid + 1
      else high = mid
    }
    return low
  }
}

/** `host.docker.internal`, `registry_log_level`, `cap-add`: a term joined from words (a flag's leading dashes do not count). */
export const isCompound = (term: string) => /[._:/@]|\w-/.test(term)

/** How many typos a term of this length may carry and still be recognised. */
export function allowedTypos(term: string): number {
  if (term.length < 4) return 0
  return term.length < 8 ? 1 : 2
}

/** Rows of the distance table, reused: allocating them per comparison dominated typo lookups. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * Optimal-string-alignment distance, giving up (returning max + 1) as soon as every cell of a row
 * exceeds `max`, so most comparisons stop after a few characters.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const width = b.length + 1
  if (rows[0]!.length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)]
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j < width; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[b.length]!, max + 1)
}
