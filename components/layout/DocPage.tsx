import type { ReactNode } from 'react'
import { breadcrumbs, moduleOf, neighbours } from '@/lib/content/navigation'
import type { Manifest, PageData } from '@/lib/content/types'
import { MdxContent } from '@/components/mdx/MdxContent'
import { MarkDone } from '@/components/learning/MarkDone'
import { Breadcrumbs } from './Breadcrumbs'
import { PageMarkdownActions } from './PageMarkdownActions'
import { PrevNext } from './PrevNext'
import { Sidebar } from './Sidebar'
import { SiteShell } from './SiteShell'
import { TableOfContents } from './TableOfContents'
import { TocLinks } from './TocLinks'

interface DocPageProps {
  manifest: Manifest
  page: PageData
  /** Shown for learning-path pages only: reference and tools are looked up, not read. */
  showReadingTime: boolean
}

/** A content page: sidebar, article with its header and prev/next, and the table of contents. */
export function DocPage({ manifest, page, showReadingTime }: DocPageProps): ReactNode {
  const { previous, next } = neighbours(manifest, page.route)
  const tocHeadings = page.headings.filter((heading) => heading.depth <= 3)
  const pageModule = moduleOf(manifest, page.route)
  return (
    <SiteShell manifest={manifest} currentRoute={page.route}>
      <div className="mx-auto flex max-w-[90rem]">
        <Sidebar manifest={manifest} currentRoute={page.route} />
        <main id="main-content" tabIndex={-1} className="min-w-0 flex-1 px-4 py-8 outline-none sm:px-8">
          {/* With a table of contents, wide screens get explicit grid columns: the browser paints long
              pages before it has read the column that comes after the article, and flex would
              give the article that room until then, then take it back (a layout shift). */}
          <div className={`mx-auto flex max-w-[70rem] gap-12 ${tocHeadings.length > 0 ? 'xl:grid xl:grid-cols-[minmax(0,48rem)_14rem]' : ''}`}>
            <article className="min-w-0 max-w-3xl flex-1" data-page={page.route}>
              <Breadcrumbs crumbs={breadcrumbs(manifest, page.route)} />
              <header className="mb-8">
                <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.title}</h1>
                <p className="mt-3 text-lg text-fg-muted">{page.description}</p>
                <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
                  {showReadingTime && (
                    <p className="text-sm text-fg-muted" data-reading-time>
                      {page.readingMinutes} min read
                    </p>
                  )}
                  <PageMarkdownActions route={page.route} />
                </div>
              </header>
              {tocHeadings.length > 1 && (
                <details className="no-print mb-8 rounded-lg border border-border px-4 py-3 xl:hidden" data-toc-mobile>
                  <summary className="cursor-pointer font-semibold">On this page</summary>
                  <div className="mt-3">
                    <TocLinks headings={tocHeadings} />
                  </div>
                </details>
              )}
              {page.objectives && (
                <section aria-labelledby="objectives-heading" className="mb-8 rounded-lg border border-border bg-bg-subtle p-5">
                  <h2 id="objectives-heading" className="font-semibold">
                    What you will learn
                  </h2>
                  <ul className="mt-2 list-disc space-y-1 pl-5">
                    {page.objectives.map((objective) => (
                      <li key={objective}>{objective}</li>
                    ))}
                  </ul>
                </section>
              )}
              <div className="prose">
                <MdxContent code={page.code} />
              </div>
              {pageModule?.kind === 'path' && (
                <MarkDone route={page.route} moduleTitle={pageModule.title} moduleRoutes={pageModule.pages.map((p) => p.route)} />
              )}
              <PrevNext previous={previous} next={next} />
            </article>
            {tocHeadings.length > 0 && (
              <div className="toc-column hidden w-56 shrink-0 xl:block">
                <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto">
                  <TableOfContents headings={tocHeadings} />
                </div>
              </div>
            )}
          </div>
        </main>
      </div>
    </SiteShell>
  )
}
