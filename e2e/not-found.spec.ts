import { expect, test } from '@playwright/test'

test.describe('an unknown address', { tag: '@base-path' }, () => {
  test('gets the 404 page with status 404 and a way back', async ({ page, baseURL }) => {
    const response = await page.goto('this-page-does-not-exist/')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist')
    await expect(page).toHaveTitle(/Page not found/)
    // Styles load under the base path too.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe('absolute')
    await page.getByRole('link', { name: 'home page' }).click()
    await expect(page).toHaveURL(baseURL!)
    await expect(page.locator('[data-learning-path]')).toBeVisible()
  })
})
