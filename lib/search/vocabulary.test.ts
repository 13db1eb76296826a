import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowedTypos, editDistance, Vocabulary } from './vocabulary'

const vocabulary = new Vocabulary(['volume', 'volumes-from', 'entrypoint', 'registry', 'registry_log_level', 'container', 'column', 'vol', 'run', 'runc', 'running'])

describe('Vocabulary', () => {
  it('completes a prefix, shortest first, without the prefix itself', () => {
    expect(vocabulary.completions('volu', 10)).toEqual(['volume', 'volumes-from'])
    expect(vocabulary.completions('run', 10)).toEqual(['runc', 'running'])
    expect(vocabulary.completions('regi', 1)).toEqual(['registry'])
    expect(vocabulary.completions('zzz', 10)).toEqual([])
  })

  it('finds the words a typo was meant to be', () => {
    expect(vocabulary.similar('entrypont', 2, 5)).toEqual([{ term: 'entrypoint', distance: 1 }])
    expect(vocabulary.similar('volumne', 1, 5)).toEqual([{ term: 'volume', distance: 1 }])
    expect(vocabulary.similar('registy', 1, 5)).toEqual([{ term: 'registry', distance: 1 }])
    expect(vocabulary.similar('contianer', 2, 5)).toEqual([{ term: 'container', distance: 1 }])
    expect(vocabulary.similar('volumn', 1, 5).map((e) => e.term)).toEqual(['volume'])
  })

  it('allows more typos in longer words and none in short ones', () => {
    expect(['run', 'image', 'entrypoint'].map(allowedTypos)).toEqual([0, 1, 2])
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('volume', 'volumne', 3)).toBe(1)
    expect(editDistance('registry', 'registy', 3)).toBe(1)
    expect(editDistance('container', 'contianer', 3)).toBe(1)
    expect(editDistance('volume', 'volumn', 3)).toBe(1)
    expect(editDistance('kitten', 'sitting', 5)).toBe(3)
  })

  it('is symmetric, zero only for equal strings, and stops at the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 20)
        expect(editDistance(b, a, 20)).toBe(d)
        expect(d === 0).toBe(a === b)
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
        expect(editDistance(a, b, 1)).toBe(Math.min(d, 2))
      }),
    )
  })
})
