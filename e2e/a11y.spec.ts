import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { ready } from './builder-page'
import { open, sitemapPaths } from './site'

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`WCAG 2.1 A/AA in the ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    for (const path of [...sitemapPaths(), 'this-page-does-not-exist/']) {
      test(`/${path}`, async ({ page }) => {
        await page.goto(path)
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme)
        expect(await violations(page)).toEqual([])
      })
    }

    test('a builder showing an error beside a field, its summary and warnings', async ({ page }) => {
      await open(page, 'tools/run/')
      const builder = page.locator('[data-builder="run"]')
      await ready(builder)
      await builder.getByLabel('Image', { exact: true }).fill('Nginx')
      await expect(builder.locator('[data-error-summary]')).toBeVisible()
      await expect(builder.locator('[data-warning]').first()).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('the phone navigation drawer, open', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(sitemapPaths().find((path) => path.split('/').length > 2)!)
      await page.getByRole('button', { name: 'Open navigation' }).click()
      await expect(page.getByRole('dialog', { name: 'Site navigation' })).toBeVisible()
      expect(await violations(page)).toEqual([])
    })
  })
}
