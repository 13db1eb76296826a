import { expect, test } from '@playwright/test'
import { allPageData, open, relative } from './site'

/** A page with a shell session block: the copy must drop the $ prompts and the output. */
function pageWithPromptedBlock(): { route: string; index: number; copyText: string } {
  for (const page of allPageData()) {
    const index = page.codeBlocks.findIndex((block) => block.code.startsWith('$ ') && block.copyText !== block.code)
    if (index >= 0) return { route: page.route, index, copyText: page.codeBlocks[index]!.copyText }
  }
  throw new Error('no page has a shell session code block')
}

test.describe('code blocks', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a listing reached with Tab shows its whole focus ring inside the block, which clips what overflows it', async ({ page }) => {
    const target = pageWithPromptedBlock()
    await open(page, relative(target.route))
    const block = page.locator('[data-code-block]').nth(target.index)
    // Tab from the copy button, which comes before the listing.
    await block.locator('[data-copy-button]').focus()
    await page.keyboard.press('Tab')
    const listing = block.locator('pre')
    await expect(listing).toBeFocused()
    const ring = await listing.evaluate((pre) => {
      const style = getComputedStyle(pre)
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
      const own = pre.getBoundingClientRect()
      const clip = pre.closest('[data-code-block]')!.getBoundingClientRect()
      return { style: style.outlineStyle, inside: own.left - reach >= clip.left && own.right + reach <= clip.right && own.bottom + reach <= clip.bottom }
    })
    expect(ring).toEqual({ style: 'solid', inside: true })
  })

  test('the copy button copies the command without prompts or output, and says so', async ({ page }) => {
    const target = pageWithPromptedBlock()
    await open(page, relative(target.route))
    const block = page.locator('[data-code-block]').nth(target.index)
    await expect(block.locator('pre')).toContainText('$ ')
    const button = block.locator('[data-copy-button]')
    await button.click()
    await expect(button).toHaveAttribute('data-state', 'copied')
    await expect(button).toHaveAccessibleName('Copied')
    await expect(block.getByRole('status')).toHaveText('Copied to clipboard')
    const clipboard = await page.evaluate(() => navigator.clipboard.readText())
    expect(clipboard).toBe(target.copyText)
    expect(clipboard).not.toMatch(/^\$ /m)
    await expect(button).toHaveAttribute('data-state', 'idle', { timeout: 5000 })
  })

  test('code is highlighted at build time for both themes', async ({ page }) => {
    const target = pageWithPromptedBlock()
    await open(page, relative(target.route))
    const token = page.locator('[data-code-block] pre span[style*="--shiki-dark"]').first()
    await expect(token).toBeVisible()
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).join(' '))
    expect(scripts).not.toMatch(/shiki|highlight/i)
  })
})
