import type { ReactNode } from 'react'
import type { Manifest } from '@/lib/content/types'
import { HydrationMarker } from './HydrationMarker'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

interface SiteShellProps {
  manifest: Manifest
  currentRoute?: string
  children: ReactNode
}

/** What every page has: skip link, header with navigation, and footer. */
export function SiteShell({ manifest, currentRoute, children }: SiteShellProps) {
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to content
      </a>
      <SiteHeader manifest={manifest} currentRoute={currentRoute} />
      {children}
      <SiteFooter />
      <HydrationMarker />
    </>
  )
}
