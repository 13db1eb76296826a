// Scores sections for a query: BM25F-like, without term frequencies. For each query group, the
// best of its alternatives by quality × rarity × field weights, summed over groups, then scaled
// by the square of the share of groups a section matches, so sections that answer the whole query
// come first. Typed arrays reused across queries keep a query on thousands of sections in the
// low milliseconds.
import { FIELD_WEIGHTS, PAGE_FIELDS, SEARCH_FIELDS } from './index-file'

/** Where a term occurs: entry ids, and for each the fields holding it as a bit set (SEARCH_FIELDS order). */
export interface Postings {
  ids: Uint32Array
  fields: Uint8Array
}

export interface ScoredAlternative {
  postings: Postings
  quality: number
}

/** The weight of a field bit set, split into the fields of the section itself and those of its page. */
function weightTable(pageLevel: boolean): Float64Array {
  const table = new Float64Array(1 << SEARCH_FIELDS.length)
  for (let bits = 0; bits < table.length; bits++) {
    SEARCH_FIELDS.forEach((field, i) => {
      if (bits & (1 << i) && PAGE_FIELDS.has(field) === pageLevel) table[bits]! += FIELD_WEIGHTS[field]
    })
  }
  return table
}

const SECTION_WEIGHT = weightTable(false)
const PAGE_WEIGHT = weightTable(true)

export class Scorer {
  private readonly termWeight: Float64Array
  private readonly best: Float64Array
  private readonly sum: Float64Array
  private readonly matched: Uint16Array
  /** Lists of the entries touched by the current term, group and query: no allocation per query. */
  private readonly inTerm: Int32Array
  private readonly inGroup: Int32Array
  private readonly inQuery: Int32Array

  /**
   * @param pageOf the page of each entry
   * @param pageEntries for each page, its first entry (its introduction) and the end of its range
   * @param pageWeight for each page, what its sections' scores are multiplied by (all 1 when absent)
   */
  constructor(
    private readonly pageOf: Uint32Array,
    private readonly pageEntries: { start: Uint32Array; end: Uint32Array },
    private readonly pageWeight?: Float64Array,
  ) {
    const total = pageOf.length
    this.termWeight = new Float64Array(total)
    this.best = new Float64Array(total)
    this.sum = new Float64Array(total)
    this.matched = new Uint16Array(total)
    this.inTerm = new Int32Array(total)
    this.inGroup = new Int32Array(total)
    this.inQuery = new Int32Array(total)
  }

  /** The `limit` best entries as [id, score], best first. */
  score(groups: ScoredAlternative[][], limit: number): [number, number][] {
    const { termWeight, best, sum, matched, inTerm, inGroup, inQuery } = this
    const total = this.pageOf.length
    let queryCount = 0
    const rarityOf = (count: number) => Math.log(1 + (total - count + 0.5) / (count + 0.5))
    for (const alternatives of groups) {
      let groupCount = 0
      // A completion is a guess at the word being typed: when the word typed is a term itself, a
      // rarer completion ("containerd" for "containers") must not outweigh it.
      // The term as typed comes first among its alternatives (see query.ts).
      let ceiling = Infinity
      for (const { postings, quality } of alternatives) {
        const termCount = this.accumulate(postings)
        const rarity = Math.min(ceiling, rarityOf(termCount))
        if (quality === 1) ceiling = rarity
        for (let k = 0; k < termCount; k++) {
          const id = inTerm[k]!
          const value = quality * rarity * termWeight[id]!
          termWeight[id] = 0
          if (best[id] === 0) inGroup[groupCount++] = id
          if (value > best[id]!) best[id] = value
        }
      }
      for (let k = 0; k < groupCount; k++) {
        const id = inGroup[k]!
        if (matched[id] === 0) inQuery[queryCount++] = id
        sum[id]! += best[id]!
        matched[id]!++
        best[id] = 0
      }
    }
    const scores = new Float64Array(queryCount)
    for (let k = 0; k < queryCount; k++) {
      const id = inQuery[k]!
      const coverage = matched[id]! / groups.length
      scores[k] = sum[id]! * coverage * coverage * (this.pageWeight?.[this.pageOf[id]!] ?? 1)
      sum[id] = 0
      matched[id] = 0
    }
    // Only the best `limit` are sorted.
    const cutoff = queryCount > limit ? kthLargest(scores.slice(), limit) : -Infinity
    const ranked: [number, number][] = []
    for (let k = 0; k < queryCount; k++) if (scores[k]! >= cutoff) ranked.push([inQuery[k]!, scores[k]!])
    return ranked.sort(byScore).slice(0, limit)
  }

  /**
   * Adds a term's field weights to every entry it concerns (its page fields to all the sections of
   * the page) and lists them in `inTerm`; returns how many there are.
   */
  private accumulate({ ids, fields }: Postings): number {
    const { termWeight, inTerm, pageOf, pageEntries } = this
    let count = 0
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!
      const bits = fields[k]!
      const own = SECTION_WEIGHT[bits]!
      if (own > 0) {
        if (termWeight[id] === 0) inTerm[count++] = id
        termWeight[id]! += own
      }
      const shared = PAGE_WEIGHT[bits]!
      if (shared > 0) {
        const page = pageOf[id]!
        for (let entry = pageEntries.start[page]!; entry < pageEntries.end[page]!; entry++) {
          if (termWeight[entry] === 0) inTerm[count++] = entry
          termWeight[entry]! += shared
        }
      }
    }
    return count
  }
}

/** The k-th largest value (Hoare's quickselect, in place): the cut-off for the best k without sorting them all. */
export function kthLargest(values: Float64Array, k: number): number {
  let low = 0
  let high = values.length - 1
  const target = k - 1
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!
    let i = low
    let j = high
    while (i <= j) {
      while (values[i]! > pivot) i++
      while (values[j]! < pivot) j--
      if (i <= j) {
        const swap = values[i]!
        values[i++] = values[j]!
        values[j--] = swap
      }
    }
    if (target <= j) high = j
    else if (target >= i) low = i
    else break
  }
  return values[target]!
}

export const byScore = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0]
