import type { Metadata } from 'next'
import { SiteShell } from '@/components/layout/SiteShell'
import { SearchPage } from '@/components/search/SearchPage'
import { getManifest } from '@/lib/content/store'
import { pageMetadata } from '@/lib/site/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every section of Docker Field Guide: commands, flags, Dockerfile instructions and concepts.',
  route: '/search/',
  type: 'website',
})

export default function SearchRoute() {
  return (
    <SiteShell manifest={getManifest()}>
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 outline-none sm:px-8" data-search-page>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
        <SearchPage />
      </main>
    </SiteShell>
  )
}
