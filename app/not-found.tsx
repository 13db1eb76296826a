import type { Metadata } from 'next'
import Link from 'next/link'
import { SiteShell } from '@/components/layout/SiteShell'
import { navigationGroups } from '@/lib/content/navigation'
import { getManifest } from '@/lib/content/store'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
}

/**
 * Exported as out/404.html; static servers send it with status 404 for unknown URLs. Next puts this
 * tree in the React payload of every page (to show it without a request), so it stays short: the
 * modules by title, without their descriptions.
 */
export default function NotFound() {
  const manifest = getManifest()
  return (
    <SiteShell manifest={manifest}>
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-16 outline-none sm:px-8" data-not-found>
        <p className="text-sm font-semibold tracking-wider text-fg-muted uppercase">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">This page does not exist</h1>
        <p className="mt-4 text-lg text-fg-muted">
          The address may be mistyped, or the page may have moved. Go back to the{' '}
          <Link href="/" prefetch={false}>
            home page
          </Link>{' '}
          or pick a module below.
        </p>
        <ul className="mt-8 space-y-2">
          {navigationGroups(manifest).flatMap((group) =>
            group.modules.map((module) => (
              <li key={module.slug}>
                <Link href={module.pages[0]?.route ?? '/'} prefetch={false} className="font-medium">
                  {module.title}
                </Link>
              </li>
            )),
          )}
        </ul>
      </main>
    </SiteShell>
  )
}
