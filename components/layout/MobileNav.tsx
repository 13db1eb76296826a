'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

/**
 * The phone navigation drawer. A native modal <dialog> traps focus, closes on Esc and makes the
 * page behind it inert, so the drawer needs almost no code of its own. Its content is rendered
 * when it first opens: the page's HTML holds the navigation once, in the sidebar.
 */
export function MobileNav({ children }: { children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [opened, setOpened] = useState(false)
  const pathname = usePathname()

  useEffect(() => {
    dialog.current?.close()
  }, [pathname])

  return (
    <>
      <button
        type="button"
        className="icon-button lg:hidden"
        aria-label="Open navigation"
        aria-haspopup="dialog"
        data-nav-open
        onClick={() => {
          flushSync(() => setOpened(true))
          dialog.current?.showModal()
        }}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
      </button>
      <dialog
        ref={dialog}
        className="nav-drawer"
        aria-label="Site navigation"
        data-nav-drawer
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current.close()
        }}
      >
        <div className="flex h-full flex-col">
          <div className="flex h-14 shrink-0 items-center justify-between border-b border-border px-4">
            <span className="font-semibold">Menu</span>
            <button type="button" className="icon-button" aria-label="Close navigation" data-nav-close onClick={() => dialog.current?.close()}>
              <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          </div>
          <div className="flex-1 overflow-y-auto px-3 py-4">{opened && children}</div>
        </div>
      </dialog>
    </>
  )
}
