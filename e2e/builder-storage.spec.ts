import { expect, test } from '@playwright/test'
import { storageBuilder } from '../lib/builders/storage'
import type { StorageState } from '../lib/builders/storage/state'
import { expectExactText, expectStateInUrl, modelOutput, ready, retype } from './builder-page'
import { open, reload } from './site'

const expected = (state: StorageState, id: string) => modelOutput(storageBuilder, state, id)

test.describe('the storage builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('writes the mount in both syntaxes as the keyboard fills it, copies it, and keeps it in the URL', async ({ page }) => {
    await open(page, 'tools/storage/')
    const builder = page.locator('[data-builder="storage"]')
    await ready(builder)
    const short = builder.locator('[data-command-output="short"]')
    const mount = builder.locator('[data-command-output="mount"]')
    await expectExactText(short, expected(storageBuilder.start, 'short'))
    await expectExactText(mount, expected(storageBuilder.start, 'mount'))

    await builder.getByRole('radio', { name: /^Volume/ }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(builder.getByRole('radio', { name: /^Bind mount/ })).toBeChecked()
    await builder.getByLabel('Host path').focus()
    await retype(page, './public')
    await page.keyboard.press('Tab')
    await expect(builder.getByLabel('Path in the container', { exact: true })).toBeFocused()
    await retype(page, '/srv/app')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(builder.getByLabel('Read-only', { exact: true })).toBeChecked()

    const state: StorageState = { ...storageBuilder.start, type: 'bind', source: './public', target: '/srv/app', readOnly: true }
    await expectExactText(short, expected(state, 'short'))
    await expectExactText(mount, expected(state, 'mount'))
    await expect(short).toContainText('-v ./public:/srv/app:ro')
    await expect(mount).toContainText('--mount type=bind,source=./public,target=/srv/app,readonly')
    await expect(builder.locator('[data-output="short"]')).toContainText('-v creates it as an empty folder')
    await expect(builder.locator('[data-warning="missing-host-path"] [data-lesson-link]')).toHaveAttribute('href', /\/storage\/storage-overview\/#the-one-behavioural-difference$/)

    const copy = builder.locator('[data-output="mount"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await mount.textContent())

    await expectStateInUrl(page, storageBuilder, state)
    await reload(page)
    await ready(builder)
    await expectExactText(mount, expected(state, 'mount'))
    await expect(builder.getByLabel('Host path')).toHaveValue('./public')
  })

  test('shows the error beside the field and no command while the input is invalid', async ({ page }) => {
    await open(page, 'tools/storage/')
    const builder = page.locator('[data-builder="storage"]')
    await ready(builder)
    const target = builder.getByLabel('Path in the container', { exact: true })
    await target.fill('data')
    const id = await target.getAttribute('id')
    await expect(target).toHaveAttribute('aria-invalid', 'true')
    await expect(target).toHaveAttribute('aria-describedby', new RegExp(`${id}-error`))
    await expect(builder.locator(`#${id}-error`)).toHaveText('Paths inside the container are absolute: start with /.')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
    await target.fill('/data')
    await expect(builder.locator('[data-command-output]')).toHaveCount(2)
  })

  test('runs every container that shares the volume, from a preset', async ({ page }) => {
    await open(page, 'tools/storage/')
    const builder = page.locator('[data-builder="storage"]')
    await ready(builder)
    await builder.getByLabel('Start from an example').selectOption({ label: 'One volume, a writer and a reader' })
    const shared = storageBuilder.presets.find((p) => p.id === 'shared')!.state
    await expect(builder.locator('[data-command-output]')).toHaveCount(4)
    await expectExactText(builder.locator('[data-command-output="short-2"]'), expected(shared, 'short-2'))
    await builder.getByRole('group', { name: 'Container 1' }).getByLabel('Read-only').uncheck()
    await expect(builder.locator('[data-warning="several-writers"]')).toContainText('2 containers can write')
  })
})

test.describe('the storage builder in the volumes lesson', { tag: '@base-path' }, () => {
  test('starts from the backup preset and writes the backup and restore commands', async ({ page }) => {
    await open(page, 'storage/volumes/')
    const builder = page.locator('[data-builder="storage"][data-embedded]')
    const backup = storageBuilder.presets.find((p) => p.id === 'backup')!.state
    await expectExactText(builder.locator('[data-command-output="backup"]'), expected(backup, 'backup'))
    await expectExactText(builder.locator('[data-command-output="restore"]'), expected(backup, 'restore'))
    await ready(builder)
    const folder = builder.getByLabel('Host folder for the archive')
    await folder.fill('$PWD')
    await expect(builder.locator(`#${await folder.getAttribute('id')}-error`)).toContainText('no shell expands $')
    await folder.fill('/srv/backups')
    await expect(builder.locator('[data-command-output="backup"]')).toContainText('-v /srv/backups:/backup')
    expect(new URL(page.url()).search).toBe('')
  })
})
