// Every lesson a builder links to, and every builder page, must exist in the compiled content.
// `npm run test:unit` compiles the content first.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { GENERATED_CONTENT_DIR, readManifest, readPage } from '../../content/generated'
import { EXPLAINABLE } from '../explain'
import { BUILDER_CASES } from '../testing/cases'
import * as foundations from './foundations'
import { lessonPath, type Lesson } from './lesson'
import * as runningContainers from './running-containers'

const pages = readManifest(GENERATED_CONTENT_DIR)
  .modules.flatMap((module) => module.pages)
  .map((page) => readPage(GENERATED_CONTENT_DIR, page.module, page.slug))
const byRoute = new Map(pages.map((page) => [page.route, page]))

/** Every lesson module beside this file, read whole so a new one is checked without being listed here. */
const lessonModules = fs
  .readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'lesson.ts')
const lessons = await Promise.all(
  lessonModules.map(async (file) => [file, Object.entries(await import(`./${file}`)) as [string, Lesson][]] as const),
)

describe('links from the builders', () => {
  it.each(lessons.flatMap(([file, list]) => list.map(([, lesson]) => [lesson.id, file, lesson] as const)))('%s (%s) points at a lesson that exists', (id, file, lesson) => {
    const page = byRoute.get(lesson.route)
    expect(page, `${id}: no page at ${lesson.route}`).toBeDefined()
    if (lesson.anchor) expect(page!.ids, `${id}: no #${lesson.anchor} on ${lesson.route}`).toContain(lesson.anchor)
    expect(path.basename(file, '.ts'), `${id} belongs in the file of its module`).toBe(lesson.route.split('/')[1])
  })

  it('names each lesson by the name it is exported under', () => {
    expect(lessons.length).toBeGreaterThan(1)
    for (const [, list] of lessons) for (const [name, lesson] of list) expect(lesson.id).toBe(name)
  })

  it('are made only in the lesson files, so the check above sees every lesson a builder links to', () => {
    const root = path.resolve(import.meta.dirname, '../../..')
    const makers = ['lib', 'components']
      .flatMap((dir) => fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)))
      .filter((file) => /\.tsx?$/.test(file) && /\blesson\(\{/.test(fs.readFileSync(path.join(root, file), 'utf8')))
    expect(makers.sort()).toEqual(lessonModules.map((file) => path.join('lib/builders/lessons', file)).sort())
  })

  it('each builder has its own page', () => {
    for (const model of [...Object.values(EXPLAINABLE), ...BUILDER_CASES.map((builder) => builder.model)]) expect(byRoute.has(model.route), model.route).toBe(true)
  })

  it('writes lesson paths with their anchors', () => {
    expect(lessonPath(foundations.latestTag)).toBe('/foundations/tags-and-digests/#what-latest-means')
    expect(lessonPath(runningContainers.cleaningUp)).toBe('/running-containers/cleaning-up/')
  })
})
