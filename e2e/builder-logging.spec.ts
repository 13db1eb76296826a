import { expect, test } from '@playwright/test'
import { loggingBuilder } from '../lib/builders/logging'
import type { LoggingState } from '../lib/builders/logging/state'
import { expectExactText, expectStateInUrl, modelOutput, ready, retype } from './builder-page'
import { open, reload } from './site'

const expected = (state: LoggingState, id: string) => modelOutput(loggingBuilder, state, id)

test.describe('the logging builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('writes daemon.json, the docker run options and docker logs as the keyboard fills it, and keeps it in the URL', async ({ page }) => {
    await open(page, 'tools/logging/')
    const builder = page.locator('[data-builder="logging"]')
    await ready(builder)
    const daemon = builder.locator('[data-command-output="daemon-json"]')
    await expectExactText(daemon, expected(loggingBuilder.start, 'daemon-json'))

    await builder.getByRole('radio', { name: /^json-file/ }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(builder.getByRole('radio', { name: /^local/ })).toBeChecked()
    await builder.getByLabel('Maximum size of a file').focus()
    await retype(page, '20m')
    await page.keyboard.press('Tab')
    await retype(page, '5')
    await builder.getByLabel('Since (--since)').focus()
    await retype(page, '2h')
    await builder.getByLabel('Keep following new lines (--follow)').focus()
    await page.keyboard.press('Space')

    const state: LoggingState = { ...loggingBuilder.start, driver: 'local', maxSize: '20m', maxFile: '5', since: '2h', follow: true }
    await expectExactText(daemon, expected(state, 'daemon-json'))
    expect(JSON.parse((await daemon.textContent())!)).toEqual({ 'log-driver': 'local', 'log-opts': { 'max-size': '20m', 'max-file': '5' } })
    await expectExactText(builder.locator('[data-command-output="run"]'), expected(state, 'run'))
    await expectExactText(builder.locator('[data-command-output="logs"]'), expected(state, 'logs'))

    const copy = builder.locator('[data-output="daemon-json"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await daemon.textContent())

    await expectStateInUrl(page, loggingBuilder, state)
    await reload(page)
    await ready(builder)
    await expectExactText(builder.locator('[data-command-output="logs"]'), expected(state, 'logs'))
    await expect(builder.getByLabel('Since (--since)')).toHaveValue('2h')
  })

  test('shows the error beside the field and no output while the input is invalid', async ({ page }) => {
    await open(page, 'tools/logging/')
    const builder = page.locator('[data-builder="logging"]')
    await ready(builder)
    const since = builder.getByLabel('Since (--since)')
    await since.fill('yesterday')
    const id = await since.getAttribute('id')
    await expect(since).toHaveAttribute('aria-invalid', 'true')
    await expect(builder.locator(`#${id}-error`)).toHaveText('Enter how far back, such as 10m or 2h, or a date such as 2025-01-31T10:00:00Z.')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
    await since.fill('2025-01-31T10:00:00Z')
    await expect(builder.locator('[data-command-output="logs"]')).toContainText('--since 2025-01-31T10:00:00Z')

    await builder.getByLabel('Maximum size of a file').fill('')
    await expect(builder.locator(`#${await builder.getByLabel('Compress rotated files').getAttribute('id')}-error`)).toContainText('Docker refuses compress')
    await builder.getByLabel('Compress rotated files').uncheck()
    await builder.getByLabel('Files to keep').fill('')
    await expect(builder.locator('[data-warning="unbounded"] [data-lesson-link]')).toHaveAttribute('href', /\/orchestration\/logging\/#logs-grow-unbounded$/)
  })
})

test.describe('the logging builder in the logging lesson', { tag: '@base-path' }, () => {
  test('starts from its preset and leaves the page URL alone', async ({ page }) => {
    await open(page, 'orchestration/logging/')
    const builder = page.locator('[data-builder="logging"][data-embedded]')
    await expectExactText(builder.locator('[data-command-output="daemon-json"]'), expected(loggingBuilder.start, 'daemon-json'))
    await ready(builder)
    await builder.getByLabel('Files to keep').fill('5')
    await expect(builder.locator('[data-command-output="run"]')).toContainText('--log-opt max-file=5')
    expect(new URL(page.url()).search).toBe('')
  })
})
