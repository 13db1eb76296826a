import { expect, test, type Page } from '@playwright/test'
import { ready } from './builder-page'
import { open, pathPages, relative, sitemapPaths } from './site'

// The export served by nginx with the configuration the self-hosting image ships
// (scripts/serve-nginx.ts), at the root and under a sub-path.

/** Collects CSP violations and console errors from the moment the page starts loading. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

test.describe('served by nginx', () => {
  test('every page loads and hydrates with no console errors and no CSP violations', async ({ page }) => {
    // It opens all of the site's pages in one test: most of a minute on a busy two-core machine.
    test.slow()
    const problems = await watchForProblems(page)
    for (const path of sitemapPaths()) {
      await open(page, path)
      expect(problems, `/${path}`).toEqual([])
    }
  })

  test('client-side navigation works under the CSP', async ({ page }) => {
    const problems = await watchForProblems(page)
    const lesson = sitemapPaths().find((path) => path.split('/').length > 2)!
    await open(page, lesson)
    await page.locator('[data-next]').click()
    await expect(page).not.toHaveURL(new RegExp(`${lesson}$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(problems).toEqual([])
  })

  test('search and the builders work under the CSP', async ({ page }) => {
    const problems = await watchForProblems(page)
    const lesson = pathPages()[1]!
    await open(page, relative(pathPages()[0]!.route))
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Search the guide' })
    await dialog.getByRole('combobox', { name: 'Search the guide' }).fill(lesson.title)
    await expect(dialog.getByRole('option').first()).toHaveAttribute('href', new RegExp(`${lesson.route}$`))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title)

    // A tools page, whose builder loads its code when first used, and a builder far down a lesson.
    await open(page, 'tools/run/')
    const builder = page.locator('[data-builder="run"]')
    await ready(builder)
    await builder.getByLabel('Container name').fill('nginx-test')
    await expect(builder.locator('[data-command-output="command"]')).toContainText('--name nginx-test')
    await open(page, 'security/capabilities-and-seccomp/')
    const inLesson = page.locator('[data-builder="run"][data-embedded]')
    await ready(inLesson)
    await inLesson.getByLabel('Container name').fill('api-2')
    await expect(inLesson.locator('[data-command-output="command"]')).toContainText('--name api-2')
    expect(problems).toEqual([])
  })

  test('pages carry the security headers and a CSP without unsafe-inline scripts', async ({ request }) => {
    const response = await request.get(sitemapPaths()[1]!)
    expect(response.status()).toBe(200)
    const headers = response.headers()
    const scriptSrc = headers['content-security-policy']!.split(';').find((d) => d.trim().startsWith('script-src'))!
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/)
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toContain('camera=()')
    expect(headers['cache-control']).toBe('no-cache')
  })

  test('hashed assets are cached for a year and served gzip-compressed', async ({ page, request }) => {
    await page.goto('./')
    const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src')
    const response = await request.get(script!, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(response.headers()['content-encoding']).toBe('gzip')
  })

  test('an unknown URL gets the 404 page with status 404, and folders are not listed', async ({ page, request }) => {
    const response = await page.goto('no-such-page/')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist')
    expect((await request.get('_next/static/')).status()).toBe(404)
  })

  test('an address without the trailing slash redirects to the page', async ({ request, baseURL }) => {
    const lesson = sitemapPaths().find((path) => path.split('/').length > 2)!
    const response = await request.get(lesson.replace(/\/$/, ''), { maxRedirects: 0 })
    expect(response.status()).toBe(301)
    expect(new URL(response.headers()['location']!, baseURL).pathname).toBe(new URL(lesson, baseURL).pathname)
  })

  test('Markdown copies of pages are served as Markdown', async ({ request }) => {
    const lesson = sitemapPaths().find((path) => path.split('/').length > 2)!
    const response = await request.get(`${lesson.replace(/\/$/, '')}.md`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8')
  })

  test('the health check answers', async ({ request, baseURL }) => {
    const response = await request.get(new URL('/healthz', baseURL).href)
    expect(response.status()).toBe(200)
  })
})
