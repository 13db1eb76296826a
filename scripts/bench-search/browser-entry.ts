// Bundled by the benchmark (esbuild) and run in Chromium: the site's own search code, timed on
// the queries as a reader runs them, whole and keystroke by keystroke, results and excerpts.
import { SearchEngine } from '../../lib/search/engine'
import { excerpt, highlight } from '../../lib/search/excerpt'
import type { SearchIndexFile } from '../../lib/search/index-file'

export interface BrowserTimings {
  fetchMs: number
  loadMs: number
  entries: number
  /** Per round, per query: milliseconds. */
  queryMs: number[][]
  /** Per round, per keystroke of every query. */
  keystrokeMs: number[][]
}

/** What the UI does for one query: rank, then cut an excerpt and highlight the heading of each shown hit. */
function searchAsShown(engine: SearchEngine, query: string): void {
  const results = engine.search(query)
  for (const group of results.groups) {
    for (const hit of group.hits) {
      excerpt(hit.entry.text, results.terms)
      for (const heading of hit.entry.headings) highlight(heading, results.terms)
    }
  }
}

/** A fresh engine, with the garbage of the previous one collected, so a pause for it does not land in a timing. */
function freshEngine(file: SearchIndexFile): SearchEngine {
  const engine = SearchEngine.fromFile(file)
  ;(globalThis as { gc?: () => void }).gc?.()
  return engine
}

async function benchSearch(indexUrl: string, queries: string[], rounds: number): Promise<BrowserTimings> {
  const fetchStart = performance.now()
  const file = (await (await fetch(indexUrl)).json()) as SearchIndexFile
  const loadStart = performance.now()
  let engine = SearchEngine.fromFile(file)
  const timings: BrowserTimings = { fetchMs: loadStart - fetchStart, loadMs: performance.now() - loadStart, entries: engine.size, queryMs: [], keystrokeMs: [] }
  for (let round = 0; round < rounds; round++) {
    // A fresh engine each round: no term looked up by an earlier round is cached.
    engine = freshEngine(file)
    const queryMs: number[] = []
    for (const query of queries) {
      const start = performance.now()
      searchAsShown(engine, query)
      queryMs.push(performance.now() - start)
    }
    engine = freshEngine(file)
    const keystrokeMs: number[] = []
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const start = performance.now()
        searchAsShown(engine, query.slice(0, length))
        keystrokeMs.push(performance.now() - start)
      }
    }
    timings.queryMs.push(queryMs)
    timings.keystrokeMs.push(keystrokeMs)
  }
  return timings
}

;(globalThis as unknown as { benchSearch: typeof benchSearch }).benchSearch = benchSearch
