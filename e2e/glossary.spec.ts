import { expect, test } from '@playwright/test'
import { manifest, open, pathPages, relative } from './site'

const glossary = () => manifest().modules.flatMap((m) => m.pages).find((p) => p.slug === 'glossary')!

test.describe('the glossary', { tag: '@base-path' }, () => {
  test('a lesson links the first use of a term to its glossary entry', async ({ page }) => {
    const lesson = pathPages().find((p) => p.slug === 'images-and-containers') ?? pathPages()[0]!
    await open(page, relative(lesson.route))
    const links = page.locator('.prose a.glossary-link')
    expect(await links.count()).toBeGreaterThan(3)
    const terms = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLElement).dataset.glossaryTerm))
    expect(new Set(terms).size, 'each term is linked once per page').toBe(terms.length)
    await expect(page.locator('.prose :is(h2, h3, h4, pre, code, kbd) a.glossary-link')).toHaveCount(0)

    // Nothing in the prose before the link uses the linked word: it is the first use.
    const first = links.first()
    const word = (await first.textContent())!
    const earlier = await first.evaluate((link) => {
      const prose = link.closest('.prose')!
      const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT)
      let text = ''
      while (walker.nextNode()) {
        const node = walker.currentNode
        if (link.contains(node) || link.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break
        if (!node.parentElement?.closest('h2, h3, h4, pre, code, kbd, a')) text += node.textContent
      }
      return text
    })
    expect(earlier.toLowerCase()).not.toMatch(new RegExp(`\\b${word.toLowerCase()}\\b`))

    const term = (await first.getAttribute('data-glossary-term'))!
    await first.click()
    await expect(page).toHaveURL(new RegExp(`${glossary().route}#${term}$`))
    const entry = page.locator(`[id="${term}"]`)
    await expect(entry).toBeInViewport()
    await expect(entry.locator('dt')).toHaveText(new RegExp(word.replace(/s$/i, ''), 'i'))
  })

  test('each entry links to the section of the guide that explains it', async ({ page }) => {
    await open(page, relative(glossary().route))
    const entries = page.locator('[data-glossary] .glossary-entry')
    expect(await entries.count()).toBeGreaterThanOrEqual(30)
    await expect(page.locator('.prose a.glossary-link')).toHaveCount(0)
    const entry = page.locator('[data-term="layer"]')
    const explained = entry.locator('.glossary-see a')
    const label = (await explained.textContent())!
    await explained.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label.split(' › ')[0]!)
    const hash = new URL(page.url()).hash
    if (hash) await expect(page.locator(`[id="${hash.slice(1)}"]`)).toHaveText(label.split(' › ')[1]!)
  })
})
