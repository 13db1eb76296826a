import { expect, test } from '@playwright/test'
import { defaultFields, inspectBuilder } from '../lib/builders/inspect'
import type { InspectState } from '../lib/builders/inspect/state'
import { expectExactText, expectStateInUrl, modelOutput, ready, retype } from './builder-page'
import { open, reload } from './site'

/** An inspect template, or for docker ps and image ls a list. */
const expectedCommand = (state: InspectState, id: 'inspect' | 'list' = 'inspect') => modelOutput(inspectBuilder, state, id)

test.describe('the inspect and format builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('builds a container inspect template with the keyboard, copies it, and keeps it in the URL', async ({ page }) => {
    await open(page, 'tools/inspect/')
    const builder = page.locator('[data-builder="inspect"]')
    await ready(builder)
    await expectExactText(builder.locator('[data-command-output="inspect"]'), expectedCommand(inspectBuilder.start))

    // Arrow keys move through a radio group; switching kind resets the fields.
    await builder.getByLabel('An image').focus()
    await page.keyboard.press('ArrowDown')
    await expect(builder.getByLabel('A container')).toBeChecked()
    await builder.getByLabel('Container', { exact: true }).focus()
    await retype(page, 'web')
    await builder.getByRole('button', { name: 'Add a field' }).press('Enter')
    const added = builder.getByRole('group', { name: 'Field 4' }).getByLabel('Field', { exact: true })
    await expect(added).toBeFocused()
    await added.selectOption({ label: 'Mounts' })
    await builder.getByLabel('Values only, on one line').focus()
    await page.keyboard.press('Space')

    const state: InspectState = { ...inspectBuilder.start, kind: 'container', name: 'web', fields: [...defaultFields('container'), { field: 'mounts' }], layout: 'values' }
    const command = builder.locator('[data-command-output="inspect"]')
    await expectExactText(command, expectedCommand(state))
    await expect(command).toContainText("'{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}no healthcheck{{end}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}} {{json .Mounts}}'")

    const copy = builder.locator('[data-output="inspect"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await command.textContent())

    await expect(builder.locator('[data-warning="health-needs-check"] [data-lesson-link]')).toHaveAttribute('href', /\/building-images\/users-healthchecks-signals\/#healthcheck-is-it-working$/)

    await expectStateInUrl(page, inspectBuilder, state)
    await reload(page)
    await ready(builder)
    await expectExactText(page.locator('[data-builder="inspect"] [data-command-output="inspect"]'), expectedCommand(state))
  })

  test('writes docker ps tables, and warns that stopped containers are left out without -a', async ({ page }) => {
    await open(page, 'tools/inspect/')
    const builder = page.locator('[data-builder="inspect"]')
    await ready(builder)
    await builder.getByLabel('The list of containers').check()
    const command = builder.locator('[data-command-output="list"]')
    const ps: InspectState = { ...inspectBuilder.start, kind: 'ps', fields: defaultFields('ps') }
    await expectExactText(command, expectedCommand(ps, 'list'))
    await expect(builder.locator('[data-warning="running-only"]')).toBeVisible()
    await builder.getByLabel('Stopped containers too (-a)').check()
    await expect(builder.locator('[data-warning="running-only"]')).toHaveCount(0)
    await builder.getByLabel('One line').check()
    await expectExactText(command, "docker ps -a --format 'table {{.ID}}\\t{{.Names}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}'")
  })

  test('shows the error beside the field and no command while the input is invalid', async ({ page }) => {
    await open(page, 'tools/inspect/')
    const builder = page.locator('[data-builder="inspect"]')
    await ready(builder)
    const image = builder.getByLabel('Image', { exact: true })
    await image.fill('Nginx:1.27')
    const id = await image.getAttribute('id')
    await expect(image).toHaveAttribute('aria-invalid', 'true')
    await expect(builder.locator(`#${id}-error`)).toHaveText('Repository names are lowercase: nginx.')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
  })

  test('is embedded in the inspecting images lesson', async ({ page }) => {
    await open(page, 'managing-images/inspecting-images/')
    const builder = page.locator('[data-builder="inspect"][data-embedded]')
    const preset = inspectBuilder.presets.find((p) => p.id === 'image-config')!.state
    await expectExactText(builder.locator('[data-command-output="inspect"]'), expectedCommand(preset))
  })

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 } })
    test('fits the screen without sideways scrolling', async ({ page }) => {
      await open(page, 'tools/inspect/')
      await page.locator('[data-builder="inspect"] [data-command-output]').first().waitFor()
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    })
  })
})
