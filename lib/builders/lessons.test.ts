// Every lesson a builder links to, and every builder page, must exist in the compiled content.
// `npm run test:unit` compiles the content first.
import { describe, expect, it } from 'vitest'
import { GENERATED_CONTENT_DIR, readManifest, readPage } from '../content/generated'
import { EXPLAINABLE } from './explain'
import { cleanupBuilder } from './cleanup'
import { LESSONS, lessonPath, type Lesson } from './lessons'
import { BUILDER_CASES } from './testing/cases'

const pages = readManifest(GENERATED_CONTENT_DIR)
  .modules.flatMap((module) => module.pages)
  .map((page) => readPage(GENERATED_CONTENT_DIR, page.module, page.slug))
const byRoute = new Map(pages.map((page) => [page.route, page]))

describe('links from the builders', () => {
  it.each(Object.entries(LESSONS) as [string, Lesson][])('%s points at a lesson that exists', (key, lesson) => {
    const page = byRoute.get(lesson.route)
    expect(page, `${key}: no page at ${lesson.route}`).toBeDefined()
    if (lesson.anchor) expect(page!.ids, `${key}: no #${lesson.anchor} on ${lesson.route}`).toContain(lesson.anchor)
  })

  it('each builder has its own page', () => {
    for (const model of [...Object.values(EXPLAINABLE), cleanupBuilder, ...BUILDER_CASES.map((c) => c.model)]) expect(byRoute.has(model.route), model.route).toBe(true)
  })

  it('writes lesson paths with their anchors', () => {
    expect(lessonPath('latestTag')).toBe('/foundations/tags-and-digests/#what-latest-means')
    expect(lessonPath('cleaningUp')).toBe('/running-containers/cleaning-up/')
  })
})
