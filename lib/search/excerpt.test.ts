import { describe, expect, it } from 'vitest'
import { excerpt, highlight, matchSpans, type Segment } from './excerpt'
import { termsOf } from './tokenize'

const marked = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')
/** The index terms of some words, as the engine hands them to the highlighter. */
const terms = (words: string) => new Set(termsOf(words))

describe('highlight', () => {
  it('marks whole tokens and the parts that matched', () => {
    expect(marked(highlight('Run with --restart unless-stopped.', terms('--restart')))).toBe('Run with [--restart] unless-stopped.')
    expect(marked(highlight('Run with --restart unless-stopped.', terms('stopped')))).toBe('Run with --restart unless-[stopped].')
    expect(marked(highlight('Named Volumes and a volume', terms('volume')))).toBe('Named [Volumes] and a [volume]')
  })

  it('keeps every character of the text, in order', () => {
    const text = 'host.docker.internal: see /etc/hosts, REGISTRY_LOG_LEVEL=debug!'
    expect(highlight(text, terms('host.docker.internal debug')).map((s) => s.text).join('')).toBe(text)
  })

  it('returns markup in the text as text', () => {
    const segments = highlight('Write <img src=x onerror=alert(1)> to embed an image.', terms('img image'))
    expect(segments.map((s) => s.text).join('')).toBe('Write <img src=x onerror=alert(1)> to embed an image.')
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['img', 'image'])
  })
})

describe('excerpt', () => {
  const long = `${'Filler words about nothing in particular. '.repeat(12)}Use a named volume for data. ${'More filler text follows here. '.repeat(12)}`

  it('shows the part of a long text around the match, with ellipses where it was cut', () => {
    const segments = excerpt(long, terms('volume'), 120)
    const text = marked(segments)
    expect(text).toContain('[volume]')
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(text.length).toBeLessThanOrEqual(130)
  })

  it('starts at the beginning when nothing matched, and returns short texts whole', () => {
    expect(marked(excerpt(long, terms('absent'), 60)).startsWith('Filler words')).toBe(true)
    expect(marked(excerpt('Short text.', terms('text')))).toBe('Short [text].')
  })

  it('prefers the window with the most distinct matched words', () => {
    const text = `volume ${'x '.repeat(120)}named volume mount ${'y '.repeat(120)}`
    expect(marked(excerpt(text, terms('volume named mount'), 60))).toContain('[named] [volume] [mount]')
  })

  it('finds nothing in text without the terms', () => {
    expect(matchSpans('nothing to see', terms('volume'))).toEqual([])
  })
})
