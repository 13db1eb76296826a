import { expect, test } from '@playwright/test'
import { open, pathPages, relative } from './site'

test('printing a lesson leaves out the navigation and keeps the content', async ({ page }) => {
  await open(page, relative(pathPages()[0]!.route))
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header[data-site-header]')).toBeHidden()
  await expect(page.locator('.sidebar')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Previous and next pages' })).toBeHidden()
  await expect(page.locator('[data-copy-button]').first()).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.prose')).toBeVisible()
})
