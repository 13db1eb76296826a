// The content build: discover files, validate frontmatter, compile every page (the glossary first,
// so the others can link to its terms), check links, and return the manifest and page records that
// pages, navigation, search and sitemap derive from.
import fs from 'node:fs'
import path from 'node:path'
import { discoverContent, type DiscoveredModule, type DiscoveredPage } from './discover'
import { buildGlossary, EMPTY_GLOSSARY, glossaryFor, type Glossary, type TermDeclaration } from './glossary'
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

  const pageLinks: PageLinks[] = []
  const declarations: TermDeclaration[] = []
  const sources = new Map(discovery.modules.flatMap((module) => module.pages.map((page) => [page.file, read(page.file)] as const)))

  async function compilePage(discovered: DiscoveredModule, page: DiscoveredPage, linkTerms?: Glossary): Promise<PageData | undefined> {
    const source = sources.get(page.file)!
    const frontmatter = parseFrontmatter(page.file, source, pageFrontmatterSchema)
    problems.push(...frontmatter.problems)
    const result = await compileMdx({
      file: page.file,
      dir: path.join(options.projectRoot, discovered.dir),
      source,
      title: frontmatter.value?.title ?? page.slug,
      componentNames,
      highlighter,
      linkTerms,
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
    declarations.push(...collected.terms.map((term) => ({ ...term, file: page.file, route })))
    return {
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
  }

  // The pages that declare glossary terms compile first: every other page links to their terms.
  const all = discovery.modules.flatMap((module) => module.pages.map((page) => ({ module, page })))
  const declaresTerms = ({ page }: (typeof all)[number]) => DECLARES_TERMS.test(sources.get(page.file)!)
  const compiled = new Map<string, PageData | undefined>()
  for (const { module, page } of all.filter(declaresTerms)) compiled.set(page.file, await compilePage(module, page))
  const glossary = buildGlossary(declarations)
  problems.push(...glossary.problems)
  // If a glossary page failed to compile, every link to it would be reported too; report only its own problems.
  const glossaryCompiled = all.filter(declaresTerms).every(({ page }) => compiled.get(page.file))
  const linkTerms = glossaryCompiled ? glossary.glossary : EMPTY_GLOSSARY
  await Promise.all(
    all
      .filter((entry) => !declaresTerms(entry))
      .map(async ({ module, page }) => compiled.set(page.file, await compilePage(module, page, glossaryFor(linkTerms, routeOf(module.slug, page.slug))))),
  )

  const modules: ModuleSummary[] = []
  const pages: PageData[] = []
  for (const discovered of discovery.modules) {
    const meta = readModuleMeta(discovered, read, problems)
    const modulePages = discovered.pages.map((page) => compiled.get(page.file)).filter((page): page is PageData => page !== undefined)
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

/** A cheap test on the source; the compile then reads each <Term> properly. */
const DECLARES_TERMS = /<Term[\s>]/

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
