import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getAllPageData, getManifest } from '../content/store'
import { buildSearchIndex, searchSources } from './build-index'
import { SearchEngine } from './engine'
import { SEARCH_INDEX_PATH } from './index-path'

// The real content, as `npm run test:unit` compiles it first.
const pages = getAllPageData()
const file = buildSearchIndex(searchSources(getManifest(), pages))
const engine = SearchEngine.fromFile(JSON.parse(JSON.stringify(file)))

describe('the search index of the site', () => {
  it('has one entry per section of every page, the introduction included', () => {
    const expected = pages.flatMap((page) => [...(page.sections[0]?.id === '' ? [] : ['']), ...page.sections.map((s) => s.id)].map((id) => `${page.route}#${id}`))
    const actual = file.entries.map((entry) => `${file.pages[entry.page]!.route}#${entry.id}`)
    expect(actual).toEqual(expected)
    expect(new Set(actual).size).toBe(actual.length)
  })

  it('links every section to an id its page has', () => {
    for (const entry of file.entries) {
      const page = pages.find((p) => p.route === file.pages[entry.page]!.route)!
      if (entry.id) expect(page.ids).toContain(entry.id)
    }
  })

  it('finds every section by its page title and heading: its page first, the section among its hits', () => {
    for (const entry of file.entries) {
      const page = file.pages[entry.page]!
      const href = entry.id ? `${page.route}#${entry.id}` : page.route
      const query = [page.title, ...entry.headings.slice(-1)].join(' ')
      const groups = engine.search(query).groups
      // Reference pages rank below the lessons they summarise, so their page need not come first.
      const shown = page.weight ? groups.flatMap((group) => group.hits) : groups[0]?.page.route === page.route ? groups[0].hits : []
      expect(shown.map((hit) => hit.href), query).toContain(href)
    }
  })

  it('is served where the client fetches it', () => {
    expect(fs.existsSync(`app${SEARCH_INDEX_PATH}/route.ts`)).toBe(true)
  })
})
