import { expect, test } from '@playwright/test'
import { open, pathPages, relative } from './site'

test.describe('on a 360 px phone', { tag: '@base-path' }, () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true })

  test('the navigation drawer opens, traps focus, closes with Esc and navigates', async ({ page }) => {
    const [first, second] = pathPages()
    await open(page, relative(first!.route))
    await expect(page.locator('.sidebar')).toBeHidden()
    const openButton = page.getByRole('button', { name: 'Open navigation' })
    await openButton.click()
    const drawer = page.getByRole('dialog', { name: 'Site navigation' })
    await expect(drawer).toBeVisible()
    await expect(drawer.locator('a[aria-current="page"]')).toHaveText(first!.sidebarTitle ?? first!.title)

    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    await expect(openButton).toBeFocused()

    await openButton.click()
    // Tabbing never reaches the page behind the modal drawer (between the last and the first
    // element of the drawer, the browser may briefly focus its own UI, where activeElement is body).
    let insideDrawer = 0
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab')
      const where = await drawer.evaluate((dialog) =>
        dialog.contains(document.activeElement) ? 'drawer' : document.activeElement === document.body ? 'browser' : 'page',
      )
      expect(where).not.toBe('page')
      if (where === 'drawer') insideDrawer++
    }
    expect(insideDrawer).toBeGreaterThan(10)
    await drawer.getByRole('link', { name: second!.sidebarTitle ?? second!.title, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${second!.route}$`))
    await expect(drawer).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title)
  })

  test('pages fit the screen without sideways scrolling', async ({ page }) => {
    for (const lesson of pathPages().slice(0, 5)) {
      await open(page, relative(lesson.route))
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, lesson.route).toBeLessThanOrEqual(0)
    }
  })

  test('the table of contents folds into "On this page"', async ({ page }) => {
    const lesson = pathPages().find((p) => p.readingMinutes >= 3) ?? pathPages()[0]!
    await open(page, relative(lesson.route))
    await expect(page.locator('[data-toc]')).toBeHidden()
    const disclosure = page.locator('[data-toc-mobile]')
    await disclosure.locator('summary').click()
    const link = disclosure.getByRole('link').first()
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${await link.getAttribute('href')}$`))
  })
})
