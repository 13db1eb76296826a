import { expect, test } from '@playwright/test'
import { manifest, open, pathPages, relative } from './site'

test.describe('pages as Markdown', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('"Copy page as Markdown" copies the page as Markdown', async ({ page }) => {
    const lesson = pathPages()[2]!
    await open(page, relative(lesson.route))
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click()
    // Its accessible name changes to "Copied", so find it again by its place on the page.
    const button = page.locator('[data-page-markdown] [data-copy-button]')
    await expect(button).toHaveAttribute('data-state', 'copied')
    const markdown = await page.evaluate(() => navigator.clipboard.readText())
    expect(markdown.startsWith(`# ${lesson.title}\n`)).toBe(true)
    expect(markdown).toContain('## ')
    expect(markdown).not.toMatch(/<(Callout|Figure|Quiz|Question)\b/)
  })

  test('every page has a .md URL, linked from the page', async ({ page, request }) => {
    const lesson = pathPages()[0]!
    await open(page, relative(lesson.route))
    const href = await page.getByRole('link', { name: 'View as Markdown' }).getAttribute('href')
    const response = await request.get(href!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/markdown')
    expect(await response.text()).toContain(`# ${lesson.title}`)
  })

  test('llms.txt lists every page with a link to its Markdown', async ({ request }) => {
    const index = await (await request.get('llms.txt')).text()
    expect(index).toMatch(/^# Docker Field Guide\n/)
    for (const page of manifest().modules.flatMap((m) => m.pages)) {
      const line = index.split('\n').find((l) => l.startsWith(`- [${page.title}](`))
      expect(line, page.route).toBeDefined()
      const url = /\]\(([^)]+)\)/.exec(line!)![1]!
      expect(new URL(url).pathname.endsWith(`${page.route.replace(/\/$/, '')}.md`)).toBe(true)
      expect((await request.get(relative(`${page.route.replace(/\/$/, '')}.md`))).status()).toBe(200)
    }
    expect((await request.get('llms-full.txt')).status()).toBe(200)
  })
})
