import { expect, test } from '@playwright/test'
import { commandKey } from '../lib/content/cheat-sheet'
import { extractDockerCommands } from '../lib/content/commands'
import { allPageData, manifest, open, relative } from './site'

const cheatSheet = () => manifest().modules.flatMap((m) => m.pages).find((p) => p.slug === 'cheat-sheet')!

interface ListedSection {
  href: string
  commands: string[]
}

test.describe('the cheat sheet', { tag: '@base-path' }, () => {
  test('lists every docker command in the guide once, and each section link leads to the commands', async ({ page }) => {
    // It opens every page that has a command on it: several dozen pages in one test.
    test.slow()
    await open(page, relative(cheatSheet().route))
    const sections: ListedSection[] = await page.locator('[data-cheat-section]').evaluateAll((elements) =>
      elements.map((element) => ({
        href: element.querySelector(':scope > p > a')!.getAttribute('href')!,
        commands: [...element.querySelectorAll('.cheat-commands > li code')].map((code) => code.textContent ?? ''),
      })),
    )
    const listed = sections.flatMap((section) => section.commands.map(commandKey))
    const inContent = allPageData().flatMap((p) => extractDockerCommands(p).commands.map((c) => commandKey(c.text)))
    expect(listed.length).toBeGreaterThan(0)
    expect(new Set(listed).size).toBe(listed.length)
    expect(new Set(listed)).toEqual(new Set(inContent))

    // Each page once, with every section the sheet links to on it.
    const byPage = new Map<string, ListedSection[]>()
    for (const section of sections) {
      const pagePath = section.href.split('#')[0]!
      byPage.set(pagePath, [...(byPage.get(pagePath) ?? []), section])
    }
    for (const [pagePath, onPage] of byPage) {
      // The href carries the base path, so it is opened from the site's origin.
      await page.goto(pagePath)
      const hashes = onPage.map((section) => decodeURIComponent(section.href.split('#')[1] ?? ''))
      const codeBySection = await page.evaluate((ids) => {
        const prose = document.querySelector('.prose')!
        return ids.map((id) => {
          const heading = id ? document.getElementById(id)?.closest('.heading-wrapper') : null
          if (id && !heading) return null
          // A section runs from its heading to the next h2 or h3 (or from the top to the first heading).
          const texts: string[] = []
          let node = heading ? heading.nextElementSibling : prose.firstElementChild
          while (node && !node.matches('.heading-wrapper.level-h2, .heading-wrapper.level-h3')) {
            for (const pre of node.matches('pre') ? [node] : node.querySelectorAll('pre')) texts.push(pre.textContent ?? '')
            node = node.nextElementSibling
          }
          return texts.join('\n')
        })
      }, hashes)
      onPage.forEach((section, i) => {
        const code = codeBySection[i]
        expect(code, `${section.href} exists`).not.toBeNull()
        const shown = commandKey(code!.replace(/^\$ /gm, ''))
        for (const command of section.commands) expect(shown, `${section.href} shows ${command}`).toContain(commandKey(command))
      })
    }
  })

  test('copies a command exactly as listed', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await open(page, relative(cheatSheet().route))
    const entry = page.locator('.cheat-commands > li').nth(2)
    const command = await entry.locator('code').textContent()
    await entry.getByRole('button').click()
    await expect(entry.getByRole('button')).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command)
  })

  test('prints without copy buttons or the jump list', async ({ page }) => {
    await open(page, relative(cheatSheet().route))
    await expect(page.locator('.cheat-commands > li [data-copy-button]').first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.cheat-commands > li code').first()).toBeVisible()
    await expect(page.locator('.cheat-commands > li [data-copy-button]').first()).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Cheat sheet modules' })).toBeHidden()
  })
})
