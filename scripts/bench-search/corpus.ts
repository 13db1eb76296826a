// A generated corpus for the scale test: pages shaped like ours (title, description, sections
// with h2/h3 headings, prose and code), with words drawn from the real content and a larger
// made-up vocabulary following Zipf's law, as words in real text do. Seeded, so every run
// indexes the same corpus.
import type { SearchSource } from '../../lib/search/build-index'

/** mulberry32: a small, good enough seeded random number generator. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = 'ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ze zo ex in on er an st tr pr'.split(' ')

export interface CorpusOptions {
  pages: number
  /** Words from the real content: they come first in the frequency ranking, so queries hit them. */
  realWords: string[]
  /** Flags from the real content, for the code blocks. */
  flags: string[]
  seed?: number
  vocabularySize?: number
}

export function generateCorpus({ pages, realWords, flags, seed = 1, vocabularySize = 30_000 }: CorpusOptions): SearchSource[] {
  const rand = random(seed)
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1))
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!

  const vocabulary = [...new Set(realWords.map((word) => word.toLowerCase()))]
  const known = new Set(vocabulary)
  while (vocabulary.length < vocabularySize) {
    const word = Array.from({ length: between(2, 4) }, () => pick(SYLLABLES)).join('')
    if (!known.has(word)) {
      known.add(word)
      vocabulary.push(word)
    }
  }
  // Zipf: the word of rank r is drawn with probability proportional to 1 / r.
  const cumulative: number[] = []
  let total = 0
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank))
  const word = () => {
    const target = rand() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >>> 1
      if (cumulative[mid]! < target) low = mid + 1
      else high = mid
    }
    return vocabulary[low]!
  }
  const words = (min: number, max: number) => Array.from({ length: between(min, max) }, word).join(' ')
  const sentence = () => {
    const text = words(6, 18)
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`
  }
  const prose = (min: number, max: number) => Array.from({ length: between(min, max) }, sentence).join(' ')
  const title = (min: number, max: number) => {
    const text = words(min, max)
    return `${text[0]!.toUpperCase()}${text.slice(1)}`
  }
  const code = () => Array.from({ length: between(1, 4) }, () => `docker ${word()} ${pick(flags)} ${word()} ${word()}:${between(1, 30)}`).join('\n')

  return Array.from({ length: pages }, (_, p) => {
    const pageTitle = title(2, 5)
    const sections: SearchSource['sections'] = [{ id: '', headingPath: [pageTitle], text: prose(2, 4), code: '' }]
    let h2 = ''
    for (let s = 0; s < between(5, 9); s++) {
      const heading = title(2, 5)
      const nested = h2 && rand() < 0.3
      if (!nested) h2 = heading
      sections.push({
        id: `section-${s}`,
        headingPath: nested ? [pageTitle, h2, heading] : [pageTitle, heading],
        text: prose(4, 12),
        code: rand() < 0.5 ? code() : '',
      })
    }
    return {
      route: `/module-${Math.floor(p / 50)}/page-${p}/`,
      title: pageTitle,
      description: sentence(),
      objectives: [sentence(), sentence()],
      moduleTitle: `Module ${Math.floor(p / 50)}`,
      sections,
    }
  })
}
