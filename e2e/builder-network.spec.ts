import { expect, test } from '@playwright/test'
import { networkBuilder } from '../lib/builders/network'
import type { NetworkState } from '../lib/builders/network/state'
import { expectOutputs, expectStateInUrl, ready, retype } from './builder-page'
import { open, reload } from './site'

test.describe('the network builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('is filled with the keyboard, copies exactly what it shows, and keeps its state in the URL', async ({ page }) => {
    await open(page, 'tools/network/')
    const builder = page.locator('[data-builder="network"]')
    await ready(builder)
    await expectOutputs(builder, networkBuilder, networkBuilder.start)

    await builder.getByLabel('Network name').focus()
    await retype(page, 'lab-net')
    await builder.getByRole('radio', { name: /^macvlan/ }).focus()
    await page.keyboard.press('Space')
    await builder.getByLabel('Parent interface').focus()
    await retype(page, 'eth0.50')
    await builder.getByLabel('Subnet').focus()
    await page.keyboard.type('192.168.50.0/24')
    await page.keyboard.press('Tab')
    await expect(builder.getByLabel('Gateway')).toBeFocused()
    await page.keyboard.type('192.168.50.1')
    await page.keyboard.press('Tab')
    await page.keyboard.type('192.168.50.192/27')

    const state: NetworkState = { ...networkBuilder.start, name: 'lab-net', driver: 'macvlan', parent: 'eth0.50', subnet: '192.168.50.0/24', gateway: '192.168.50.1', ipRange: '192.168.50.192/27' }
    await expectOutputs(builder, networkBuilder, state)
    await expect(builder.locator('[data-warning="macvlan-limits"] [data-lesson-link]')).toHaveAttribute('href', /\/networking\/network-drivers\/#macvlan$/)

    const copy = builder.locator('[data-output="create"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await builder.locator('[data-command-output="create"]').textContent())

    await expectStateInUrl(page, networkBuilder, state)
    await reload(page)
    await ready(builder)
    await expectOutputs(builder, networkBuilder, state)
    await expect(builder.getByLabel('Parent interface')).toHaveValue('eth0.50')
  })

  test('shows an error beside the gateway when it lies outside the subnet, and no commands', async ({ page }) => {
    await open(page, 'tools/network/')
    const builder = page.locator('[data-builder="network"]')
    await ready(builder)
    await builder.getByText('Addresses', { exact: true }).click()
    await builder.getByLabel('Subnet').fill('10.10.0.0/24')
    const gateway = builder.getByLabel('Gateway')
    await gateway.fill('10.20.0.1')
    const id = await gateway.getAttribute('id')
    await expect(gateway).toHaveAttribute('aria-invalid', 'true')
    await expect(builder.locator(`#${id}-error`)).toHaveText('The gateway must be an address inside 10.10.0.0/24.')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
    await gateway.fill('10.10.0.1')
    await expect(builder.locator('[data-command-output="create"]')).toHaveText('docker network create \\\n  --driver bridge \\\n  --subnet 10.10.0.0/24 \\\n  --gateway 10.10.0.1 \\\n  app-net')
  })

  test('is embedded in the lesson on user-defined networks, with the default bridge warning and its lesson', async ({ page }) => {
    await open(page, 'networking/user-defined-networks/')
    const builder = page.locator('[data-builder="network"][data-embedded]')
    await expectOutputs(builder, networkBuilder, networkBuilder.presets.find((p) => p.id === 'bridge')!.state)
    await expect(builder.locator('[data-warning="default-bridge"] [data-lesson-link]')).toHaveAttribute('href', /\/networking\/container-networking\/#no-names-on-the-default-bridge$/)
  })

  test('fits a 360 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await open(page, 'tools/network/')
    await expect(page.locator('[data-builder="network"] [data-command-output]').first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  })
})
