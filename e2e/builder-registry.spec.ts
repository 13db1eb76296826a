import { expect, test } from '@playwright/test'
import { registryBuilder } from '../lib/builders/registry'
import type { RegistryState } from '../lib/builders/registry/state'
import { expectOutputs, expectStateInUrl, ready, retype } from './builder-page'
import { open, reload } from './site'

test.describe('the private registry builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('is filled with the keyboard, copies exactly what it shows, and keeps its state in the URL', async ({ page }) => {
    await open(page, 'tools/registry/')
    const builder = page.locator('[data-builder="registry"]')
    await ready(builder)
    await expectOutputs(builder, registryBuilder, registryBuilder.start)

    await builder.getByLabel('Host name clients use').focus()
    await retype(page, 'registry.example.com')
    await builder.getByLabel('Require a password (htpasswd)').focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await expect(builder.getByLabel('User name')).toBeFocused()
    await retype(page, 'alice')
    await builder.getByLabel('Serve HTTPS with a self-signed certificate').focus()
    await page.keyboard.press('Space')
    await builder.getByLabel('Install the certificate in certs.d (recommended)').focus()
    await page.keyboard.press('Space')

    const state: RegistryState = { ...registryBuilder.start, host: 'registry.example.com', auth: true, user: 'alice', tls: true, trust: 'certs-d' }
    await expectOutputs(builder, registryBuilder, state)
    await expect(builder.locator('[data-command-output="certs-copy"]')).toHaveText('sudo cp certs/domain.crt /etc/docker/certs.d/registry.example.com:5000/ca.crt')

    const copy = builder.locator('[data-output="certificate"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await builder.locator('[data-command-output="certificate"]').textContent())

    await expectStateInUrl(page, registryBuilder, state)
    await reload(page)
    await ready(builder)
    await expectOutputs(builder, registryBuilder, state)
    await expect(builder.getByLabel('User name')).toHaveValue('alice')
  })

  test('shows an error beside the field and no commands while the input is invalid', async ({ page }) => {
    await open(page, 'tools/registry/')
    const builder = page.locator('[data-builder="registry"]')
    await ready(builder)
    const host = builder.getByLabel('Host name clients use')
    await host.fill('registry.example.com:5000')
    const id = await host.getAttribute('id')
    await expect(host).toHaveAttribute('aria-invalid', 'true')
    await expect(builder.locator(`#${id}-error`)).toHaveText('Enter the host name without a port: the port has its own field.')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
    await host.fill('registry.example.com')
    await expect(builder.locator('[data-command-output="run"]')).toBeVisible()
  })

  test('writes daemon.json for insecure-registries as valid JSON, under a danger warning with its lesson', async ({ page }) => {
    await open(page, 'tools/registry/')
    const builder = page.locator('[data-builder="registry"]')
    await ready(builder)
    await builder.getByLabel('Host name clients use').fill('registry.lab')
    await builder.getByLabel('insecure-registries in daemon.json').check()
    const json = await builder.locator('[data-command-output="daemon-json"]').textContent()
    expect(JSON.parse(json!)).toEqual({ 'insecure-registries': ['registry.lab:5000'] })
    const warning = builder.locator('[data-warning="insecure-registries"]')
    await expect(warning).toHaveClass(/callout-danger/)
    await expect(warning.locator('[data-lesson-link]')).toHaveAttribute('href', /\/registries\/trusting-certificates\/#not-recommended-insecure-registries$/)
  })

  test('is embedded in the lesson on securing a registry, starting from its preset', async ({ page }) => {
    await open(page, 'registries/securing-a-registry/')
    const builder = page.locator('[data-builder="registry"][data-embedded]')
    const secured = registryBuilder.presets.find((p) => p.id === 'secured')!.state
    await expectOutputs(builder, registryBuilder, secured)
  })

  test('fits a 360 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await open(page, 'tools/registry/')
    await expect(page.locator('[data-builder="registry"] [data-command-output]').first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  })
})
