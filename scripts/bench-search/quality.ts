// Recall@1, recall@3 and MRR of a ranking over the benchmark queries. A query counts only when
// its page exists; a page that exists without a section matching the answer's heading is
// reported, so the answers keep up with the content.
import type { SearchIndexFile } from '../../lib/search/index-file'
import type { BenchQuery } from './queries'

export interface ResolvedQuery extends BenchQuery {
  /** Links (`route#id`, or the route for an introduction) that answer the query. */
  targets: string[]
}

export interface Resolution {
  resolved: ResolvedQuery[]
  /** The answer's page is not written yet. */
  skipped: BenchQuery[]
  /** The page exists, but no section heading matches: the answer needs updating. */
  unresolved: BenchQuery[]
}

export function resolveQueries(queries: BenchQuery[], file: SearchIndexFile): Resolution {
  const resolution: Resolution = { resolved: [], skipped: [], unresolved: [] }
  for (const query of queries) {
    const targets: string[] = []
    let anyPage = false
    for (const answer of query.answers) {
      const page = file.pages.findIndex((p) => p.route === answer.page)
      if (page === -1) continue
      anyPage = true
      for (const entry of file.entries) {
        if (entry.page !== page) continue
        if (!answer.heading && entry.id === '') targets.push(answer.page)
        if (answer.heading && entry.id && answer.heading.test(entry.headings[entry.headings.length - 1] ?? '')) {
          targets.push(`${answer.page}#${entry.id}`)
        }
      }
    }
    if (targets.length > 0) resolution.resolved.push({ ...query, targets })
    else (anyPage ? resolution.unresolved : resolution.skipped).push(query)
  }
  return resolution
}

export interface QueryOutcome {
  query: ResolvedQuery
  /** 1-based rank of the first answer in the results, 0 when none of the results answers. */
  rank: number
  top: string | undefined
}

export interface Quality {
  outcomes: QueryOutcome[]
  recallAt1: number
  recallAt3: number
  mrr: number
}

export function measureQuality(queries: ResolvedQuery[], ranked: (query: string) => string[]): Quality {
  const outcomes = queries.map((query) => {
    const results = ranked(query.query)
    const index = results.findIndex((href) => query.targets.includes(href))
    return { query, rank: index + 1, top: results[0] }
  })
  return summarise(outcomes)
}

export function summarise(outcomes: QueryOutcome[]): Quality {
  const n = outcomes.length || 1
  return {
    outcomes,
    recallAt1: outcomes.filter((o) => o.rank === 1).length / n,
    recallAt3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
    mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
  }
}
