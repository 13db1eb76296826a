'use client'

// The search dialog (loaded only when the reader first opens search). A native modal <dialog>
// keeps focus inside and closes on Esc; the input is a combobox whose options are the results,
// so the arrow keys move through them without leaving the input.
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { SearchFeedback, resultsSummary } from './SearchFeedback'
import { optionId, SearchResultList } from './SearchResultList'
import { useSearch } from './useSearch'

interface SearchDialogProps {
  open: boolean
  /**
   * Goes up with each request to open search. Esc closes the native dialog at once but tells React
   * only with the close event that follows, so a shortcut pressed in between finds `open` still true:
   * the new request is what shows the dialog again.
   */
  openRequest: number
  onClose: () => void
}

export function SearchDialog({ open, openRequest, onClose }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const router = useRouter()
  const idPrefix = useId().replace(/:/g, '')
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const state = useSearch(query)
  const hits = state.results?.groups.flatMap((group) => group.hits) ?? []
  const activeIndex = hits.length ? Math.min(active, hits.length - 1) : -1

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      element.showModal()
      input.current?.select()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open, openRequest])

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(idPrefix, activeIndex))?.scrollIntoView({ block: 'nearest' })
  }, [activeIndex, idPrefix])

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length) setActive((activeIndex + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length)
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault()
      const hit = hits[activeIndex]
      if (hit) {
        onClose()
        router.push(hit.href)
      }
    }
  }

  const expanded = hits.length > 0
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label="Search the guide"
      data-search-dialog
      onClose={() => {
        // The close event of an Esc the reader has already answered by opening search again.
        if (!dialog.current?.open) onClose()
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose()
      }}
    >
      <div className="flex items-center gap-2 border-b border-border px-3">
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="shrink-0 text-fg-muted">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <input
          ref={input}
          // Not type="search": its own Esc would clear the text instead of closing the dialog.
          type="text"
          role="combobox"
          aria-label="Search the guide"
          aria-expanded={expanded}
          aria-controls={expanded ? `${idPrefix}-listbox` : undefined}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(idPrefix, activeIndex) : undefined}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="Search the guide"
          className="search-input"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
          data-search-input
        />
        <button type="button" className="icon-button shrink-0" aria-label="Close search" onClick={onClose}>
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <div className="search-dialog-body">
        <p role="status" className="sr-only">
          {resultsSummary(state, query)}
        </p>
        <SearchFeedback state={state} query={query} />
        {state.results && (
          <SearchResultList results={state.results} variant="listbox" idPrefix={idPrefix} activeIndex={activeIndex} onHover={setActive} onNavigate={onClose} />
        )}
      </div>
      <div className="search-dialog-footer">
        <span className="hidden sm:inline">
          <kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close
        </span>
        {query.trim() && (
          <Link href={`/search/?q=${encodeURIComponent(query.trim())}`} prefetch={false} onClick={onClose} className="ml-auto">
            All results
          </Link>
        )}
      </div>
    </dialog>
  )
}
