'use client'

import Link from 'next/link'
import { CopyButton } from '@/components/ui/CopyButton'
import { useHydrated } from '@/components/ui/use-hydrated'
import { sectionHref, type CheatSheetData } from '@/lib/content/cheat-sheet'

/**
 * The cheat sheet's lists. A client component although nothing here changes: the page's React
 * payload then carries the sheet once, as plain data, instead of the whole rendered tree (with every
 * command again in each copy button's props) beside the same markup in the HTML. The copy buttons,
 * which need JavaScript anyway, are added once the page has hydrated, so the HTML does not carry
 * hundreds of them; the list keeps a column for them from the start, so nothing moves.
 */
export function CheatSheetList({ modules }: { modules: CheatSheetData }) {
  const hydrated = useHydrated()
  return modules.map((module) => (
    <section key={module.slug} aria-labelledby={module.slug} className="cheat-module">
      <h2 id={module.slug}>{module.title}</h2>
      {module.pages.map((page) => (
        <div key={page.route} className="cheat-page">
          <h3>
            <Link href={page.route} prefetch={false}>
              {page.title}
            </Link>
          </h3>
          {page.sections.map((section) => (
            <div key={section.id} data-cheat-section="">
              <p>
                <Link href={sectionHref(page.route, section.id)} prefetch={false}>
                  {section.title}
                </Link>
              </p>
              <ul className="cheat-commands">
                {section.commands.map((command) => (
                  <li key={command}>
                    <code>{command}</code>
                    {hydrated && <CopyButton text={command} label={`Copy ${command}`} />}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  ))
}
