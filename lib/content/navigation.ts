// Sidebar groups, previous/next and breadcrumbs, all derived from the manifest.
import type { ModuleKind } from './schema'
import type { Manifest, ModuleSummary, PageSummary } from './types'

export interface NavGroup {
  kind: ModuleKind
  label: string
  modules: ModuleSummary[]
}

const GROUP_LABELS: Record<ModuleKind, string> = {
  path: 'Learning path',
  reference: 'Reference',
  tools: 'Tools',
}

const GROUP_ORDER: ModuleKind[] = ['path', 'tools', 'reference']

export function navigationGroups(manifest: Manifest): NavGroup[] {
  return GROUP_ORDER.map((kind) => ({
    kind,
    label: GROUP_LABELS[kind],
    modules: manifest.modules.filter((module) => module.kind === kind).sort((a, b) => a.order - b.order),
  })).filter((group) => group.modules.length > 0)
}

/** What the sidebar shows of the guide: only the names and routes, as they travel to the browser. */
export interface NavTreeGroup {
  kind: ModuleKind
  label: string
  modules: { slug: string; title: string; pages: { route: string; label: string }[] }[]
}

const navTrees = new WeakMap<Manifest, NavTreeGroup[]>()

/**
 * The sidebar's tree. One object per manifest: the sidebar and the phone drawer pass the same one
 * to the browser, and the page's payload carries it once.
 */
export function navigationTree(manifest: Manifest): NavTreeGroup[] {
  let tree = navTrees.get(manifest)
  if (!tree) {
    tree = navigationGroups(manifest).map((group) => ({
      kind: group.kind,
      label: group.label,
      modules: group.modules.map((module) => ({
        slug: module.slug,
        title: module.title,
        pages: module.pages.map((page) => ({ route: page.route, label: page.sidebarTitle ?? page.title })),
      })),
    }))
    navTrees.set(manifest, tree)
  }
  return tree
}

export function moduleOf(manifest: Manifest, route: string): ModuleSummary | undefined {
  return manifest.modules.find((module) => module.pages.some((page) => page.route === route))
}

/** Previous and next page in reading order; the learning path runs across module boundaries. */
export function neighbours(manifest: Manifest, route: string): { previous?: PageSummary; next?: PageSummary } {
  const current = moduleOf(manifest, route)
  if (!current) return {}
  const sequence = navigationGroups(manifest)
    .filter((group) => group.kind === current.kind)
    .flatMap((group) => group.modules.flatMap((m) => m.pages))
  const index = sequence.findIndex((page) => page.route === route)
  return { previous: sequence[index - 1], next: sequence[index + 1] }
}

export interface Crumb {
  label: string
  href?: string
}

export function breadcrumbs(manifest: Manifest, route: string): Crumb[] {
  const current = moduleOf(manifest, route)
  const page = current?.pages.find((p) => p.route === route)
  if (!current || !page) return [{ label: 'Home', href: '/' }]
  return [{ label: 'Home', href: '/' }, { label: current.title, href: current.pages[0]?.route }, { label: page.title }]
}

export function findPage(manifest: Manifest, route: string): PageSummary | undefined {
  return manifest.modules.flatMap((module) => module.pages).find((page) => page.route === route)
}
