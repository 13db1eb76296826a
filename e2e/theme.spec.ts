import { expect, test } from '@playwright/test'
import { open, pathPages, relative } from './site'

/** Records the theme at the moment <body> appears, i.e. before anything could be painted. */
async function recordThemeAtFirstBody(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.body) {
        ;(window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme
        observer.disconnect()
      }
    })
    observer.observe(document, { childList: true, subtree: true })
  })
}

const themeAtBody = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)

test.describe('theme', { tag: '@base-path' }, () => {
  test('follows the system setting when the reader has not chosen', async ({ browser }) => {
    for (const colorScheme of ['dark', 'light'] as const) {
      const context = await browser.newContext({ colorScheme })
      const page = await context.newPage()
      await open(page, relative(pathPages()[0]!.route))
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme)
      await context.close()
    }
  })

  test('the toggle switches theme, persists across reloads and never flashes the old theme', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' })
    const page = await context.newPage()
    await recordThemeAtFirstBody(page)
    await open(page, relative(pathPages()[0]!.route))
    const toggle = page.getByRole('button', { name: 'Dark theme' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)

    await toggle.click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground)

    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await themeAtBody(page)).toBe('dark')
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true')

    // Another page of the site, opened fresh, starts dark too.
    await open(page, relative(pathPages()[1]!.route))
    expect(await themeAtBody(page)).toBe('dark')

    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await page.reload()
    expect(await themeAtBody(page)).toBe('light')
    await context.close()
  })
})
