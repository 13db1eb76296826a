import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SEARCH_FIELDS, type SearchField } from './index-file'
import { kthLargest, Scorer, type Postings } from './rank'

const bits = (...fields: SearchField[]) => fields.reduce((sum, field) => sum | (1 << SEARCH_FIELDS.indexOf(field)), 0)
const postings = (entries: [id: number, fields: number][]): Postings => ({
  ids: Uint32Array.from(entries, ([id]) => id),
  fields: Uint8Array.from(entries, ([, fields]) => fields),
})

// Two pages: entries 0-2 (0 is the introduction) and 3-4 (3 is the introduction).
const scorer = new Scorer(Uint32Array.from([0, 0, 0, 1, 1]), { start: Uint32Array.from([0, 3]), end: Uint32Array.from([3, 5]) })
const ids = (ranked: [number, number][]) => ranked.map(([id]) => id)

describe('Scorer', () => {
  it('ranks a heading match above a text match above a code match', () => {
    const term = postings([
      [4, bits('code')],
      [1, bits('text')],
      [2, bits('heading')],
    ])
    expect(ids(scorer.score([[{ postings: term, quality: 1 }]], 10))).toEqual([2, 1, 4])
  })

  it('counts a page-title match for every section of the page', () => {
    const term = postings([[3, bits('title')]])
    expect(ids(scorer.score([[{ postings: term, quality: 1 }]], 10)).sort()).toEqual([3, 4])
  })

  it('prefers sections matching every group of the query', () => {
    const common = postings([
      [0, bits('heading', 'text')],
      [1, bits('text')],
    ])
    const rare = postings([[1, bits('text')]])
    expect(ids(scorer.score([[{ postings: common, quality: 1 }], [{ postings: rare, quality: 1 }]], 10))[0]).toBe(1)
  })

  it('never lets a completion rarer than the word typed outweigh the word itself', () => {
    // "containers" typed: the term itself is in the text of four sections; the completion
    // "containerd" is the heading of one. Rarity alone would put the completion first.
    const typed = postings([
      [0, bits('text')],
      [1, bits('text')],
      [2, bits('text')],
      [3, bits('heading')],
    ])
    const completion = postings([[4, bits('heading')]])
    const ranked = scorer.score([[{ postings: typed, quality: 1 }, { postings: completion, quality: 0.865 }]], 10)
    expect(ids(ranked)[0]).toBe(3)
  })

  it('multiplies the scores of a page with a weight', () => {
    const weighted = new Scorer(Uint32Array.from([0, 0, 0, 1, 1]), { start: Uint32Array.from([0, 3]), end: Uint32Array.from([3, 5]) }, Float64Array.from([0.5, 1]))
    const term = postings([
      [1, bits('heading')],
      [4, bits('heading')],
    ])
    const [first, second] = weighted.score([[{ postings: term, quality: 1 }]], 10)
    expect(first).toEqual([4, second![1] * 2])
  })

  it('takes the best alternative of a group, weighted by its quality', () => {
    const exact = postings([[0, bits('text')]])
    const typo = postings([[1, bits('heading')]])
    const ranked = scorer.score([[{ postings: exact, quality: 1 }, { postings: typo, quality: 0.1 }]], 10)
    expect(ids(ranked)).toEqual([0, 1])
  })

  it('returns the best `limit`, and leaves no state behind for the next query', () => {
    const term = postings([0, 1, 2, 3, 4].map((id) => [id, bits(id % 2 ? 'heading' : 'text')]))
    const first = scorer.score([[{ postings: term, quality: 1 }]], 2)
    expect(ids(first).sort()).toEqual([1, 3])
    expect(scorer.score([[{ postings: term, quality: 1 }]], 2)).toEqual(first)
  })
})

describe('kthLargest', () => {
  it('finds the k-th largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), fc.nat(), (values, pick) => {
        const k = (pick % values.length) + 1
        const expected = [...values].sort((a, b) => b - a)[k - 1]
        expect(kthLargest(Float64Array.from(values), k)).toBe(expected)
      }),
    )
  })
})
