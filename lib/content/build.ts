// The content build: discover files, validate frontmatter, compile every page, check links, and
// return the manifest and page records that pages, navigation, search and sitemap derive from.
import fs from 'node:fs'
import path from 'node:path'
import { discoverContent, type DiscoveredModule } from './discover'
import { parseFrontmatter, parseModuleJson } from './frontmatter'
import { compileMdx } from './compile'
import { checkInternalLinks, type PageLinks } from './links'
import { loadHighlighter } from './highlight'
import { moduleMetaSchema, pageFrontmatterSchema } from './schema'
import { sortProblems, type ContentProblem } from './problems'
import type { Manifest, ModuleSummary, PageData } from './types'
import { routeOf } from './routes'

export interface BuildOptions {
  /** Absolute path of the content folder. */
  contentDir: string
  /** Absolute path file names in messages are relative to. */
  projectRoot: string
  /** Names of the components MDX may use (from components/mdx). */
  componentNames: Iterable<string>
  /** Routes that exist outside content/ and may be linked to. */
  appRoutes: readonly string[]
}

export type BuildResult =
  | { ok: true; manifest: Manifest; pages: PageData[] }
  | { ok: false; problems: ContentProblem[] }

const WORDS_PER_MINUTE = 200

export async function buildContent(options: BuildOptions): Promise<BuildResult> {
  const discovery = discoverContent(options.contentDir, options.projectRoot)
  const problems = [...discovery.problems]
  const componentNames = new Set(options.componentNames)
  const highlighter = await loadHighlighter()
  const read = (file: string) => fs.readFileSync(path.join(options.projectRoot, file), 'utf8')

  const modules: ModuleSummary[] = []
  const pages: PageData[] = []
  const pageLinks: PageLinks[] = []

  for (const discovered of discovery.modules) {
    const meta = readModuleMeta(discovered, read, problems)
    const compiled = await Promise.all(
      discovered.pages.map(async (page) => {
        const source = read(page.file)
        const frontmatter = parseFrontmatter(page.file, source, pageFrontmatterSchema)
        problems.push(...frontmatter.problems)
        const result = await compileMdx({
          file: page.file,
          dir: path.join(options.projectRoot, discovered.dir),
          source,
          title: frontmatter.value?.title ?? page.slug,
          componentNames,
          highlighter,
        })
        if (!result.ok) {
          problems.push(...result.problems)
          return undefined
        }
        if (!frontmatter.value) return undefined
        const { collected } = result
        const wordCount = collected.sections.reduce((sum, s) => sum + countWords(s.text), 0)
        const route = routeOf(discovered.slug, page.slug)
        pageLinks.push({ file: page.file, route, links: collected.links })
        const data: PageData = {
          ...frontmatter.value,
          module: discovered.slug,
          slug: page.slug,
          route,
          file: page.file,
          wordCount,
          readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
          code: result.code,
          headings: collected.headings,
          sections: collected.sections,
          codeBlocks: collected.codeBlocks,
          ids: [...collected.ids].sort(),
        }
        return data
      }),
    )
    const modulePages = compiled.filter((page): page is PageData => page !== undefined)
    pages.push(...modulePages)
    if (meta) {
      modules.push({
        slug: discovered.slug,
        order: discovered.order,
        ...meta,
        pages: modulePages.map(summaryOf),
      })
    }
  }

  const targets = pages.map((page) => ({ route: page.route, ids: new Set(page.ids) }))
  problems.push(...checkInternalLinks(pageLinks, targets, options.appRoutes))

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) }
  return { ok: true, manifest: { modules }, pages }
}

function readModuleMeta(module: DiscoveredModule, read: (file: string) => string, problems: ContentProblem[]) {
  let source: string
  try {
    source = read(module.metaFile)
  } catch {
    return undefined // discovery already reported the missing file
  }
  const meta = parseModuleJson(module.metaFile, source, moduleMetaSchema)
  problems.push(...meta.problems)
  return meta.value
}

/** The page record without the heavy fields, for navigation and listings. */
export function summaryOf(page: PageData) {
  const { code: _code, headings: _headings, sections: _sections, codeBlocks: _codeBlocks, ids: _ids, ...summary } = page
  return summary
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}
