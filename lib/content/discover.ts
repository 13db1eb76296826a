// Finds modules (folders) and pages (.mdx files) under content/. Order and slugs come from the
// names: `01-foundations/02-images.mdx` is module "foundations", page "images", second.
import fs from 'node:fs'
import path from 'node:path'
import type { ContentProblem } from './problems'

export const MODULE_META_FILE = '_module.json'

const ORDERED_NAME = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/

export interface DiscoveredModule {
  slug: string
  order: number
  /** Directory relative to the project root, e.g. content/01-foundations */
  dir: string
  metaFile: string
  pages: DiscoveredPage[]
}

export interface DiscoveredPage {
  moduleSlug: string
  slug: string
  order: number
  /** File relative to the project root, e.g. content/01-foundations/02-images.mdx */
  file: string
}

export interface Discovery {
  modules: DiscoveredModule[]
  problems: ContentProblem[]
}

/**
 * @param contentDir absolute path of the content folder
 * @param projectRoot absolute path that file names in messages are relative to
 */
export function discoverContent(contentDir: string, projectRoot: string): Discovery {
  const rel = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/')
  const problems: ContentProblem[] = []
  const modules: DiscoveredModule[] = []

  if (!fs.existsSync(contentDir)) {
    return { modules, problems: [{ file: rel(contentDir), message: 'content folder does not exist' }] }
  }

  for (const entry of fs.readdirSync(contentDir, { withFileTypes: true }).sort(byName)) {
    const absolute = path.join(contentDir, entry.name)
    if (!entry.isDirectory()) {
      problems.push({ file: rel(absolute), message: 'only module folders belong at the top of content/ (like 01-foundations/)' })
      continue
    }
    const name = ORDERED_NAME.exec(entry.name)
    if (!name) {
      problems.push({ file: rel(absolute), message: 'module folder names look like 01-foundations (order, dash, lowercase slug)' })
      continue
    }
    const mod: DiscoveredModule = {
      slug: name[2]!,
      order: Number(name[1]),
      dir: rel(absolute),
      metaFile: rel(path.join(absolute, MODULE_META_FILE)),
      pages: [],
    }
    if (!fs.existsSync(path.join(absolute, MODULE_META_FILE))) {
      problems.push({ file: mod.metaFile, message: `missing ${MODULE_META_FILE} with the module's title and description` })
    }
    for (const file of fs.readdirSync(absolute, { withFileTypes: true }).sort(byName)) {
      if (file.name === MODULE_META_FILE) continue
      const fileRel = rel(path.join(absolute, file.name))
      const page = file.isFile() && file.name.endsWith('.mdx') ? ORDERED_NAME.exec(file.name.slice(0, -4)) : null
      if (!page) {
        problems.push({ file: fileRel, message: 'pages are .mdx files named like 01-containers-vs-vms.mdx; nothing else belongs in a module folder' })
        continue
      }
      mod.pages.push({ moduleSlug: mod.slug, slug: page[2]!, order: Number(page[1]), file: fileRel })
    }
    mod.pages.sort((a, b) => a.order - b.order)
    problems.push(...duplicates(mod.pages, 'page'))
    if (mod.pages.length === 0) problems.push({ file: mod.dir, message: 'module has no pages' })
    modules.push(mod)
  }
  modules.sort((a, b) => a.order - b.order)
  problems.push(...duplicates(modules.map((m) => ({ ...m, file: m.dir })), 'module'))
  return { modules, problems }
}

function duplicates(items: { slug: string; order: number; file: string }[], what: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const [i, item] of items.entries()) {
    for (const other of items.slice(0, i)) {
      if (other.slug === item.slug) {
        problems.push({ file: item.file, message: `two ${what}s have the slug "${item.slug}": ${other.file} and ${item.file}` })
      } else if (other.order === item.order) {
        problems.push({ file: item.file, message: `two ${what}s have the order number ${item.order}: ${other.file} and ${item.file}` })
      }
    }
  }
  return problems
}

function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name.localeCompare(b.name)
}
