import type { SearchState } from './useSearch'

interface SearchFeedbackProps {
  state: SearchState
  query: string
}

/** Everything but the results: the hint before typing, loading, the error with its retry, no results. */
export function SearchFeedback({ state, query }: SearchFeedbackProps) {
  if (state.status === 'error') {
    return (
      <div role="alert" className="search-feedback" data-search-error>
        <p className="font-semibold">The search index could not be loaded.</p>
        <p className="mt-1 text-fg-muted">Check your connection, then try again.</p>
        <button type="button" className="search-retry" onClick={state.retry}>
          Try again
        </button>
      </div>
    )
  }
  if (!query.trim()) {
    return (
      <p className="search-feedback text-fg-muted">
        Search every section of the guide: words, flags such as <code>--restart</code>, or names such as <code>daemon.json</code>.
      </p>
    )
  }
  if (state.status === 'loading') return <p className="search-feedback text-fg-muted">Loading search…</p>
  if (state.results && state.results.groups.length === 0) {
    return (
      <p className="search-feedback" data-search-empty>
        No results for “{query.trim()}”. Check the spelling, or try fewer or different words.
      </p>
    )
  }
  return null
}

/** What a screen reader hears as results change. */
export function resultsSummary(state: SearchState, query: string): string {
  if (state.status === 'error') return 'The search index could not be loaded.'
  if (!query.trim()) return ''
  if (state.status === 'loading') return 'Loading search…'
  const groups = state.results?.groups ?? []
  const sections = groups.reduce((sum, group) => sum + group.hits.length, 0)
  if (sections === 0) return `No results for ${query.trim()}.`
  return `${sections} ${sections === 1 ? 'section' : 'sections'} on ${groups.length} ${groups.length === 1 ? 'page' : 'pages'}.`
}
