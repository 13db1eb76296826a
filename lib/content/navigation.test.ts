import { describe, expect, it } from 'vitest'
import { breadcrumbs, navigationGroups, navigationTree, neighbours } from './navigation'
import type { Manifest, ModuleSummary, PageSummary } from './types'

function page(module: string, slug: string): PageSummary {
  return { module, slug, route: `/${module}/${slug}/`, title: `${module} ${slug}`, description: 'd', file: 'f', readingMinutes: 1, wordCount: 1 }
}

function mod(slug: string, order: number, kind: ModuleSummary['kind'], pages: string[]): ModuleSummary {
  return { slug, order, kind, title: slug.toUpperCase(), description: 'd', pages: pages.map((p) => page(slug, p)) }
}

const manifest: Manifest = {
  modules: [
    mod('tools', 11, 'tools', ['run', 'build']),
    mod('basics', 1, 'path', ['one', 'two']),
    mod('more', 2, 'path', ['three']),
    mod('reference', 10, 'reference', ['glossary']),
  ],
}

describe('navigation', () => {
  it('groups modules as learning path, tools, reference, each in order', () => {
    expect(navigationGroups(manifest).map((g) => [g.label, g.modules.map((m) => m.slug)])).toEqual([
      ['Learning path', ['basics', 'more']],
      ['Tools', ['tools']],
      ['Reference', ['reference']],
    ])
  })

  it('gives the sidebar only names and routes, the sidebar title where a page has one, as one shared object', () => {
    const withShortTitle: Manifest = { modules: [{ ...mod('basics', 1, 'path', []), pages: [{ ...page('basics', 'one'), sidebarTitle: 'One' }, page('basics', 'two')] }] }
    expect(navigationTree(withShortTitle)).toEqual([
      {
        kind: 'path',
        label: 'Learning path',
        modules: [{ slug: 'basics', title: 'BASICS', pages: [{ route: '/basics/one/', label: 'One' }, { route: '/basics/two/', label: 'basics two' }] }],
      },
    ])
    expect(navigationTree(withShortTitle)).toBe(navigationTree(withShortTitle))
  })

  it('links previous and next across module boundaries of the learning path', () => {
    expect(neighbours(manifest, '/basics/two/')).toMatchObject({ previous: { route: '/basics/one/' }, next: { route: '/more/three/' } })
    expect(neighbours(manifest, '/basics/one/').previous).toBeUndefined()
    expect(neighbours(manifest, '/more/three/').next).toBeUndefined()
  })

  it('keeps tools and reference out of the learning path sequence', () => {
    expect(neighbours(manifest, '/tools/run/')).toMatchObject({ previous: undefined, next: { route: '/tools/build/' } })
    expect(neighbours(manifest, '/reference/glossary/')).toEqual({ previous: undefined, next: undefined })
  })

  it('builds breadcrumbs from home through the module to the page', () => {
    expect(breadcrumbs(manifest, '/more/three/')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'MORE', href: '/more/three/' },
      { label: 'more three' },
    ])
  })
})
