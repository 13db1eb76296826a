import { expect, test } from '@playwright/test'
import { dockerfileBuilder } from '../lib/builders/dockerfile'
import type { DockerfileState } from '../lib/builders/dockerfile/state'
import { expectExactText, expectStateInUrl, modelOutput, ready, retype } from './builder-page'
import { open, reload } from './site'

/** What the model writes for a state: what the page must show and copy. */
const expected = (state: DockerfileState, id: string) => modelOutput(dockerfileBuilder, state, id)

test.describe('the Dockerfile composer', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('can be filled with the keyboard, copied, and reloaded from the URL', async ({ page }) => {
    await open(page, 'tools/dockerfile/')
    const builder = page.locator('[data-builder="dockerfile"]')
    await ready(builder)
    const dockerfile = builder.locator('[data-command-output="dockerfile"]')
    await expectExactText(dockerfile, expected(dockerfileBuilder.start, 'dockerfile'))
    await expectExactText(builder.locator('[data-command-output="command"]'), expected(dockerfileBuilder.start, 'command'))

    await builder.getByLabel('Base image', { exact: true }).focus()
    await retype(page, 'python:3.13-alpine')
    await expect(builder.getByText(/^Alpine: the smallest/)).toBeVisible()
    await builder.getByRole('radio', { name: /Create a user/ }).focus()
    await page.keyboard.press('Space')
    await builder.getByLabel('User name').focus()
    await retype(page, 'app')
    await page.keyboard.press('Tab')
    await expect(builder.getByLabel('UID and GID')).toBeFocused()
    await page.keyboard.type('10001')

    const state: DockerfileState = { ...dockerfileBuilder.start, image: 'python:3.13-alpine', userMode: 'create', userName: 'app', uid: '10001' }
    await expectExactText(dockerfile, expected(state, 'dockerfile'))
    await expect(dockerfile).toContainText('RUN addgroup -S -g 10001 app \\\n    && adduser -S -u 10001 -G app app')
    await expect(dockerfile).toContainText('USER 10001:10001')

    const copy = builder.locator('[data-output="dockerfile"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await dockerfile.textContent())

    await expectStateInUrl(page, dockerfileBuilder, state)
    await reload(page)
    await ready(builder)
    await expectExactText(dockerfile, expected(state, 'dockerfile'))
    await expect(builder.getByLabel('User name')).toHaveValue('app')
  })

  test('shows the error beside the field and no output while the input is invalid', async ({ page }) => {
    await open(page, 'tools/dockerfile/')
    const builder = page.locator('[data-builder="dockerfile"]')
    await ready(builder)
    const workdir = builder.getByLabel('Working directory (WORKDIR)')
    await workdir.fill('app')
    const id = await workdir.getAttribute('id')
    await expect(workdir).toHaveAttribute('aria-invalid', 'true')
    await expect(workdir).toHaveAttribute('aria-describedby', new RegExp(`${id}-error`))
    await expect(builder.locator(`#${id}-error`)).toHaveText('This path is in the image, and absolute: start it with /.')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
    await workdir.fill('/app')
    await expect(builder.locator('[data-command-output]')).toHaveCount(3)
  })

  test('warns when the health check needs a program the image lacks, with the lesson', async ({ page }) => {
    await open(page, 'tools/dockerfile/')
    const builder = page.locator('[data-builder="dockerfile"]')
    await ready(builder)
    await builder.getByLabel('Check with').selectOption('curl')
    const warning = builder.locator('[data-warning="health-tool"]')
    await expect(warning).toContainText('has no curl')
    await expect(warning.locator('[data-lesson-link]')).toHaveAttribute('href', /\/building-images\/users-healthchecks-signals\/#healthcheck-is-it-working$/)
  })
})

test.describe('the Dockerfile composer in the multi-stage lesson', { tag: '@base-path' }, () => {
  test('starts from the Go preset', async ({ page }) => {
    await open(page, 'building-images/multi-stage-builds/')
    const builder = page.locator('[data-builder="dockerfile"][data-embedded]')
    const go = dockerfileBuilder.presets.find((p) => p.id === 'go')!.state
    await expectExactText(builder.locator('[data-command-output="dockerfile"]'), expected(go, 'dockerfile'))
    await expect(builder.locator('[data-command-output="dockerfile"]')).toContainText('COPY --from=build /out/server ./server')
  })
})
