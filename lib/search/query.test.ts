import { describe, expect, it } from 'vitest'
import { parseQuery, queryWords, queryWordTerms } from './query'
import { termsOf } from './tokenize'
import { Vocabulary } from './vocabulary'

const vocabulary = new Vocabulary(
  termsOf('volume volumes-from host.docker.internal host docker internal entrypoint registry registry.example.com:5000 run running runc --restart restart'),
)
const alternatives = (query: string) => parseQuery(query, vocabulary).map((group) => group.alternatives.map((a) => a.term))

describe('parseQuery', () => {
  it('looks a finished word up as it is, and completes the word being typed', () => {
    expect(alternatives('run ')).toEqual([['run']])
    expect(alternatives('run')).toEqual([['run', 'runc']])
    expect(alternatives('volu')).toEqual([['volum']])
  })

  it('completes a plain word to words only, and a compound to compounds', () => {
    expect(alternatives('regis')).toEqual([['registry']])
    expect(alternatives('registry.ex')).toEqual([['registry.example.com', 'registry.example.com:5000']])
    expect(alternatives('host.docker.in')).toEqual([['host.docker.internal']])
  })

  it('offers the closest spellings of a typo, and only those', () => {
    expect(alternatives('entrypont ')).toEqual([['entrypoint']])
    expect(alternatives('registy ')).toEqual([['registry']])
    expect(alternatives('volumne ')).toEqual([['volum']])
  })

  it('finds a flag as typed, and looks for the words of an unknown compound', () => {
    expect(alternatives('--restart ')).toEqual([['--restart']])
    expect(alternatives('docker.internal ')).toEqual([['docker'], ['internal']])
  })

  it('rates the term as typed above its completions and typos', () => {
    const [group] = parseQuery('run', vocabulary)
    const quality = Object.fromEntries(group!.alternatives.map((a) => [a.term, a.quality]))
    expect(quality.run).toBe(1)
    expect(quality.runc).toBeLessThan(1)
    expect(parseQuery('entrypont ', vocabulary)[0]!.alternatives[0]!.quality).toBeLessThan(quality.runc!)
  })

  it('keeps a group for a word nothing matches, so it still counts against coverage', () => {
    expect(alternatives('volume zzzz ')).toEqual([['volum'], []])
  })
})

describe('queryWords', () => {
  it('gives one term per word, in order, and whether the last is being typed', () => {
    expect(queryWords('Layers and the writable layer')).toEqual({ words: ['layer', 'writabl', 'layer'], typing: true })
    expect(queryWords('--restart always ')).toEqual({ words: ['--restart', 'alway'], typing: false })
  })
})

describe('queryWordTerms', () => {
  const wordTerms = (query: string) => queryWordTerms(query, parseQuery(query, vocabulary)).map((terms) => [...terms].sort())

  it('gives each word the terms it stands for: as typed, its completions and spellings', () => {
    expect(wordTerms('run volumne ')).toEqual([['run'], ['volum', 'volumn']])
    expect(wordTerms('run')).toEqual([['run', 'runc']])
  })

  it('gives a compound its own term and its words, known or not', () => {
    expect(wordTerms('host.docker.internal ')).toEqual([['docker', 'host', 'host.docker.internal', 'internal']])
    expect(wordTerms('docker.internal ')).toEqual([['docker', 'docker.internal', 'internal']])
  })
})
