import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { open, sitemapPaths } from './site'

/** The first page of the export that shows a diagram. */
function pageShowing(name: string): string | undefined {
  return sitemapPaths().find((page) => {
    const file = path.join('out', page, 'index.html')
    return fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(`data-diagram="${name}"`)
  })
}

async function openDiagram(page: Page, name: string) {
  const where = pageShowing(name)
  test.skip(!where, `${name} is not placed on any page yet`)
  await open(page, where!)
  const root = page.locator(`[data-diagram="${name}"]`)
  await root.scrollIntoViewIfNeeded()
  return root
}

test.describe('the build cache diagram', { tag: '@base-path' }, () => {
  test('picking the changed line by keyboard shows and announces what the cache reuses', async ({ page }) => {
    const root = await openDiagram(page, 'build-cache')
    const summary = root.locator('[data-summary]')
    await expect(summary).toHaveAttribute('aria-live', 'polite')
    const rebuilt = root.locator('[data-step][data-status="rebuilt"]')

    // Source copied first: a code change reinstalls the dependencies.
    await expect(summary).toHaveText('After a change to “COPY . .”, the build reuses 2 steps from the cache and runs 4 steps again, including the slow “RUN npm ci --omit=dev”.')
    await expect(rebuilt).toHaveCount(4)

    const lines = root.getByRole('group', { name: 'Which line’s input changed?' })
    await lines.getByRole('radio', { checked: true }).focus()
    await page.keyboard.press('ArrowUp')
    await expect(lines.getByRole('radio', { name: /^WORKDIR \/app/ })).toBeChecked()
    await expect(summary).toHaveText('After a change to “WORKDIR /app”, the build reuses 1 step from the cache and runs 5 steps again, including the slow “RUN npm ci --omit=dev”.')
    await expect(rebuilt).toHaveCount(5)

    // Dependencies first: the same code change leaves the install cached.
    const order = root.getByRole('group', { name: 'Dockerfile order' })
    await order.getByRole('radio', { checked: true }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(order.getByRole('radio', { name: 'Fast to rebuild: dependencies first' })).toBeChecked()
    await root.getByRole('button', { name: 'server.js' }).focus()
    await page.keyboard.press('Enter')
    await expect(lines.getByRole('radio', { name: /^COPY \. \./ })).toBeChecked()
    await expect(summary).toHaveText('After a change to “COPY . .”, the build reuses 4 steps from the cache and runs 3 steps again.')
    await expect(root.locator('[data-step="RUN npm ci --omit=dev"]')).toHaveAttribute('data-status', 'cached')

    // A change to the dependency manifest reinstalls them, in either order.
    await root.getByRole('button', { name: 'package.json' }).focus()
    await page.keyboard.press('Enter')
    await expect(lines.getByRole('radio', { name: /^COPY package\.json package-lock\.json/ })).toBeChecked()
    await expect(root.locator('[data-step="RUN npm ci --omit=dev"]')).toHaveAttribute('data-status', 'rebuilt')
  })
})

test.describe('the CMD and ENTRYPOINT diagram', { tag: '@base-path' }, () => {
  test('editing by keyboard changes the process, and the change is announced', async ({ page }) => {
    const root = await openDiagram(page, 'entrypoint-cmd')
    const summary = root.locator('output[data-summary]')
    await expect(summary).toHaveAttribute('aria-live', 'polite')
    await expect(summary).toHaveText('The container runs: curl --help')

    const args = root.getByLabel('Arguments after the image')
    await args.focus()
    await page.keyboard.type('-fsS https://example.com')
    await expect(summary).toHaveText('The container runs: curl -fsS https://example.com')
    await expect(root.locator('[data-run-line]')).toHaveText('docker run my-curl -fsS https://example.com')
    const words = () => root.locator('[data-word]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-word')))
    expect(await words()).toEqual(['curl', '-fsS', 'https://example.com'])

    // --entrypoint replaces ENTRYPOINT; with no arguments the image's CMD is dropped as well.
    await root.getByRole('checkbox', { name: 'Pass --entrypoint' }).focus()
    await page.keyboard.press('Space')
    await root.getByLabel('--entrypoint value').focus()
    await page.keyboard.type('sh')
    await expect(summary).toHaveText('The container runs: sh -fsS https://example.com')
    await args.focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.press('Backspace')
    await expect(summary).toHaveText('The container runs: sh')
    expect(await words()).toEqual(['sh'])
    await expect(root.locator('[data-rules]')).toContainText('--entrypoint also clears the image’s CMD.')

    // A shell-form ENTRYPOINT runs through /bin/sh -c and ignores CMD.
    await root.getByRole('checkbox', { name: 'Pass --entrypoint' }).focus()
    await page.keyboard.press('Space')
    const entrypoint = root.getByLabel('ENTRYPOINT', { exact: true })
    await entrypoint.focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('curl')
    await expect(summary).toHaveText('The container runs: /bin/sh -c curl --help')
    await expect(root.locator('[data-word="--help"]')).toContainText('unused')

    // Nothing left to run is Docker's error.
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.press('Backspace')
    await root.getByLabel('CMD', { exact: true }).focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.press('Backspace')
    await expect(summary).toHaveText('The container does not start: docker: Error response from daemon: no command specified')
  })

  test('a JSON array of non-strings is refused beside its field', async ({ page }) => {
    const root = await openDiagram(page, 'entrypoint-cmd')
    const cmd = root.getByLabel('CMD', { exact: true })
    await cmd.fill('["sleep", 10]')
    await expect(cmd).toHaveAttribute('aria-invalid', 'true')
    await expect(cmd).toHaveAccessibleDescription(/arrays must be comprised of strings only/)
    await expect(root.locator('output[data-summary]')).toHaveText('Fix the highlighted field to see the command.')
  })
})
