'use client'

// The header's search button and the shortcuts that open search from anywhere: Ctrl+K or ⌘K,
// and / when the reader is not typing in a field. A client component for the key listener; it
// stays small because the dialog and the index load only when search is first opened.
import { useCallback, useEffect, useState, useSyncExternalStore, type ComponentType } from 'react'
import { withBasePath } from '@/lib/site/config'
import { requestSearchIndex } from './index-request'

type Dialog = ComponentType<{ open: boolean; openRequest: number; onClose: () => void }>

const loadDialog = () => import('./SearchDialog').then((module) => module.SearchDialog)

const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform)
const subscribeToNothing = () => () => {}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

export function SearchButton() {
  const [Dialog, setDialog] = useState<Dialog>()
  const [open, setOpen] = useState(false)
  const [openRequest, setOpenRequest] = useState(0)
  const apple = useSyncExternalStore(subscribeToNothing, isApple, () => false)

  const openSearch = useCallback(() => {
    setOpen(true)
    setOpenRequest((count) => count + 1)
    requestSearchIndex().catch(() => {
      // The dialog shows the failure, with a retry.
    })
    loadDialog().then(
      (loaded) => setDialog(() => loaded),
      // Without its code there is no dialog: the search page loads it with the rest of a fresh page.
      () => window.location.assign(withBasePath('/search/')),
    )
  }, [])

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const shortcut =
        (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey) ||
        (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target))
      if (!shortcut || event.defaultPrevented) return
      event.preventDefault()
      openSearch()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [openSearch])

  return (
    <>
      <button
        type="button"
        className="search-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        data-search-open
        onClick={openSearch}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        {/* Its name is what it shows: "Search" (for screen readers only on a phone) and the shortcut. */}
        <span className="sr-only sm:not-sr-only">Search</span>
        <kbd className="hidden sm:inline">
          {apple ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {Dialog && <Dialog open={open} openRequest={openRequest} onClose={() => setOpen(false)} />}
    </>
  )
}
