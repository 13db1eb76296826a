import Link from 'next/link'
import { CopyButton } from '@/components/ui/CopyButton'
import { buildCheatSheet } from '@/lib/content/cheat-sheet'
import { getManifest, getPageByRoute } from '@/lib/content/store'

/**
 * Every docker command the guide shows, generated from the content at build time. Plain text in
 * the HTML, so the browser's find (Ctrl+F) searches it and it prints as it reads.
 */
export function CheatSheet() {
  const modules = buildCheatSheet(getManifest(), getPageByRoute)
  const count = modules.flatMap((m) => m.pages.flatMap((p) => p.sections.flatMap((s) => s.commands))).length
  return (
    <div className="cheat-sheet" data-cheat-sheet>
      <p>
        {count} commands from {modules.length} {modules.length === 1 ? 'module' : 'modules'}, each under the section that explains it.
      </p>
      <nav aria-label="Cheat sheet modules" className="no-print">
        <ul className="cheat-jump">
          {modules.map((module) => (
            <li key={module.slug}>
              <a href={`#${module.slug}`}>{module.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {modules.map((module) => (
        <section key={module.slug} aria-labelledby={module.slug} className="cheat-module">
          <h2 id={module.slug}>{module.title}</h2>
          {module.pages.map((page) => (
            <section key={page.route} aria-label={page.title} className="cheat-page">
              <h3>
                <Link href={page.route} prefetch={false}>
                  {page.title}
                </Link>
              </h3>
              {page.sections.map((section) => (
                <div key={section.id} className="cheat-section" data-cheat-section>
                  <p className="cheat-section-title">
                    <Link href={section.href} prefetch={false} data-cheat-link>
                      {section.title}
                    </Link>
                  </p>
                  <ul className="cheat-commands">
                    {section.commands.map((command) => (
                      <li key={command} data-cheat-command>
                        <code>{command}</code>
                        <CopyButton text={command} label={`Copy ${command}`} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}
