import type { Metadata } from 'next'
import Link from 'next/link'
import { SiteShell } from '@/components/layout/SiteShell'
import { ModuleProgress } from '@/components/learning/ModuleProgress'
import { HomeSearch } from '@/components/search/HomeSearch'
import { navigationGroups } from '@/lib/content/navigation'
import { getManifest } from '@/lib/content/store'
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/config'
import { pageMetadata } from '@/lib/site/metadata'

export const metadata: Metadata = pageMetadata({ description: SITE_DESCRIPTION, route: '/', type: 'website' })

export default function HomePage() {
  const manifest = getManifest()
  const groups = navigationGroups(manifest)
  const path = groups.find((group) => group.kind === 'path')
  const others = groups.filter((group) => group.kind !== 'path')
  const firstPage = path?.modules[0]?.pages[0]

  return (
    <SiteShell manifest={manifest}>
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-12 outline-none sm:px-8 sm:py-16">
        <section aria-labelledby="home-title" className="max-w-3xl">
          <h1 id="home-title" className="text-4xl font-extrabold tracking-tight sm:text-5xl">
            {SITE_NAME}
          </h1>
          <p className="mt-4 text-xl text-fg-muted">{SITE_DESCRIPTION}</p>
          <p className="mt-4 text-fg-muted">
            Every command is checked against Docker Engine 28 and BuildKit, every picture is drawn to explain, and the
            builders write the commands you would otherwise look up.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {firstPage && (
              <Link
                href={firstPage.route}
                prefetch={false}
                className="rounded-lg bg-accent px-5 py-3 font-semibold text-accent-contrast no-underline hover:bg-accent-hover hover:text-accent-contrast"
              >
                Start the learning path
              </Link>
            )}
            {others.map((group) => {
              const first = group.modules[0]?.pages[0]
              return first ? (
                <Link key={group.kind} href={first.route} prefetch={false} className="rounded-lg border border-border px-5 py-3 font-semibold text-fg no-underline hover:border-accent hover:text-fg">
                  {group.kind === 'tools' ? 'Command builders' : group.label}
                </Link>
              ) : null
            })}
          </div>
          <HomeSearch />
        </section>

        {path && (
          <section aria-labelledby="path-title" className="mt-16">
            <h2 id="path-title" className="text-2xl font-bold">
              The learning path
            </h2>
            <p className="mt-2 text-fg-muted">Read the modules in order, or jump to what you need.</p>
            <ol className="mt-6 grid gap-4 md:grid-cols-2" data-learning-path>
              {path.modules.map((module, index) => (
                <li key={module.slug} className="rounded-xl border border-border p-5" data-module={module.slug}>
                  <div className="flex items-baseline gap-3">
                    <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-accent-subtle text-sm font-bold text-accent">
                      {index + 1}
                    </span>
                    <div className="min-w-0">
                      <h3 className="text-lg font-semibold">
                        <span className="sr-only">Module {index + 1}: </span>
                        {module.title}
                      </h3>
                      <p className="mt-1 text-fg-muted">{module.description}</p>
                      <p className="mt-1 text-sm text-fg-muted">
                        {module.pages.length} {module.pages.length === 1 ? 'page' : 'pages'} ·{' '}
                        {module.pages.reduce((sum, page) => sum + page.readingMinutes, 0)} min
                      </p>
                      <ModuleProgress routes={module.pages.map((page) => page.route)} variant="card" />
                    </div>
                  </div>
                  <ul className="mt-4 space-y-1 pl-11">
                    {module.pages.map((page) => (
                      <li key={page.route}>
                        <Link href={page.route} prefetch={false}>
                          {page.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        )}

        {others.map((group) => (
          <section key={group.kind} aria-labelledby={`group-${group.kind}`} className="mt-16">
            <h2 id={`group-${group.kind}`} className="text-2xl font-bold">
              {group.label}
            </h2>
            <div className="mt-6 grid gap-4 md:grid-cols-2">
              {group.modules.map((module) => (
                <div key={module.slug} className="rounded-xl border border-border p-5">
                  <h3 className="text-lg font-semibold">{module.title}</h3>
                  <p className="mt-1 text-fg-muted">{module.description}</p>
                  <ul className="mt-3 space-y-1">
                    {module.pages.map((page) => (
                      <li key={page.route}>
                        <Link href={page.route} prefetch={false}>
                          {page.title}
                        </Link>
                        <span className="text-fg-muted"> · {page.description}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        ))}
      </main>
    </SiteShell>
  )
}
