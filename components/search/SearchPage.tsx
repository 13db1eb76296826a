'use client'

// The search page's form and results. The query lives in the URL (?q=), so results can be shared
// and survive a reload; the export is static, so it is read here, in the browser.
import { useSearchParams } from 'next/navigation'
import { Suspense, useEffect, useState } from 'react'
import { writeUrlQuery } from '@/components/ui/url-history'
import { withBasePath } from '@/lib/site/config'
import { SearchFeedback, resultsSummary } from './SearchFeedback'
import { SearchResultList } from './SearchResultList'
import { useSearch } from './useSearch'

export function SearchPage() {
  const [query, setQuery] = useState('')
  const state = useSearch(query, { pages: 20 })

  function change(value: string) {
    setQuery(value)
    const params = new URLSearchParams(window.location.search)
    if (value) params.set('q', value)
    else params.delete('q')
    writeUrlQuery(params.size ? `?${params}` : '', 'replace')
  }

  return (
    <>
      {/* Only this reads the URL, so the form around it is prerendered and never replaced. */}
      <Suspense fallback={null}>
        <QueryFromUrl onQuery={setQuery} />
      </Suspense>
      <SearchForm query={query} onChange={change} />
      <p role="status" className="sr-only">
        {resultsSummary(state, query)}
      </p>
      <div className="mt-6">
        <SearchFeedback state={state} query={query} />
        {state.results && <SearchResultList results={state.results} variant="links" idPrefix="search-page" />}
      </div>
    </>
  )
}

/** Hands the ?q= of the URL to the page: on load, and when a link leads here with another query. */
function QueryFromUrl({ onQuery }: { onQuery: (query: string) => void }) {
  const param = useSearchParams().get('q') ?? ''
  useEffect(() => onQuery(param), [param, onQuery])
  return null
}

interface SearchFormProps {
  query: string
  onChange: (value: string) => void
}

/** A GET form to this page, so it also works before the page's script has run. */
function SearchForm({ query, onChange }: SearchFormProps) {
  return (
    <form role="search" action={withBasePath('/search/')} onSubmit={(event) => event.preventDefault()} className="mt-6">
      <label htmlFor="search-page-input" className="sr-only">
        Search the guide
      </label>
      <input
        id="search-page-input"
        type="search"
        name="q"
        value={query}
        onChange={(event) => onChange(event.target.value)}
        placeholder="Search the guide"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-lg border border-border-strong bg-bg px-4 py-3 text-lg text-fg placeholder:text-fg-muted"
        data-search-input
      />
    </form>
  )
}
