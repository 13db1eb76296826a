import { expect, test } from '@playwright/test'
import { open, pathPages, relative } from './site'

test.describe('what search engines and link previews see', { tag: '@base-path' }, () => {
  test('each page has its own title, description, canonical URL and Open Graph tags', async ({ page, baseURL }) => {
    const lesson = pathPages()[1]!
    await open(page, relative(lesson.route))
    await expect(page).toHaveTitle(`${lesson.title} · Docker Field Guide`)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', lesson.description)
    const basePath = new URL(baseURL!).pathname.replace(/\/$/, '')
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical!).pathname).toBe(`${basePath}${lesson.route}`)
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', lesson.title)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!)
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  })

  test('favicon, sitemap and robots.txt are served', async ({ page, request, baseURL }) => {
    await open(page, './')
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect((await request.get(new URL(icon!, baseURL).href)).status()).toBe(200)
    const sitemap = await (await request.get('sitemap.xml')).text()
    for (const lesson of pathPages()) expect(sitemap).toContain(`${new URL(baseURL!).pathname.replace(/\/$/, '')}${lesson.route}</loc>`)
    const robots = await (await request.get('robots.txt')).text()
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })
})
