// Querying the shipped index: FlexSearch finds the sections holding each term, field by field;
// the ranking here weighs what was found (which field, how rare the term, how close to what was
// typed, how much of the query a section covers) and groups the sections by page.
import { createDocumentIndex, FIELD_WEIGHTS, SEARCH_FIELDS, SEARCH_INDEX_VERSION, type DocumentIndex, type SearchEntry, type SearchField, type SearchIndexFile, type SearchPage } from './index-file'
import { headingBoost, headingName, type HeadingName, type QueryWords } from './heading-match'
import { parseQuery, queryWords, type QueryGroup } from './query'
import { Vocabulary } from './vocabulary'

export interface SearchHit {
  entry: SearchEntry
  page: SearchPage
  /** `route#section`, or the route for the introduction. */
  href: string
  score: number
}

export interface ResultGroup {
  page: SearchPage
  hits: SearchHit[]
}

export interface SearchResults {
  groups: ResultGroup[]
  /** The index terms the query matched through, for highlighting. */
  terms: ReadonlySet<string>
}

export interface SearchOptions {
  /** Most pages to return. */
  pages?: number
  /** Most sections to show under one page. */
  sectionsPerPage?: number
}

/** Where each term occurs: the fields of each entry that hold it, as a bit set. */
type Postings = Map<number, number>

/** How many of the best candidates the heading match reranks. */
const RERANKED = 50

const byScore = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0]

/** Enough for a long session of typing; cleared beyond that so memory stays bounded. */
const MAX_CACHED_TERMS = 2000

const FIELD_BITS = SEARCH_FIELDS.map((_, i) => 1 << i)

export class SearchEngine {
  private readonly postings = new Map<string, Postings>()
  private readonly headingCache = new Map<number, HeadingName[]>()

  private constructor(
    private readonly index: DocumentIndex,
    private readonly file: SearchIndexFile,
    private readonly vocabulary: Vocabulary,
  ) {}

  static fromFile(file: SearchIndexFile): SearchEngine {
    if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${String(file.version)} is not ${SEARCH_INDEX_VERSION}`)
    const index = createDocumentIndex()
    const terms: string[] = []
    for (const [key, data] of Object.entries(file.flexsearch)) {
      // The term maps are lists of [term, ids] pairs: their terms are the vocabulary.
      if (key.endsWith('.map')) for (const [term] of data as [string, unknown][]) terms.push(term)
      index.import(key, data as string)
    }
    return new SearchEngine(index, file, new Vocabulary(terms))
  }

  get size(): number {
    return this.file.entries.length
  }

  search(query: string, { pages = 10, sectionsPerPage = 3 }: SearchOptions = {}): SearchResults {
    const groups = parseQuery(query, this.vocabulary)
    const terms = new Set(groups.flatMap((group) => group.alternatives.map((alternative) => alternative.term)))
    const ranked = this.rerank(this.score(groups), terms, queryWords(query))
    const byPage = new Map<number, SearchHit[]>()
    for (const [id, score] of ranked) {
      const entry = this.file.entries[id]!
      let hits = byPage.get(entry.page)
      if (!hits) {
        if (byPage.size === pages) continue
        byPage.set(entry.page, (hits = []))
      }
      // A page's other sections are shown only while they stay close to its best one.
      const best = hits[0]
      if (best && (hits.length === sectionsPerPage || score < best.score * 0.5)) continue
      const page = this.file.pages[entry.page]!
      hits.push({ entry, page, score, href: entry.id ? `${page.route}#${entry.id}` : page.route })
    }
    return { groups: [...byPage.values()].map((hits) => ({ page: hits[0]!.page, hits })), terms }
  }

  /**
   * The best candidates again, boosted by how well the query names their heading (see
   * heading-match.ts). Only the top of the list is reranked, so the cost stays flat.
   */
  private rerank(scores: Map<number, number>, terms: ReadonlySet<string>, query: QueryWords): [number, number][] {
    const ranked = [...scores].sort(byScore)
    const top = ranked.slice(0, RERANKED).map(([id, score]): [number, number] => [id, score * headingBoost(this.headingNames(id), terms, query)])
    return [...top.sort(byScore), ...ranked.slice(RERANKED)]
  }

  /** The names a section goes by: its own heading, or for an introduction the page's titles. */
  private headingNames(id: number): HeadingName[] {
    let names = this.headingCache.get(id)
    if (!names) {
      const entry = this.file.entries[id]!
      const page = this.file.pages[entry.page]!
      names = (entry.id ? entry.headings.slice(-1) : [page.title, page.shortTitle ?? '']).map(headingName)
      this.headingCache.set(id, names)
    }
    return names
  }

  /**
   * BM25F-like without term frequencies: for each query group, the best of its alternatives by
   * quality × rarity × field weights, summed over groups, then scaled by the share of groups a
   * section matches, so sections that answer the whole query come first.
   */
  private score(groups: QueryGroup[]): Map<number, number> {
    const total = this.file.entries.length
    const sums = new Map<number, number>()
    const matched = new Map<number, number>()
    for (const group of groups) {
      const best = new Map<number, number>()
      for (const { term, quality } of group.alternatives) {
        const postings = this.lookup(term)
        const rarity = Math.log(1 + (total - postings.size + 0.5) / (postings.size + 0.5))
        for (const [id, fields] of postings) {
          let weight = 0
          for (let f = 0; f < SEARCH_FIELDS.length; f++) if (fields & FIELD_BITS[f]!) weight += FIELD_WEIGHTS[SEARCH_FIELDS[f]!]
          const value = quality * rarity * weight
          if (value > (best.get(id) ?? 0)) best.set(id, value)
        }
      }
      for (const [id, value] of best) {
        sums.set(id, (sums.get(id) ?? 0) + value)
        matched.set(id, (matched.get(id) ?? 0) + 1)
      }
    }
    const scores = new Map<number, number>()
    for (const [id, sum] of sums) {
      const coverage = matched.get(id)! / groups.length
      scores.set(id, sum * coverage * coverage)
    }
    return scores
  }

  /** The entries holding a term, with the fields it is in. Cached: typing repeats the same terms. */
  private lookup(term: string): Postings {
    let postings = this.postings.get(term)
    if (postings) return postings
    postings = new Map()
    const results = this.index.search(term, { limit: this.file.entries.length })
    for (const { field, result } of results) {
      const bit = FIELD_BITS[SEARCH_FIELDS.indexOf(field as SearchField)]!
      for (const id of result) postings.set(id as number, (postings.get(id as number) ?? 0) | bit)
    }
    if (this.postings.size >= MAX_CACHED_TERMS) this.postings.clear()
    this.postings.set(term, postings)
    return postings
  }
}
