import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { buildSearchIndex } from '../lib/search/build-index'
import { SEARCH_INDEX_PATH } from '../lib/search/index-path'
import { allPageData, open, pathPages, relative, reload } from './site'

// Queries come from the content the export was built from, so the specs follow the content.

/** A flag (`--memory`) that only one section mentions, and not its page's title or summary. */
function uniqueFlag(): { flag: string; href: string } {
  const places = new Map<string, Set<string>>()
  for (const page of allPageData()) {
    const pageWide = [page.title, page.description, ...(page.objectives ?? []), ...(page.tags ?? [])].join(' ')
    for (const section of page.sections) {
      for (const [flag] of `${section.text} ${section.code}`.matchAll(/(?<![\w-])--[a-z][a-z-]*[a-z](?![\w-])/g)) {
        const href = section.id ? `${page.route}#${section.id}` : page.route
        const set = places.get(flag) ?? new Set()
        set.add(pageWide.includes(flag) ? 'page-wide' : href)
        places.set(flag, set)
      }
    }
  }
  const [flag, hrefs] = [...places].filter(([, set]) => set.size === 1 && !set.has('page-wide')).sort(([a], [b]) => a.localeCompare(b))[0] ?? []
  if (!flag || !hrefs) throw new Error('no flag is mentioned in exactly one section')
  return { flag, href: [...hrefs][0]! }
}

/** A section heading with one long word misspelt (a letter left out), and the section's link. */
function misspeltHeading(): { query: string; typo: string; href: string } {
  for (const page of allPageData()) {
    for (const section of page.sections) {
      const heading = section.headingPath[section.headingPath.length - 1]!
      const word = section.id ? heading.split(/\s+/).find((w) => /^[A-Za-z]{8,}$/.test(w)) : undefined
      if (word) {
        const typo = word.slice(0, 3) + word.slice(4)
        return { query: heading.replace(word, typo), typo, href: `${page.route}#${section.id}` }
      }
    }
  }
  throw new Error('no section heading has a word of eight letters or more')
}

const resultHrefs = (page: Page) => page.locator('a[data-search-result]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))

/** A link as the page writes it: under the base path of the project's export. */
function siteHref(href: string): string {
  return `${new URL(test.info().project.use.baseURL!).pathname.replace(/\/$/, '')}${href}`
}

function indexRequests(page: Page): string[] {
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith(SEARCH_INDEX_PATH)) requests.push(request.url())
  })
  return requests
}

test.describe('search', { tag: '@base-path' }, () => {
  test('opens with Ctrl+K and /, moves with the arrow keys, opens a result with Enter, closes with Esc', async ({ page }) => {
    const requests = indexRequests(page)
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await open(page, relative(pathPages()[0]!.route))
    const loadedScripts = scripts.length
    expect(requests, 'the index is fetched only when search is opened').toEqual([])

    const dialog = page.getByRole('dialog', { name: 'Search the guide' })
    const input = dialog.getByRole('combobox', { name: 'Search the guide' })
    await page.keyboard.press('Control+k')
    await expect(dialog).toBeVisible()
    await expect(input).toBeFocused()
    expect(scripts.length, 'the dialog and engine code load lazily').toBeGreaterThan(loadedScripts)

    await input.fill(pathPages()[1]!.title)
    const options = dialog.getByRole('option')
    await expect(options.nth(2)).toBeVisible()
    expect(requests).toHaveLength(1)
    await expect(options.first()).toHaveAttribute('aria-selected', 'true')
    await expect(options.first()).toHaveAttribute('href', siteHref(pathPages()[1]!.route))
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!)
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(options.last()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')

    // Tabbing never leaves the modal dialog for the page behind it.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      const where = await dialog.evaluate((d) => (d.contains(document.activeElement) ? 'dialog' : document.activeElement === document.body ? 'browser' : 'page'))
      expect(where).not.toBe('page')
    }
    await input.focus()

    const target = (await options.nth(1).getAttribute('href'))!
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    await expect(dialog).toBeHidden()
    const id = target.split('#')[1]
    if (id) await expect(page.locator(`[id="${id}"]`)).toBeInViewport()

    // `/` opens search too, and Esc closes it and gives focus back.
    const button = page.getByRole('button', { name: /^Search/ })
    await button.focus()
    await page.keyboard.press('/')
    await expect(dialog).toBeVisible()
    await expect(input).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()
    expect(requests, 'the index is fetched once per page load').toHaveLength(1)
  })

  test('/search?q= shows the results on load, keeps the query in the URL and survives a reload', async ({ page }) => {
    const lesson = pathPages()[2]!
    await open(page, `search/?q=${encodeURIComponent(lesson.title)}`)
    const input = page.getByRole('searchbox', { name: 'Search the guide' })
    await expect(input).toHaveValue(lesson.title)
    const first = page.locator('a[data-search-result]').first()
    await expect(first).toHaveAttribute('href', siteHref(lesson.route))

    const { query, href } = misspeltHeading()
    await input.fill(query)
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replace(/%20/g, '(\\+|%20)')}$`))
    // The results follow the typing: wait for those of the new query before reading them.
    await expect.poll(async () => (await resultHrefs(page)).slice(0, 3)).toContain(siteHref(href))
    const results = await resultHrefs(page)
    await reload(page)
    await expect(input).toHaveValue(query)
    await expect.poll(() => resultHrefs(page)).toEqual(results)
  })

  test('finds a section despite a typo', async ({ page }) => {
    const { query, typo, href } = misspeltHeading()
    await open(page, `search/?q=${encodeURIComponent(typo)}`)
    await expect(page.locator('a[data-search-result]').first()).toBeVisible()
    await open(page, `search/?q=${encodeURIComponent(query)}`)
    await expect(page.locator('a[data-search-result]').first()).toBeVisible()
    expect((await resultHrefs(page)).slice(0, 3)).toContain(siteHref(href))
  })

  test('finds a flag as typed, and marks it in the excerpt', async ({ page }) => {
    const { flag, href } = uniqueFlag()
    await open(page, `search/?q=${encodeURIComponent(flag)}`)
    const first = page.locator('a[data-search-result]').first()
    await expect(first).toHaveAttribute('href', siteHref(href))
    await expect(first.locator('mark', { hasText: flag }).first()).toBeVisible()
  })

  test('says so when the index cannot be fetched, and the retry works', async ({ page }) => {
    await page.route(`**${SEARCH_INDEX_PATH}`, (route) => route.abort('internetdisconnected'))
    const lesson = pathPages()[1]!
    await open(page, `search/?q=${encodeURIComponent(lesson.title)}`)
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' })
    await expect(alert).toContainText('The search index could not be loaded.')
    await page.unroute(`**${SEARCH_INDEX_PATH}`)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.locator('a[data-search-result]').first()).toHaveAttribute('href', siteHref(lesson.route))
    await expect(alert).toBeHidden()

    // The same in the dialog, on another page.
    await page.route(`**${SEARCH_INDEX_PATH}`, (route) => route.fulfill({ status: 503, body: 'unavailable' }))
    await open(page, relative(lesson.route))
    await page.getByRole('button', { name: /^Search/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Search the guide' })
    await expect(dialog.getByRole('alert')).toContainText('The search index could not be loaded.')
    await page.unroute(`**${SEARCH_INDEX_PATH}`)
    await dialog.getByRole('button', { name: 'Try again' }).click()
    await dialog.getByRole('combobox').fill(lesson.title)
    await expect(dialog.getByRole('option').first()).toBeVisible()
  })
})

test.describe('search results', () => {
  test('show markup from the content as text', async ({ page }) => {
    const index = buildSearchIndex([
      {
        route: '/foundations/layers/',
        title: 'Markup',
        description: 'A section that talks about HTML.',
        moduleTitle: 'Fixture',
        sections: [{ id: 'html', headingPath: ['Markup', 'Images in <b>HTML</b>'], text: 'Write <img src=x onerror=alert(1)> to embed an image.', code: '' }],
      },
    ])
    await page.route(`**${SEARCH_INDEX_PATH}`, (route) => route.fulfill({ json: index }))
    let alerted = false
    page.on('dialog', (dialog) => {
      alerted = true
      void dialog.dismiss()
    })
    await open(page, 'search/?q=onerror')
    const result = page.locator('a[data-search-result]').first()
    await expect(result).toContainText('Write <img src=x onerror=alert(1)> to embed an image.')
    await expect(result).toContainText('Images in <b>HTML</b>')
    await expect(result.locator('img, b')).toHaveCount(0)
    expect(alerted).toBe(false)
  })

  test('reopens when the shortcut comes before the close event of the Esc just pressed', async ({ page }) => {
    await open(page, relative(pathPages()[0]!.route))
    const dialog = page.getByRole('dialog', { name: 'Search the guide' })
    await page.keyboard.press('Control+k')
    await expect(dialog).toBeVisible()
    // What Esc then Ctrl+K in quick succession do: the dialog closes at once, but its close event
    // is queued, and the shortcut's keydown can be handled before it arrives.
    await page.evaluate(() => {
      document.querySelector<HTMLDialogElement>('dialog[open]')!.close()
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }))
    })
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)))
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('combobox', { name: 'Search the guide' })).toBeFocused()
  })

  test('typing a slash in a field does not open the dialog', async ({ page }) => {
    await open(page, 'search/')
    const input = page.getByRole('searchbox', { name: 'Search the guide' })
    await input.pressSequentially('cmd/entrypoint')
    await expect(input).toHaveValue('cmd/entrypoint')
    await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeHidden()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`meet WCAG 2.1 A/AA in the dialog and on the search page (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await open(page, relative(pathPages()[0]!.route))
      await page.keyboard.press('Control+k')
      await page.getByRole('combobox', { name: 'Search the guide' }).fill(pathPages()[1]!.title)
      await expect(page.getByRole('option').nth(1)).toBeVisible()
      const dialogScan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(dialogScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

      await open(page, `search/?q=${encodeURIComponent(pathPages()[1]!.title)}`)
      await expect(page.locator('a[data-search-result]').nth(1)).toBeVisible()
      const pageScan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(pageScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }

  test('the dialog fits a 360 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await open(page, relative(pathPages()[0]!.route))
    await page.getByRole('button', { name: /^Search/ }).click()
    await page.getByRole('combobox', { name: 'Search the guide' }).fill(pathPages()[1]!.title)
    const dialog = page.getByRole('dialog', { name: 'Search the guide' })
    await expect(dialog.getByRole('option').first()).toBeVisible()
    const box = (await dialog.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(360)
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0)
  })
})
