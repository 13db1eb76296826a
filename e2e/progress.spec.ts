import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { PROGRESS_STORAGE_KEY } from '../lib/progress/progress'
import { manifest, open, relative, reload } from './site'

/** The first module of the learning path, with its pages in order. */
function firstModule() {
  const first = manifest()
    .modules.filter((m) => m.kind === 'path')
    .sort((a, b) => a.order - b.order)[0]!
  return { ...first, routes: first.pages.map((p) => p.route) }
}

/** Fails the test on any console error or uncaught exception, hydration mismatches included. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

const toggleOf = (page: Page) => page.getByRole('checkbox', { name: 'Mark as done' })
const sidebarModule = (page: Page, slug: string) => page.locator(`.sidebar details[data-module="${slug}"]`)

test.describe('marking lessons as done', { tag: '@base-path' }, () => {
  test('persists across reloads and shows in the sidebar and on the home page', async ({ page }) => {
    const errors = watchErrors(page)
    const pathModule = firstModule()
    const lesson = pathModule.pages[1]!
    await open(page, relative(lesson.route))
    const toggle = toggleOf(page)
    await expect(toggle).not.toBeChecked()
    await expect(sidebarModule(page, pathModule.slug).locator('summary')).toContainText(`0/${pathModule.routes.length}`)

    await toggle.check()
    await expect(page.locator('[data-module-summary]')).toHaveText(`Done ✓ 1 of ${pathModule.routes.length} pages of ${pathModule.title} done`)
    const summary = sidebarModule(page, pathModule.slug).locator('summary')
    await expect(summary).toContainText(`1/${pathModule.routes.length}`)
    await expect(summary).toHaveAccessibleName(new RegExp(`1 of ${pathModule.routes.length} pages done`))
    const link = page.locator('.sidebar').getByRole('link', { name: `${lesson.sidebarTitle ?? lesson.title} (done)` })
    await expect(link).toBeVisible()

    await reload(page)
    await expect(toggleOf(page)).toBeChecked()

    await open(page, './')
    const card = page.locator(`[data-learning-path] > li[data-module="${pathModule.slug}"]`)
    await expect(card).toContainText(`1 of ${pathModule.routes.length} pages done`)

    await open(page, relative(lesson.route))
    await toggleOf(page).uncheck()
    await expect(sidebarModule(page, pathModule.slug).locator('summary')).toContainText(`0/${pathModule.routes.length}`)
    await open(page, './')
    await expect(card).toContainText(`0 of ${pathModule.routes.length} pages done`)
    expect(errors).toEqual([])
  })

  test('can be toggled with the keyboard, and the change is announced', async ({ page }) => {
    const pathModule = firstModule()
    await open(page, relative(pathModule.routes[0]!))
    const toggle = toggleOf(page)
    await toggle.focus()
    await expect(toggle).toBeFocused()
    await page.keyboard.press('Space')
    await expect(toggle).toBeChecked()
    const status = page.locator('[data-mark-done]').getByRole('status')
    await expect(status).toHaveText(`Marked as done. 1 of ${pathModule.routes.length} pages of ${pathModule.title} done.`)
    await page.keyboard.press('Space')
    await expect(toggle).not.toBeChecked()
    await expect(status).toHaveText(`Marked as not done. 0 of ${pathModule.routes.length} pages of ${pathModule.title} done.`)
  })

  test('is shared between tabs', async ({ context }) => {
    const pathModule = firstModule()
    const [first, second] = [await context.newPage(), await context.newPage()]
    await open(first, relative(pathModule.routes[0]!))
    await open(second, relative(pathModule.routes[0]!))
    await toggleOf(first).check()
    await expect(toggleOf(second)).toBeChecked()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`progress passes WCAG 2.1 A/AA in the ${colorScheme} theme`, async ({ page }) => {
      const pathModule = firstModule()
      await page.emulateMedia({ colorScheme })
      await open(page, relative(pathModule.routes[0]!))
      await toggleOf(page).check()
      for (const path of [relative(pathModule.routes[0]!), './']) {
        await open(page, path)
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme)
        await expect(page.locator('[data-module-progress]:visible').first()).toContainText('1')
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      }
    })
  }

  test('a new reader gets the progress in the HTML, and hydration leaves it as it is', async ({ page }) => {
    const pathModule = firstModule()
    const lesson = pathModule.pages[1]!
    // Records every change React makes once the parser is done; for a reader with no progress
    // there is nothing to change in the sidebar, the home page's cards or the lesson's summary.
    await page.addInitScript(() => {
      const changed: string[] = []
      Object.assign(window, { progressChanges: changed })
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver((records) => {
          for (const record of records) {
            const element = record.target instanceof Element ? record.target : record.target.parentElement
            if (element?.closest('.sidebar, [data-learning-path], [data-module-summary]')) changed.push(element.outerHTML.slice(0, 80))
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
      )
    })
    for (const path of [relative(lesson.route), './']) {
      const html = await (await page.request.get(path)).text()
      expect(html).toContain(`data-module-progress="0/${pathModule.routes.length}"`)
      await open(page, path)
      // A frame and a task later, so that any re-render scheduled by hydration has run.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
      expect(await page.evaluate(() => (window as unknown as { progressChanges: string[] }).progressChanges)).toEqual([])
      if (path !== './') await expect(toggleOf(page)).toBeEnabled()
    }
  })

  test('reference pages have no toggle', async ({ page }) => {
    const reference = manifest().modules.find((m) => m.kind !== 'path')!
    await open(page, relative(reference.pages[0]!.route))
    await expect(page.locator('[data-mark-done]')).toHaveCount(0)
  })
})

test.describe('unreadable stored progress', { tag: '@base-path' }, () => {
  const pathModule = firstModule()
  const stored = {
    'invalid JSON': '{"version":1,"done":[',
    'the wrong shape': JSON.stringify([pathModule.routes[0]]),
    'another version': JSON.stringify({ version: 99, done: pathModule.routes }),
    'unknown routes and junk': JSON.stringify({ version: 1, done: ['/no/such-page/', 42, null, '<script>', { route: pathModule.routes[0] }] }),
  }

  for (const [what, value] of Object.entries(stored)) {
    test(`is ignored: ${what}`, async ({ page }) => {
      const errors = watchErrors(page)
      // Stored once, before the first page loads, as if left there by an earlier visit.
      await page.addInitScript(
        ([key, raw]) => {
          if (sessionStorage.getItem('seeded')) return
          localStorage.setItem(key!, raw!)
          sessionStorage.setItem('seeded', 'yes')
        },
        [PROGRESS_STORAGE_KEY, value],
      )
      await open(page, relative(pathModule.routes[0]!))
      await expect(toggleOf(page)).toBeEnabled()
      await expect(toggleOf(page)).not.toBeChecked()
      await expect(sidebarModule(page, pathModule.slug).locator('summary')).toContainText(`0/${pathModule.routes.length}`)
      // Marking a page replaces what could not be read with data that can.
      await toggleOf(page).check()
      const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_STORAGE_KEY)
      expect(saved).toEqual({ version: 1, done: expect.arrayContaining([pathModule.routes[0]]) })
      for (const route of saved.done) expect(route).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/)
      await open(page, './')
      await expect(page.locator(`[data-learning-path] > li[data-module="${pathModule.slug}"]`)).toContainText(`1 of ${pathModule.routes.length} pages done`)
      expect(errors).toEqual([])
    })
  }

  test('is kept in memory when localStorage throws', async ({ page }) => {
    const errors = watchErrors(page)
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('storage is disabled', 'SecurityError')
      }
      Storage.prototype.getItem = refuse
      Storage.prototype.setItem = refuse
    })
    await open(page, relative(pathModule.routes[0]!))
    await toggleOf(page).check()
    await expect(toggleOf(page)).toBeChecked()
    await expect(page.locator('[data-module-summary]')).toContainText(`1 of ${pathModule.routes.length} pages of ${pathModule.title} done`)
    expect(errors).toEqual([])
  })
})
