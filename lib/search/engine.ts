// Querying the shipped index: FlexSearch finds the sections holding each term, field by field;
// the ranking (rank.ts, heading-match.ts) weighs what was found (which field, how rare the term,
// how close to what was typed, how much of the query a section covers, whether the query names
// the heading) and the sections are grouped by page.
import { headingBoost, headingName, type HeadingName, type QueryWords } from './heading-match'
import { createDocumentIndex, SEARCH_FIELDS, SEARCH_INDEX_VERSION, type DocumentIndex, type SearchEntry, type SearchField, type SearchIndexFile, type SearchPage } from './index-file'
import { parseQuery, queryWords, queryWordTerms } from './query'
import { byScore, Scorer, type Postings } from './rank'
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
  /** The query these are the results of. */
  query: string
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

/** How many of the best-scored sections are kept for grouping, and how many the heading match reranks. */
const CANDIDATES = 400
const RERANKED = 50

/** Enough for a long session of typing; cleared beyond that so memory stays bounded. */
const MAX_CACHED_TERMS = 2000

export class SearchEngine {
  private readonly postings = new Map<string, Postings>()
  private readonly headingCache = new Map<number, HeadingName[]>()
  private readonly scorer: Scorer
  /** Scratch for merging a term's fields: the bits per entry, and the entries found. */
  private readonly fieldBits: Uint8Array
  private readonly found: Uint32Array

  private constructor(
    private readonly index: DocumentIndex,
    private readonly file: SearchIndexFile,
    private readonly vocabulary: Vocabulary,
  ) {
    const pageOf = Uint32Array.from(file.entries, (entry) => entry.page)
    const start = new Uint32Array(file.pages.length)
    const end = new Uint32Array(file.pages.length)
    // Entries are written page by page, the introduction first.
    for (let id = pageOf.length - 1; id >= 0; id--) start[pageOf[id]!] = id
    for (let id = 0; id < pageOf.length; id++) end[pageOf[id]!] = id + 1
    this.scorer = new Scorer(pageOf, { start, end }, Float64Array.from(file.pages, (page) => page.weight ?? 1))
    this.fieldBits = new Uint8Array(file.entries.length)
    this.found = new Uint32Array(file.entries.length)
  }

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
    const scored = this.scorer.score(
      groups.map((group) => group.alternatives.map(({ term, quality }) => ({ postings: this.lookup(term), quality }))),
      CANDIDATES,
    )
    // A heading names the query's compounds by their words too: "How Docker Content Trust works"
    // is about DOCKER_CONTENT_TRUST.
    const wordTerms = queryWordTerms(query, groups)
    const headingTerms = new Set(wordTerms.flatMap((words) => [...words]))
    const byPage = new Map<number, SearchHit[]>()
    for (const [id, score] of this.rerank(scored, wordTerms, queryWords(query))) {
      const entry = this.file.entries[id]!
      let hits = byPage.get(entry.page)
      if (!hits) {
        if (byPage.size === pages) continue
        byPage.set(entry.page, (hits = []))
      }
      // A page's other sections are shown only while they stay close to its best one, or when
      // the query names them: "cleaning up images" shows the Images section of "Cleaning up".
      if (hits.length > 0 && score < hits[0]!.score * 0.5 && !this.namesSection(id, headingTerms)) continue
      const page = this.file.pages[entry.page]!
      hits.push({ entry, page, score, href: entry.id ? `${page.route}#${entry.id}` : page.route })
    }
    // When few pages match, each may show more of its sections.
    const perPage = Math.max(sectionsPerPage, Math.floor((sectionsPerPage * 3) / Math.max(1, byPage.size)))
    // The best page shows two more of its sections: a query that names a page often names one of
    // its sections too ("pushing and pulling images, logging in").
    const groupsFound = [...byPage.values()].map((hits, i) => ({ page: hits[0]!.page, hits: hits.slice(0, i === 0 ? perPage + 2 : perPage) }))
    return { query, groups: groupsFound, terms }
  }

  /**
   * The best candidates again, boosted by how well the query names their heading (see
   * heading-match.ts). Only the top of the list is reranked, so the cost stays flat.
   */
  private rerank(ranked: [number, number][], wordTerms: ReadonlySet<string>[], query: QueryWords): [number, number][] {
    const top = ranked.slice(0, RERANKED).map(([id, score]): [number, number] => [id, score * headingBoost(this.headingNames(id), wordTerms, query)])
    return [...top.sort(byScore), ...ranked.slice(RERANKED)]
  }

  /** Whether the query holds every word of a section's own heading (never an introduction). */
  private namesSection(id: number, terms: ReadonlySet<string>): boolean {
    const [heading] = this.file.entries[id]!.id ? this.headingNames(id) : []
    return heading !== undefined && heading.terms.length > 0 && heading.terms.every((term) => terms.has(term))
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

  /** The entries holding a term, with the fields it is in. Cached: typing repeats the same terms. */
  private lookup(term: string): Postings {
    let postings = this.postings.get(term)
    if (postings) return postings
    const { fieldBits, found } = this
    let count = 0
    for (const { field, result } of this.index.search(term, { limit: this.file.entries.length })) {
      const bit = 1 << SEARCH_FIELDS.indexOf(field as SearchField)
      for (const id of result as number[]) {
        if (fieldBits[id] === 0) found[count++] = id
        fieldBits[id]! |= bit
      }
    }
    postings = { ids: found.slice(0, count), fields: new Uint8Array(count) }
    for (let k = 0; k < count; k++) {
      postings.fields[k] = fieldBits[found[k]!]!
      fieldBits[found[k]!] = 0
    }
    if (this.postings.size >= MAX_CACHED_TERMS) this.postings.clear()
    this.postings.set(term, postings)
    return postings
  }
}
