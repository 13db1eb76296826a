// The cheat sheet: every docker command in the guide's shell code blocks, once, grouped by the
// module, page and section that teach it. Derived from the page records, so it can never list a
// command the guide does not show or miss one it does.
import { extractDockerCommands } from './commands'
import { navigationGroups } from './navigation'
import type { RootContent } from 'mdast'
import type { Manifest, PageData } from './types'

export interface CheatSheetSection {
  /** Heading id, or '' for a page's introduction. */
  id: string
  title: string
  /** Where the commands are explained: /module/page/#section */
  href: string
  /** Commands as written, in the order the section shows them. */
  commands: string[]
}

export interface CheatSheetPage {
  route: string
  title: string
  sections: CheatSheetSection[]
}

export interface CheatSheetModule {
  slug: string
  title: string
  pages: CheatSheetPage[]
}

/** Where a section's commands are explained: the page, at the section's heading if it has one. */
export function sectionHref(route: string, sectionId: string): string {
  return sectionId ? `${route}#${sectionId}` : route
}

/** The sheet without the section links, which sectionHref rebuilds: what the page's lists are drawn from. */
export type CheatSheetData = (Omit<CheatSheetModule, 'pages'> & {
  pages: (Omit<CheatSheetPage, 'sections'> & { sections: Omit<CheatSheetSection, 'href'>[] })[]
})[]

export function withoutLinks(modules: CheatSheetModule[]): CheatSheetData {
  return modules.map((m) => ({ ...m, pages: m.pages.map((p) => ({ ...p, sections: p.sections.map(({ href: _href, ...section }) => section) })) }))
}

/** Two spellings of one command (one of them split over lines) are one entry. */
export function commandKey(text: string): string {
  return text.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * @param pageData the record of a page of the manifest
 * Commands are listed where the guide first shows them, in reading order: the learning path, then
 * the tools, then the reference.
 */
export function buildCheatSheet(manifest: Manifest, pageData: (route: string) => PageData): CheatSheetModule[] {
  const seen = new Set<string>()
  const modules: CheatSheetModule[] = []
  for (const group of navigationGroups(manifest)) {
    for (const navModule of group.modules) {
      const pages: CheatSheetPage[] = []
      for (const summary of navModule.pages) {
        const page = pageData(summary.route)
        const sections = new Map<string, CheatSheetSection>()
        for (const command of extractDockerCommands(page).commands) {
          const key = commandKey(command.text)
          if (seen.has(key)) continue
          seen.add(key)
          let section = sections.get(command.sectionId)
          if (!section) {
            const heading = page.headings.find((h) => h.id === command.sectionId)
            section = {
              id: command.sectionId,
              title: heading?.text ?? page.title,
              href: sectionHref(page.route, command.sectionId),
              commands: [],
            }
            sections.set(command.sectionId, section)
          }
          section.commands.push(command.text)
        }
        if (sections.size > 0) pages.push({ route: page.route, title: page.title, sections: [...sections.values()] })
      }
      if (pages.length > 0) modules.push({ slug: navModule.slug, title: navModule.title, pages })
    }
  }
  return modules
}

/** The cheat sheet as Markdown (mdast) for the page's .md version and llms-full.txt. */
export function cheatSheetMarkdown(modules: CheatSheetModule[], absolute: (path: string) => string): RootContent[] {
  return modules.flatMap((sheetModule): RootContent[] => [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: sheetModule.title }] },
    ...sheetModule.pages.flatMap((page): RootContent[] => [
      { type: 'heading', depth: 3, children: [{ type: 'link', url: absolute(page.route), children: [{ type: 'text', value: page.title }] }] },
      ...page.sections.flatMap((section): RootContent[] => [
        { type: 'paragraph', children: [{ type: 'link', url: absolute(section.href), children: [{ type: 'text', value: section.title }] }] },
        { type: 'code', lang: 'bash', value: section.commands.join('\n') },
      ]),
    ]),
  ])
}
