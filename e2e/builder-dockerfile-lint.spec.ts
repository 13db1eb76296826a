import { expect, test } from '@playwright/test'
import { holdScripts, ready, retype } from './builder-page'
import { open, reload } from './site'

const BAD = ['FROM node:latest', 'WORKDIR app', 'CMD node server.js'].join('\n')
const GOOD = ['FROM node:22-alpine', 'WORKDIR /app', 'USER node', 'CMD ["node", "server.js"]'].join('\n')

test.describe('the Dockerfile linter', { tag: '@base-path' }, () => {
  test('shows findings with their lines as a Dockerfile is typed, keeps it in the URL, and clears them once fixed', async ({ page, baseURL }) => {
    await open(page, 'tools/dockerfile-lint/')
    const linter = page.locator('[data-dockerfile-lint]')
    await ready(linter)
    const summary = linter.getByRole('status')
    await expect(summary).toHaveText('Nothing to check yet.')

    await linter.getByLabel('Dockerfile', { exact: true }).focus()
    await page.keyboard.type(BAD)
    await expect(summary).toHaveText('4 warnings.')
    const findings = linter.locator('[data-finding]')
    expect(await findings.evaluateAll((items) => items.map((item) => `${item.getAttribute('data-line')} ${item.getAttribute('data-finding')}`))).toEqual([
      '1 base-latest',
      '1 root-user',
      '2 workdir-relative',
      '3 shell-form-cmd',
    ])
    const latest = linter.locator('[data-finding="base-latest"]')
    await expect(latest).toContainText('Line 1')
    await expect(latest).toContainText('Warning')
    await expect(latest.locator('.lint-source')).toHaveText('FROM node:latest')
    await expect(latest).toContainText('Why: latest is only the default tag name')
    await expect(latest).toContainText('Fix: Name a version')

    // The Dockerfile is in the URL: a reload shows the same findings.
    await expect.poll(() => new URL(page.url()).searchParams.get('dockerfile')).toBe(BAD)
    await reload(page)
    await ready(linter)
    await expect(linter.getByLabel('Dockerfile', { exact: true })).toHaveValue(BAD)
    await expect(findings).toHaveCount(4)

    // Fixing the Dockerfile makes every finding go.
    await linter.getByLabel('Dockerfile', { exact: true }).focus()
    await retype(page, GOOD)
    await expect(summary).toHaveText('No findings: this Dockerfile passes every check.')
    await expect(findings).toHaveCount(0)

    // "Learn more" leads to the lesson, under the base path too.
    await retype(page, 'FROM node:latest\nUSER node\n')
    // Once the URL has caught up with the typing, so its update cannot race the navigation.
    await expect.poll(() => new URL(page.url()).searchParams.get('dockerfile')).toBe('FROM node:latest\nUSER node\n')
    const link = linter.locator('[data-finding="base-latest"] [data-lesson-link]')
    await expect(link).toHaveText('Learn more about what latest means')
    await link.click()
    await expect(page).toHaveURL(`${baseURL}foundations/tags-and-digests/#what-latest-means`)
  })

  test('reports text that is not a Dockerfile instead of failing', async ({ page }) => {
    await open(page, 'tools/dockerfile-lint/')
    const linter = page.locator('[data-dockerfile-lint]')
    await ready(linter)
    const summary = linter.getByRole('status')
    await linter.getByLabel('Dockerfile', { exact: true }).focus()
    await page.keyboard.type('docker run -d -p 8080:80 nginx')
    await expect(summary).toHaveText('1 error.')
    await expect(linter.locator('[data-finding="not-a-dockerfile"]')).toContainText('Line 1')

    await retype(page, '# only a comment')
    await expect(linter.locator('[data-finding="empty-dockerfile"]')).toHaveCount(1)

    await retype(page, 'FROM alpine:3.20\nRUNN echo hi\nUSER 10001 # the app user')
    // The findings follow the typing: wait for them rather than read them once.
    await expect.poll(() => linter.locator('[data-finding]').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-line')} ${item.getAttribute('data-finding')} ${item.getAttribute('data-severity')}`))).toEqual([
      '2 unknown-instruction error',
      '3 trailing-comment error',
    ])

    // The example button and Clear work from the keyboard.
    await linter.getByRole('button', { name: 'Try an example' }).focus()
    await page.keyboard.press('Enter')
    await expect(summary).toHaveText('1 error, 8 warnings, 2 suggestions.')
    await linter.getByRole('button', { name: 'Clear' }).focus()
    await page.keyboard.press('Enter')
    await expect(summary).toHaveText('Nothing to check yet.')
  })

  test('in its lesson, starts from the example and leaves the page URL alone', async ({ page }) => {
    await open(page, 'building-images/buildkit/')
    const linter = page.locator('[data-dockerfile-lint]')
    await expect(linter.locator('[data-finding="trailing-comment"]')).toContainText('Line 5')
    await ready(linter)
    const before = page.url()
    await linter.getByLabel('Dockerfile', { exact: true }).focus()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type('USER www-data\n')
    await expect(linter.locator('[data-finding="root-user"]')).toHaveCount(0)
    await page.waitForTimeout(600)
    expect(page.url()).toBe(before)
  })

  test('in its lesson, keeps what the reader typed before its code arrived', async ({ page }) => {
    await open(page, 'building-images/buildkit/')
    await page.waitForLoadState('networkidle')
    const linter = page.locator('[data-dockerfile-lint]')
    await expect(page.locator('[data-deferred="dockerfile-lint"]')).not.toHaveAttribute('data-ready')
    const release = await holdScripts(page)
    const textarea = linter.getByLabel('Dockerfile', { exact: true })
    await textarea.focus()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type('USER www-data\n')
    release()
    await ready(linter)
    await expect(textarea).toHaveValue(/USER www-data\n$/)
    await expect(linter.locator('[data-finding="root-user"]')).toHaveCount(0)
    // The focus and the caret are where the reader left them.
    await page.keyboard.type('EXPOSE 8080')
    await expect(textarea).toHaveValue(/USER www-data\nEXPOSE 8080$/)
  })
})
