import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { diagramProblems, MIN_CONTRAST, MIN_FONT_PX } from './diagram-checks'
import { open, sitemapPaths } from './site'

/** Every diagram in the built export, with the first page that shows it (data-diagram="…"). */
function placedDiagrams(): { name: string; path: string }[] {
  const found = new Map<string, string>()
  for (const page of sitemapPaths()) {
    const file = path.join('out', page, 'index.html')
    if (!fs.existsSync(file)) continue
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/data-diagram="([^"]+)"/g)) {
      if (!found.has(match[1]!)) found.set(match[1]!, page)
    }
  }
  return [...found].map(([name, page]) => ({ name, path: page }))
}

const DIAGRAMS = placedDiagrams()
const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 740 },
}

test('the built pages show diagrams', () => {
  expect(DIAGRAMS.length).toBeGreaterThan(0)
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(`diagrams in the ${colorScheme} theme on ${viewportName}`, () => {
      test.use({ colorScheme, viewport })

      for (const diagram of DIAGRAMS) {
        test(`${diagram.name} reads well and looks as approved`, async ({ page }) => {
          await open(page, diagram.path)
          await page.evaluate(() => document.fonts.ready)
          // The sticky header would cover part of a tall diagram in its screenshot.
          await page.addStyleTag({ content: 'header[data-site-header] { position: static !important; }' })
          const figure = page.locator(`[data-diagram="${diagram.name}"]`).first()
          await figure.scrollIntoViewIfNeeded()
          expect(await figure.evaluate(diagramProblems, { minFontPx: MIN_FONT_PX, minContrast: MIN_CONTRAST })).toEqual([])
          await figure.scrollIntoViewIfNeeded()
          await expect(figure).toHaveScreenshot(`${diagram.name}-${colorScheme}-${viewportName}.png`, { maxDiffPixelRatio: 0.01 })
        })
      }
    })
  }
}

/** Text every chunk of one interactive diagram contains, to find where its code loads. */
const INTERACTIVE = [
  { name: 'build-cache', marker: 'Which line’s input changed?' },
  { name: 'entrypoint-cmd', marker: 'Arguments after the image' },
]

test.describe('interactive diagrams load their code only where they are shown', () => {
  for (const { name, marker } of INTERACTIVE) {
    test(name, async ({ page }) => {
      const placed = DIAGRAMS.find((diagram) => diagram.name === name)
      test.skip(!placed, `${name} is not placed on any page yet`)
      const elsewhere = sitemapPaths().find((p) => p.split('/').length > 2 && !DIAGRAMS.some((d) => d.path === p && INTERACTIVE.some((i) => i.name === d.name)))!
      const scripts = async (target: string) => {
        const bodies: string[] = []
        page.on('response', async (response) => {
          if (response.url().endsWith('.js')) bodies.push(await response.text().catch(() => ''))
        })
        await open(page, target)
        await page.waitForLoadState('networkidle')
        page.removeAllListeners('response')
        return bodies
      }
      expect((await scripts(placed!.path)).some((body) => body.includes(marker))).toBe(true)
      expect((await scripts(elsewhere)).some((body) => body.includes(marker))).toBe(false)
    })
  }
})
