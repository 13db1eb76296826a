'use client'

// State of the search engine for a component that shows results: loading, ready or failed (with
// a retry), and the results for the current query.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { SearchEngine, SearchOptions, SearchResults } from '@/lib/search/engine'
import { loadSearchEngine } from './load-engine'

export type SearchStatus = 'loading' | 'ready' | 'error'

export interface SearchState {
  status: SearchStatus
  results: SearchResults | undefined
  retry: () => void
}

export function useSearch(query: string, options?: SearchOptions): SearchState {
  const [engine, setEngine] = useState<SearchEngine>()
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    loadSearchEngine().then(
      (loaded) => current && setEngine(loaded),
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [attempt])

  const retry = useCallback(() => {
    setFailed(false)
    setAttempt((n) => n + 1)
  }, [])

  // Typing stays responsive even if a query ever takes longer than a frame.
  const deferredQuery = useDeferredValue(query)
  const pages = options?.pages
  const sectionsPerPage = options?.sectionsPerPage
  const results = useMemo(
    () => (engine && deferredQuery.trim() ? engine.search(deferredQuery, { pages, sectionsPerPage }) : undefined),
    [engine, deferredQuery, pages, sectionsPerPage],
  )
  const status: SearchStatus = engine ? 'ready' : failed ? 'error' : 'loading'
  return { status, results, retry }
}
