// One tokenizer for the index, the query and the highlighter, so a word is found exactly the way it
// is shown. Docker's own tokens stay whole and findable as typed (`--cap-add`, `-it`,
// `host.docker.internal`, `REGISTRY_LOG_LEVEL`, `daemon.json`, `nginx:alpine`), and their parts are
// indexed too, so `cap add`, `docker internal` or `log level` also find them.

export interface Token {
  /** Normalised term as stored in the index. */
  term: string
  /** Offsets in the original text, for highlighting. */
  start: number
  end: number
}

/** A run of text that reads as one thing: a word, a flag, a dotted name, a path. */
export interface Chunk {
  start: number
  end: number
  /** Terms for the whole chunk: the word itself, or a compound as typed (and a flag without dashes). */
  whole: Token[]
  /** Words inside a compound: `cap` and `add` in `--cap-add`. Empty for a plain word. */
  parts: Token[]
}

/**
 * A chunk starts with a letter or digit, or with one or two dashes (a flag) where no word
 * precedes; inside, `. _ - : / @` join characters only when a letter or digit follows, so the
 * full stop ending a sentence or the colon of "Note:" are not part of a word. `=` separates:
 * `--from=build` is the flag `--from` and the value `build`.
 */
const CHUNK = /(?<![\p{L}\p{N}_])(?:--?(?=[\p{L}\p{N}]))?[\p{L}\p{N}]+(?:[._:/@-]+[\p{L}\p{N}]+)*/gu
const CONNECTORS = /[._:/@-]+/
/** Inside a compound, smaller compounds worth finding on their own: `daemon.json` in a path. */
const PATH_SEPARATORS = /[:/@]+/
const MAX_TERM_LENGTH = 40
/** Long hexadecimal strings (digests, ids) make no useful search terms. */
const HEX_NOISE = /^[0-9a-f]{16,}$/

/**
 * Words too common to help find a section. Deliberately short: Docker gives meaning to many small
 * words (FROM, ADD, USER, none, all), so only words that never carry meaning here are dropped.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for how i if in into is it its of on or our so than that the their then there these this those to was we were what when which who why will with you your'.split(' '),
)

const ASCII = /^[\x00-\x7f]*$/

/** Lowercase and without accents, so "Café" finds "cafe". */
function normalise(raw: string): string {
  return ASCII.test(raw) ? raw.toLowerCase() : raw.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
}

const LETTERS = /^[a-z]+$/

/**
 * A light English stemmer, so the forms of a word meet: "volumes" and "volume", "policies" and
 * "policy", "pushing", "pushed" and "push", "naming" and "name", "caching" and "cache". Plurals,
 * then -ing and -ed (when a vowel is left: "string" and "need" stay), then a final e. It is applied
 * to the text and to the query alike, so the stems only have to agree with each other.
 */
export function stem(word: string): string {
  if (word.length <= 2 || !LETTERS.test(word)) return word
  let w = word
  if (w.length > 3) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
    else if (w.endsWith('sses') || w.endsWith('xes')) w = w.slice(0, -2)
    else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  }
  const suffix = /^(.*?[aeiouy].*?)(ing|ed)$/.exec(w)
  if (suffix && !w.endsWith('eed') && suffix[1]!.length >= 2) {
    w = suffix[1]!
    // "running" and "stopped": the doubled consonant goes ("pulling" keeps its l).
    if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1)
  }
  if (w.length > 2 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1)
  return w
}

function wordTerm(raw: string): string | undefined {
  if (raw.length < 2 || raw.length > MAX_TERM_LENGTH) return undefined
  const word = normalise(raw)
  if (STOP_WORDS.has(word) || (word.length >= 16 && HEX_NOISE.test(word))) return undefined
  return stem(word)
}

function compoundTerm(raw: string): string | undefined {
  const term = normalise(raw)
  return term.length > MAX_TERM_LENGTH || HEX_NOISE.test(term.replace(/^.*[:@]/, '')) ? undefined : term
}

/** Splits text into chunks with their terms. */
export function chunkText(text: string): Chunk[] {
  const chunks: Chunk[] = []
  for (const match of text.matchAll(CHUNK)) {
    const raw = match[0]
    const start = match.index
    const end = start + raw.length
    const flag = /^--?/.exec(raw)?.[0] ?? ''
    const body = raw.slice(flag.length)
    if (!flag && !CONNECTORS.test(body)) {
      const term = wordTerm(raw)
      if (term) chunks.push({ start, end, whole: [{ term, start, end }], parts: [] })
      continue
    }
    const whole: Token[] = []
    const add = (list: Token[], term: string | undefined, from: number, to: number) => {
      if (term && !list.some((token) => token.term === term)) list.push({ term, start: from, end: to })
    }
    add(whole, compoundTerm(raw), start, end)
    // `--cap-add` is also written `cap-add`; a single-letter cluster `-it` is the flags `-i` and `-t`.
    if (flag && CONNECTORS.test(body)) add(whole, compoundTerm(body), start + flag.length, end)
    const parts: Token[] = []
    if (flag === '-' && /^[a-z]{2,4}$/i.test(body)) {
      for (const letter of body) add(parts, `-${letter.toLowerCase()}`, start, end)
    }
    let offset = start + flag.length
    for (const segment of body.split(PATH_SEPARATORS)) {
      const segmentStart = text.indexOf(segment, offset)
      if (segment !== body && CONNECTORS.test(segment)) add(parts, compoundTerm(segment), segmentStart, segmentStart + segment.length)
      let wordOffset = segmentStart
      for (const word of segment.split(CONNECTORS)) {
        const wordStart = text.indexOf(word, wordOffset)
        add(parts, wordTerm(word), wordStart, wordStart + word.length)
        wordOffset = wordStart + word.length
      }
      offset = segmentStart + segment.length
    }
    if (whole.length || parts.length) chunks.push({ start, end, whole, parts })
  }
  return chunks
}

/** Every term of a text, in order: what the index stores for a field. */
export function tokenize(text: string): Token[] {
  return chunkText(text).flatMap((chunk) => [...chunk.whole, ...chunk.parts])
}

/** The distinct terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  return [...new Set(tokenize(text).map((token) => token.term))]
}
