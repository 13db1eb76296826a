import { expect, test } from '@playwright/test'
import { imageFilesBuilder } from '../lib/builders/image-files'
import type { ImageFilesState } from '../lib/builders/image-files/state'
import { expectExactText, expectStateInUrl, modelOutput, ready, retype } from './builder-page'
import { open, reload } from './site'

const expectedOutput = (state: ImageFilesState, id: string) => modelOutput(imageFilesBuilder, state, id)

test.describe('the images as files builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('saves through gzip with the keyboard, copies the pipeline, and keeps the state in the URL', async ({ page }) => {
    await open(page, 'tools/image-files/')
    const builder = page.locator('[data-builder="image-files"]')
    await ready(builder)
    const save = builder.locator('[data-command-output="save"]')
    await expectExactText(save, expectedOutput(imageFilesBuilder.start, 'save'))

    await builder.getByLabel('Image', { exact: true }).focus()
    await retype(page, 'my-app:1.4.2')
    await builder.getByLabel('Archive file').focus()
    await retype(page, 'my app.tar.gz')
    await page.keyboard.press('Tab')
    await expect(builder.getByLabel('Compress with gzip')).toBeFocused()
    await page.keyboard.press('Space')

    const state: ImageFilesState = { ...imageFilesBuilder.start, images: [{ name: 'my-app:1.4.2' }], file: 'my app.tar.gz', gzip: true }
    await expectExactText(save, expectedOutput(state, 'save'))
    await builder.getByLabel('One line').check()
    await expectExactText(save, "docker save my-app:1.4.2 | gzip > 'my app.tar.gz'")
    await expectExactText(builder.locator('[data-command-output="load"]'), "docker load -i 'my app.tar.gz'")

    const copy = builder.locator('[data-output="save"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await save.textContent())

    await expectStateInUrl(page, imageFilesBuilder, state)
    await reload(page)
    await ready(builder)
    await expectExactText(page.locator('[data-builder="image-files"] [data-command-output="save"]'), expectedOutput(state, 'save'))
  })

  test('flattens with --change values built from the form, and warns about what an import loses', async ({ page }) => {
    await open(page, 'tools/image-files/')
    const builder = page.locator('[data-builder="image-files"]')
    await ready(builder)
    await builder.getByLabel('Flatten into one layer').check()
    await builder.getByLabel('Image to flatten').fill('my-app:1.4.2')
    await builder.getByLabel('New image name').fill('my-app:flat')
    await expect(builder.locator('[data-warning="no-command"] [data-lesson-link]')).toHaveAttribute('href', /\/managing-images\/images-as-files\/#importing-a-filesystem-as-an-image$/)
    await expect(builder.locator('[data-warning="flat-loses-layers"] [data-lesson-link]')).toHaveAttribute('href', /\/managing-images\/images-as-files\/#what-flattening-costs$/)

    await builder.getByRole('button', { name: 'Add a command argument' }).press('Enter')
    await page.keyboard.type('python')
    await builder.getByRole('button', { name: 'Add a command argument' }).press('Enter')
    await page.keyboard.type('app.py')
    await builder.getByRole('button', { name: 'Add a variable' }).press('Enter')
    await page.keyboard.type('GREETING')
    await page.keyboard.press('Tab')
    await page.keyboard.type('say "hi" to $USER')
    await expect(builder.locator('[data-warning="no-command"]')).toHaveCount(0)

    await builder.getByLabel('One line').check()
    await expectExactText(
      builder.locator('[data-command-output="flatten"]'),
      `docker export flat-source | docker import --change 'ENV GREETING="say \\"hi\\" to \\$USER"' --change 'CMD ["python","app.py"]' - my-app:flat`,
    )
  })

  test('shows the error beside the field and no command while the input is invalid', async ({ page }) => {
    await open(page, 'tools/image-files/')
    const builder = page.locator('[data-builder="image-files"]')
    await ready(builder)
    const file = builder.getByLabel('Archive file')
    await file.fill('/srv/web.tar')
    const id = await file.getAttribute('id')
    await expect(file).toHaveAttribute('aria-invalid', 'true')
    await expect(builder.locator(`#${id}-error`)).toContainText('under the current folder')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
  })

  test('is embedded in the images as files lesson', async ({ page }) => {
    await open(page, 'managing-images/images-as-files/')
    const builder = page.locator('[data-builder="image-files"][data-embedded]')
    const preset = imageFilesBuilder.presets.find((p) => p.id === 'flatten-python')!.state
    await expectExactText(builder.locator('[data-command-output="flatten"]'), expectedOutput(preset, 'flatten'))
  })

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 } })
    test('fits the screen without sideways scrolling', async ({ page }) => {
      await open(page, 'tools/image-files/')
      await page.locator('[data-builder="image-files"] [data-command-output]').first().waitFor()
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    })
  })
})
