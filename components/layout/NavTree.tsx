'use client'
// A client component so that a page's payload carries the tree's data once (see navigationTree)
// instead of its rendered markup for the sidebar and again for the phone drawer. Its links and
// chevrons are styled by one class each (globals.css): every page repeats them some 80 times.
import Link from 'next/link'
import { ModuleProgress } from '@/components/learning/ModuleProgress'
import { PageDoneMark } from '@/components/learning/PageDoneMark'
import type { NavTreeGroup } from '@/lib/content/navigation'

interface NavTreeProps {
  tree: NavTreeGroup[]
  /** The page being shown, marked with aria-current and its module opened. */
  currentRoute?: string
}

/** The guide's navigation, generated from content/: groups, then modules, then pages. */
export function NavTree({ tree, currentRoute }: NavTreeProps) {
  return (
    <div className="nav-tree space-y-6 text-[0.9375rem]">
      {tree.map((group) => (
        <section key={group.kind} aria-labelledby={`nav-group-${group.kind}`}>
          <h2 id={`nav-group-${group.kind}`} className="mb-2 px-2 text-xs font-semibold tracking-wider text-fg-muted uppercase">
            {group.label}
          </h2>
          <ul className="space-y-1">
            {group.modules.map((module, index) => {
              const containsCurrent = module.pages.some((page) => page.route === currentRoute)
              return (
                <li key={module.slug}>
                  <details open={containsCurrent} data-module={module.slug}>
                    <summary className="flex items-center gap-2 rounded-md px-2 py-1.5 font-medium hover:bg-bg-muted">
                      <span className="chevron" aria-hidden="true" />
                      <span>
                        {group.kind === 'path' && <span className="text-fg-muted">{index + 1}. </span>}
                        {module.title}
                      </span>
                      {group.kind === 'path' && <ModuleProgress routes={module.pages.map((page) => page.route)} variant="nav" />}
                    </summary>
                    <ul className="mt-1 mb-2 ml-3.5 space-y-0.5">
                      {module.pages.map((page) => (
                        <li key={page.route}>
                          <Link
                            href={page.route}
                            prefetch={false}
                            aria-current={page.route === currentRoute ? 'page' : undefined}
                            className="nav-link"
                          >
                            {page.label}
                            {group.kind === 'path' && <PageDoneMark route={page.route} />}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
