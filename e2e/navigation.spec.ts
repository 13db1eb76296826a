import { expect, test, type Page } from '@playwright/test'
import { open, pathPages, relative } from './site'

/** A page reached by a link opens at its title, once any scrolling the navigation started is over. */
async function expectOpenedAtTop(page: Page, title: string) {
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(title)
  await expect
    .poll(async () => {
      const before = await page.evaluate(() => window.scrollY)
      await page.waitForTimeout(250)
      return before === (await page.evaluate(() => window.scrollY))
    })
    .toBe(true)
  await expect(heading).toBeInViewport()
}

test.describe('reading the guide', { tag: '@base-path' }, () => {
  test('the home page lists the learning path and opens its first page', async ({ page }) => {
    const [first] = pathPages()
    await open(page, './')
    const path = page.locator('[data-learning-path]')
    await expect(path.locator('> li')).not.toHaveCount(0)
    await page.getByRole('link', { name: 'Start the learning path' }).click()
    await expect(page).toHaveURL(new RegExp(`${first!.route}$`))
    await expectOpenedAtTop(page, first!.title)
  })

  test('the sidebar marks the current page and navigates to another', async ({ page, isMobile }) => {
    test.skip(isMobile === true, 'the desktop sidebar is hidden on phones')
    const [first, second] = pathPages()
    await open(page, relative(first!.route))
    const sidebar = page.locator('.sidebar').getByRole('navigation', { name: 'Guide' })
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveText(first!.sidebarTitle ?? first!.title)
    await sidebar.getByRole('link', { name: second!.sidebarTitle ?? second!.title, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${second!.route}$`))
    await expectOpenedAtTop(page, second!.title)
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveText(second!.sidebarTitle ?? second!.title)
  })

  test('a module can be collapsed and expanded in the sidebar', async ({ page }) => {
    const [first] = pathPages()
    await open(page, relative(first!.route))
    const details = page.locator(`.sidebar details[data-module="${first!.module}"]`)
    await expect(details).toHaveAttribute('open', '')
    const link = details.locator('a[aria-current="page"]')
    await expect(link).toBeVisible()
    await details.locator('summary').click()
    await expect(link).toBeHidden()
    await details.locator('summary').click()
    await expect(link).toBeVisible()
  })

  test('the table of contents jumps to a section and follows the scroll', async ({ page }) => {
    const target = pathPages().find((p) => p.readingMinutes >= 3) ?? pathPages()[0]!
    await open(page, relative(target.route))
    const toc = page.locator('[data-toc]')
    const links = toc.getByRole('link')
    const count = await links.count()
    expect(count).toBeGreaterThan(2)
    const last = links.nth(count - 1)
    const id = (await last.getAttribute('href'))!.slice(1)
    await last.click()
    await expect(page).toHaveURL(new RegExp(`#${id}$`))
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport()
    await expect(last).toHaveAttribute('aria-current', 'true')
    // Scrolling back to the top moves the marker to the first section.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
    await expect(links.first()).toHaveAttribute('aria-current', 'true')
  })

  test('on a wide screen the article keeps its width whether or not the table of contents is there yet', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the table of contents column is only on wide screens')
    // A browser paints a long page before it has read the column after the article; if the
    // article's width depended on that column, the page would shift once it arrived.
    await page.setViewportSize({ width: 1366, height: 800 })
    await open(page, 'security/capabilities-and-seccomp/')
    const widths = await page.evaluate(() => {
      const article = document.querySelector('article')!
      const before = article.getBoundingClientRect().width
      document.querySelector('.toc-column')!.remove()
      return [before, article.getBoundingClientRect().width]
    })
    expect(widths[0]).toBeGreaterThan(600)
    expect(widths[1]).toBe(widths[0])
  })

  test('previous and next links walk the learning path in order, each page opening at its top', async ({ page }) => {
    const pages = pathPages()
    await open(page, relative(pages[0]!.route))
    await expect(page.locator('[data-prev]')).toHaveCount(0)
    // The links are at the foot of the page.
    await page.locator('[data-next]').click()
    await expectOpenedAtTop(page, pages[1]!.title)
    await page.locator('[data-next]').click()
    await expectOpenedAtTop(page, pages[2]!.title)
    await page.locator('[data-prev]').click()
    await expectOpenedAtTop(page, pages[1]!.title)
  })

  test('breadcrumbs, reading time and heading anchors are on every lesson', async ({ page }) => {
    const lesson = pathPages()[1]!
    await open(page, relative(lesson.route))
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('link', { name: 'Home' })).toBeVisible()
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(lesson.title)
    await expect(page.locator('[data-reading-time]')).toHaveText(`${lesson.readingMinutes} min read`)
    const anchor = page.locator('.heading-anchor').first()
    const href = await anchor.getAttribute('href')
    await anchor.focus()
    await anchor.press('Enter')
    await expect(page).toHaveURL(new RegExp(`${href}$`))
  })

  test('the skip link moves keyboard focus to the content', async ({ page }) => {
    await open(page, relative(pathPages()[0]!.route))
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('#main-content')).toBeFocused()
  })
})
