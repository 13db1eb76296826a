import { buildCheatSheet, withoutLinks } from '@/lib/content/cheat-sheet'
import { getManifest, getPageByRoute } from '@/lib/content/store'
import { CheatSheetList } from '@/components/ui/rare-islands'

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
      <CheatSheetList modules={withoutLinks(modules)} />
    </div>
  )
}
