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
