import { describe, expect, it } from 'vitest'
import { headingBoost, headingName } from './heading-match'
import { chunkQuery, queryWords } from './query'

/** The boost a heading gets from a query, each query word standing for its own terms only. */
function boost(heading: string, query: string): number {
  const wordTerms = chunkQuery(query).map((chunk) => new Set([...chunk.whole, ...chunk.parts]))
  return headingBoost([headingName(heading)], wordTerms, queryWords(query))
}

describe('headingBoost', () => {
  it('is highest for the heading word for word, then for its words in another order', () => {
    expect(boost('Reading logs', 'reading logs ')).toBe(2.5)
    expect(boost('Reading logs', 'logs reading ')).toBe(2)
    expect(boost('Layers', 'layers ')).toBeGreaterThan(boost('Looking at the layers', 'layers '))
  })

  it('counts a heading as named only as far as the query is in it', () => {
    // "logs" names half of "Reading logs"; alone it is the whole query, among four words a quarter of it.
    expect(boost('Reading logs', 'logs ')).toBe(1.5)
    expect(boost('Reading logs', 'default logs driver daemon.json ')).toBe(1.125)
    expect(boost('Rotating logs for all new containers', 'default logs driver daemon.json ')).toBeLessThan(1.125)
  })

  it('leaves a heading the query does not touch, or an empty one, at 1', () => {
    expect(boost('Bind mounts', 'logs ')).toBe(1)
    expect(boost('', 'logs ')).toBe(1)
    expect(boost('Reading logs', '')).toBe(1)
  })
})
