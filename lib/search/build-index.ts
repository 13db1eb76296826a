// Builds the search index from the content build's page records: one entry per section (the
// introduction before the first heading included), so results link straight to `page#section`.
import type { ModuleKind } from '../content/schema'
import type { Manifest, PageData } from '../content/types'
import { createDocumentIndex, SEARCH_INDEX_VERSION, type SearchEntry, type SearchIndexFile, type SearchPage } from './index-file'
import { termsOf } from './tokenize'

/** What the index needs of a page: the page record's fields and its module's title and kind. */
export type SearchSource = Pick<PageData, 'route' | 'title' | 'description' | 'objectives' | 'tags' | 'sidebarTitle' | 'sections'> & {
  moduleTitle: string
  moduleKind?: ModuleKind
}

/**
 * Reference pages (glossary, cheat sheet) restate in a line what a lesson explains, and a glossary
 * entry holds every word of its definition: they rank below a lesson that matches as well.
 */
const REFERENCE_WEIGHT = 0.6

export function searchSources(manifest: Manifest, pages: PageData[]): SearchSource[] {
  const modules = new Map(manifest.modules.map((module) => [module.slug, module]))
  return pages.map((page) => ({ ...page, moduleTitle: modules.get(page.module)?.title ?? page.module, moduleKind: modules.get(page.module)?.kind }))
}

export function buildSearchIndex(sources: SearchSource[]): SearchIndexFile {
  const pages: SearchPage[] = []
  const entries: SearchEntry[] = []
  const index = createDocumentIndex()
  for (const source of sources) {
    const weight = source.moduleKind === 'reference' ? { weight: REFERENCE_WEIGHT } : {}
    const page = pages.push({ route: source.route, title: source.title, shortTitle: source.sidebarTitle, module: source.moduleTitle, ...weight }) - 1
    const title = source.title
    const summaryTerms = termsOf([source.description, ...(source.objectives ?? []), ...(source.tags ?? [])].join(' ')).join(' ')
    const titleTerms = termsOf(title).join(' ')
    const sections = source.sections.some((section) => section.id === '')
      ? source.sections
      : [{ id: '', headingPath: [title], text: '', code: '' }, ...source.sections]
    for (const section of sections) {
      const intro = section.id === ''
      const entry: SearchEntry = {
        page,
        id: section.id,
        headings: section.headingPath.slice(1),
        text: intro ? [source.description, section.text].filter(Boolean).join(' ') : section.text,
        code: section.code,
      }
      const id = entries.push(entry) - 1
      index.add({
        id,
        title: intro ? titleTerms : '',
        heading: termsOf(intro ? [title, source.sidebarTitle ?? ''].join(' ') : entry.headings.join(' ')).join(' '),
        text: termsOf(section.text).join(' '),
        summary: intro ? summaryTerms : '',
        code: termsOf(section.code).join(' '),
      })
    }
  }
  const flexsearch: Record<string, unknown> = {}
  index.export((key, data) => {
    flexsearch[key] = JSON.parse(data)
  })
  return { version: SEARCH_INDEX_VERSION, pages, entries, flexsearch }
}
