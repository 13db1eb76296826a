import Link from 'next/link'
import type { ReactNode } from 'react'
import { navigationGroups, navigationTree } from '@/lib/content/navigation'
import type { Manifest } from '@/lib/content/types'
import { SITE_NAME } from '@/lib/site/config'
import { Logo } from './Logo'
import { MobileNav } from './MobileNav'
import { NavTree } from './NavTree'
import { SearchButton } from '@/components/search/SearchButton'
import { ThemeToggle } from './ThemeToggle'

interface SiteHeaderProps {
  manifest: Manifest
  currentRoute?: string
}

export function SiteHeader({ manifest, currentRoute }: SiteHeaderProps): ReactNode {
  const sections = navigationGroups(manifest).map((group) => ({
    label: group.kind === 'path' ? 'Learn' : group.label,
    href: group.modules[0]?.pages[0]?.route ?? '/',
    kind: group.kind,
  }))
  return (
    <header data-site-header className="sticky top-0 z-40 border-b border-border bg-bg/95 backdrop-blur supports-[backdrop-filter]:bg-bg/80">
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-2 px-3 sm:px-4">
        <MobileNav>
          <nav aria-label="Guide">
            <NavTree tree={navigationTree(manifest)} currentRoute={currentRoute} />
          </nav>
        </MobileNav>
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-bold text-fg no-underline hover:text-fg">
          <Logo />
          <span className="text-[1.0625rem] tracking-tight">{SITE_NAME}</span>
        </Link>
        <nav aria-label="Main" className="ml-6 hidden md:block">
          <ul className="flex items-center gap-1">
            {sections.map((section) => (
              <li key={section.kind}>
                <Link href={section.href} prefetch={false} className="rounded-md px-3 py-2 text-sm font-medium text-fg-muted no-underline hover:bg-bg-muted hover:text-fg">
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  )
}
