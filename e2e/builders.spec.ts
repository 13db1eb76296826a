import { expect, test } from '@playwright/test'
import { evaluate } from '../lib/builders/model'
import { outputText } from '../lib/builders/output'
import { runBuilder } from '../lib/builders/run'
import type { RunState } from '../lib/builders/run/state'
import { encodeState, queryString } from '../lib/builders/url-state'
import { expectExactText, expectStateInUrl, holdScripts, modelOutput, openBeforeBuilderCode, ready, retype } from './builder-page'
import { manifest, open, relative, reload } from './site'
import { NEAR_VIEWPORT_MARGIN_PX } from '../components/ui/when-near-viewport'

/** The command the model writes for a state: what the page must show and copy. */
const expectedCommand = (state: RunState, layout?: 'single' | 'multi') => modelOutput(runBuilder, state, 'command', layout)

test.describe('the docker run builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('can be filled with the keyboard alone, copied, reloaded from the URL, and walked with back and forward', async ({ page }) => {
    await open(page, 'tools/run/')
    const builder = page.locator('[data-builder="run"]')
    await ready(builder)
    const command = builder.locator('[data-command-output="command"]')
    await expectExactText(command, expectedCommand(runBuilder.start))

    await builder.getByLabel('Image', { exact: true }).focus()
    await retype(page, 'redis')
    await page.keyboard.press('Tab')
    await expect(builder.getByLabel('Tag or digest')).toBeFocused()
    await retype(page, '7.4-alpine')
    await page.keyboard.press('Tab')
    await retype(page, 'cache')
    await builder.getByLabel('Remove the container when it exits (--rm)').focus()
    await page.keyboard.press('Space')

    // A new row takes focus; removing a row hands focus to the row that took its place.
    await builder.getByRole('button', { name: 'Add a port' }).focus()
    await page.keyboard.press('Enter')
    const hostIp = builder.getByRole('group', { name: 'Port 2' }).getByLabel('Host IP')
    await expect(hostIp).toBeFocused()
    await page.keyboard.type('127.0.0.1')
    await page.keyboard.press('Tab')
    await page.keyboard.type('6379')
    await page.keyboard.press('Tab')
    await page.keyboard.type('6379')
    await builder.getByRole('button', { name: 'Remove port 1' }).focus()
    await page.keyboard.press('Enter')
    await expect(builder.getByRole('group', { name: 'Port 1' }).getByLabel('Host IP')).toBeFocused()

    const state: RunState = {
      ...runBuilder.start,
      image: 'redis',
      tag: '7.4-alpine',
      name: 'cache',
      rm: true,
      ports: [{ hostIp: '127.0.0.1', hostPort: '6379', containerPort: '6379', protocol: 'tcp' }],
    }
    await expectExactText(command, expectedCommand(state))

    const copy = builder.locator('[data-output="command"] [data-copy-button]')
    await copy.focus()
    await page.keyboard.press('Enter')
    await expect(copy).toHaveAccessibleName('Copied')
    await expect(builder.locator('[data-output="command"]').getByRole('status')).toHaveText('Copied to clipboard')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await command.textContent())

    await builder.getByLabel('One line').focus()
    await page.keyboard.press('Space')
    await expectExactText(command, expectedCommand(state, 'single'))

    await expectStateInUrl(page, runBuilder, state)
    await reload(page)
    await ready(builder)
    await expectExactText(command, expectedCommand(state))
    await expect(builder.getByLabel('Image', { exact: true })).toHaveValue('redis')

    await builder.getByLabel('Remove the container when it exits (--rm)').focus()
    await page.keyboard.press('Space')
    await expect(page).not.toHaveURL(/rm=1/)
    await expectExactText(command, expectedCommand({ ...state, rm: false }))
    await page.goBack()
    await expect(page).toHaveURL(/rm=1/)
    await expectExactText(command, expectedCommand(state))
    await expect(builder.getByLabel('Remove the container when it exits (--rm)')).toBeChecked()
    await page.goForward()
    await expectExactText(command, expectedCommand({ ...state, rm: false }))

    await builder.getByRole('button', { name: 'Reset' }).press('Enter')
    await expectExactText(command, expectedCommand(runBuilder.start))
    await expect(page).toHaveURL(/\/tools\/run\/$/)
  })

  test('shows the error beside the field and no command while the input is invalid', async ({ page }) => {
    await open(page, 'tools/run/')
    const builder = page.locator('[data-builder="run"]')
    await ready(builder)
    const image = builder.getByLabel('Image', { exact: true })
    await image.fill('Nginx')
    const id = await image.getAttribute('id')
    await expect(image).toHaveAttribute('aria-invalid', 'true')
    await expect(image).toHaveAttribute('aria-describedby', new RegExp(`${id}-error`))
    await expect(builder.locator(`#${id}-error`)).toHaveText('Repository names are lowercase: nginx.')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
    const summary = builder.locator('[data-error-summary]')
    await expect(summary).toContainText('One thing to fix before there is a command')

    // A problem in a folded section opens it, and the summary link takes focus to the field.
    await image.fill('nginx')
    await builder.getByText('Memory and CPU limits').click()
    await builder.getByLabel('Memory', { exact: true }).fill('1k')
    await builder.getByText('Memory and CPU limits').click()
    await expect(builder.getByLabel('Memory', { exact: true })).toBeHidden()
    await image.focus()
    await summary.getByRole('link', { name: 'Docker needs at least 6m of memory for a container.' }).click()
    await expect(builder.getByLabel('Memory', { exact: true })).toBeFocused()
    await builder.getByLabel('Memory', { exact: true }).fill('1g')
    await expect(builder.locator('[data-command-output]')).toHaveCount(2)
  })

  test('follows a link clicked right after a change, with the change kept in the history', async ({ page }) => {
    await open(page, 'tools/run/')
    const builder = page.locator('[data-builder="run"]')
    await ready(builder)
    await builder.getByLabel('Image', { exact: true }).fill('redis')
    // No wait: the click lands while the URL update is still pending.
    await builder.locator('[data-warning] [data-lesson-link]').first().click()
    await expect(page).not.toHaveURL(/\/tools\/run\//)
    await expect(page.locator('h1')).toBeVisible()
    await page.goBack()
    await expect(page).toHaveURL(/\/tools\/run\/\?.*image=redis/)
  })

  test('shows warnings that link to the lessons explaining them', async ({ page }) => {
    await open(page, 'tools/run/')
    const builder = page.locator('[data-builder="run"]')
    await ready(builder)
    await expect(builder.locator('[data-warning="all-interfaces"] [data-lesson-link]')).toHaveAttribute('href', /\/running-containers\/publishing-ports\/#choosing-the-host-address$/)
    await builder.getByText('Network and restart').click()
    await builder.getByLabel('Restart policy').selectOption('always')
    await expect(builder.locator('[data-warning="restart-always"] [data-lesson-link]')).toHaveAttribute('href', /\/running-containers\/restart-policies\/#what-each-policy-does$/)
    await builder.getByLabel('Tag or digest').fill('')
    const latest = builder.locator('[data-warning="latest"]')
    await expect(latest).toContainText('not "the newest"')
    await latest.locator('[data-lesson-link]').click()
    await expect(page).toHaveURL(/\/foundations\/tags-and-digests\/#what-latest-means$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags and digests')
  })

  test('writes the same container as a Compose service', async ({ page }) => {
    await open(page, 'tools/run/')
    const compose = page.locator('[data-command-output="compose"]')
    await expectExactText(compose, outputText(evaluate(runBuilder, runBuilder.start).outputs.find((o) => o.id === 'compose')!, 'multi'))
    await ready(page.locator('[data-builder="run"]'))
    await page.getByLabel('Start from an example').selectOption({ label: 'Database with a volume' })
    await expect(compose).toContainText('name: pgdata')
  })
})

test.describe('a builder on its tools page', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('is in the page before its code loads, and loads it when the reader first points at it', async ({ page }) => {
    const { island, scripts } = await openBeforeBuilderCode(page, 'tools/run/', 'run')
    const builder = island.locator('[data-builder="run"]')
    // Prerendered: the start state's command is there, though no builder code has run.
    await expectExactText(builder.locator('[data-command-output="command"]'), expectedCommand(runBuilder.start))
    const loadedBeforeUse = scripts()

    await builder.getByLabel('Container name').hover()
    await expect(island).toHaveAttribute('data-ready', '')
    expect(scripts()).toBeGreaterThan(loadedBeforeUse)
    await builder.getByLabel('Container name').fill('api')
    await expectExactText(builder.locator('[data-command-output="command"]'), expectedCommand({ ...runBuilder.start, name: 'api' }))
  })

  test('keeps what the reader typed, and the button they pressed, before its code arrived', async ({ page }) => {
    const { island } = await openBeforeBuilderCode(page, 'tools/run/', 'run')
    const release = await holdScripts(page)
    const builder = island.locator('[data-builder="run"]')
    await builder.getByLabel('Container name').focus()
    await retype(page, 'early-bird')
    await builder.getByRole('button', { name: 'Copy docker run' }).click()
    await expect(island).not.toHaveAttribute('data-ready')
    // A held press does nothing yet: the page is still where it was (a submit would have reloaded it).
    await expect(page).toHaveURL(/\/tools\/run\/$/)

    release()
    await expect(island).toHaveAttribute('data-ready', '')
    const state = { ...runBuilder.start, name: 'early-bird' }
    await expect(builder.getByLabel('Container name')).toHaveValue('early-bird')
    await expectExactText(builder.locator('[data-command-output="command"]'), expectedCommand(state))
    // The press is made again once the builder is there, after the name: the clipboard has the new command.
    await expect(builder.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedCommand(state))
  })

  test('opened with a state in the URL, loads its code at once and shows that state', async ({ page }) => {
    const state = runBuilder.fromCommand!('docker run -d --name cache -p 127.0.0.1:6379:6379 redis:7')
    await open(page, `tools/run/${queryString(encodeState(runBuilder.spec, state, runBuilder.start))}`)
    const island = page.locator('[data-deferred="run"]')
    await expect(island).toHaveAttribute('data-ready', '')
    await expectExactText(island.locator('[data-command-output="command"]'), expectedCommand(state))
  })
})

test.describe('a builder embedded in a lesson', { tag: '@base-path' }, () => {
  test('starts from the lesson example, leaves the page URL alone, and opens in the full builder', async ({ page }) => {
    await open(page, 'foundations/tags-and-digests/')
    const builder = page.locator('[data-builder="run"][data-embedded]')
    const example = runBuilder.fromCommand!('docker run -d --name web -p 8080:80 nginx')
    await expectExactText(builder.locator('[data-command-output="command"]'), expectedCommand(example))
    await expect(builder.locator('[data-warning="latest"]')).toBeVisible()
    await ready(builder)
    await builder.getByLabel('Tag or digest').fill('1.26-alpine')
    await page.waitForTimeout(600)
    expect(new URL(page.url()).search).toBe('')
    await builder.getByRole('link', { name: 'Open in the full builder' }).click()
    await expect(page).toHaveURL(/\/tools\/run\/\?tag=1\.26-alpine$/)
    await expectExactText(page.locator('[data-builder="run"] [data-command-output="command"]'), expectedCommand({ ...example, tag: '1.26-alpine' }))
  })
})

test.describe('a builder far down a lesson', { tag: '@base-path' }, () => {
  test('is in the page before its code loads, and loads it as the reader scrolls to it', async ({ page }) => {
    const { island, scripts } = await openBeforeBuilderCode(page, 'security/capabilities-and-seccomp/', 'run')
    const builder = island.locator('[data-builder="run"][data-embedded]')
    // Prerendered: the example's command is there, though no builder code has run.
    await expect(builder.locator('[data-command-output="command"]')).toContainText('--cap-drop ALL')
    const loadedBeforeScrolling = scripts()

    await island.scrollIntoViewIfNeeded()
    await expect(island).toHaveAttribute('data-ready', '')
    expect(scripts()).toBeGreaterThan(loadedBeforeScrolling)
    await builder.getByLabel('Container name').fill('api-2')
    await expect(builder.locator('[data-command-output="command"]')).toContainText('--name api-2')
  })

  test('keeps what the reader typed and ticked before its code arrived', async ({ page }) => {
    const { island } = await openBeforeBuilderCode(page, 'security/capabilities-and-seccomp/', 'run')
    const release = await holdScripts(page)
    const builder = island.locator('[data-builder="run"][data-embedded]')
    const name = builder.getByLabel('Container name')
    await name.click()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('early-bird')
    const init = builder.getByLabel('Run an init process (--init)')
    await init.check()
    await expect(island).not.toHaveAttribute('data-ready')

    release()
    await expect(island).toHaveAttribute('data-ready', '')
    await expect(name).toHaveValue('early-bird')
    await expect(init).toBeChecked()
    const command = builder.locator('[data-command-output="command"]')
    await expect(command).toContainText('--name early-bird')
    await expect(command).toContainText('--init')
  })

  test('still loads on a page reached by client-side navigation before it loaded on the page before', async ({ page }) => {
    await open(page, 'security/capabilities-and-seccomp/')
    await page.waitForLoadState('networkidle')
    await expect(page.locator('[data-deferred="run"]')).not.toHaveAttribute('data-ready')
    // A mark on the window survives only a client-side navigation.
    await page.evaluate(() => Object.assign(window, { stayedOnPage: true }))
    await page.locator('aside details[data-module="foundations"] > summary').click()
    await page.locator('aside a.nav-link[href$="/foundations/tags-and-digests/"]').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags and digests')
    expect(await page.evaluate(() => 'stayedOnPage' in window)).toBe(true)

    // Without scrolling to it: after a client-side navigation there is no prerendered builder to
    // show meanwhile, so its code loads at once instead of leaving an empty gap in the page. The
    // island is beyond the distance at which nearing it would load it, so only that can pass.
    const island = page.locator('[data-deferred="run"]')
    const top = await island.evaluate((element) => element.getBoundingClientRect().top)
    expect(top).toBeGreaterThan(page.viewportSize()!.height + NEAR_VIEWPORT_MARGIN_PX)
    await expect(island).toHaveAttribute('data-ready', '')
    const builder = page.locator('[data-builder="run"][data-embedded]')
    await ready(builder)
    await builder.getByLabel('Container name').fill('web-2')
    await expect(builder.locator('[data-command-output="command"]')).toContainText('--name web-2')
  })
})

test.describe('a builder in a lesson, without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('is in place with its form and the example command', async ({ page }) => {
    await page.goto(relative('security/capabilities-and-seccomp/'))
    const island = page.locator('[data-deferred="run"]')
    await expect(island.locator('[data-command-output="command"]')).toBeVisible()
    await expect(island.locator('[data-command-output="command"]')).toContainText('--cap-drop ALL')
    await expect(island.getByLabel('Container name')).toHaveValue('api')
    // In place in the lesson, not moved to the end of the page for a script to put back.
    await expect(page.locator('main article [data-deferred="run"] [data-builder="run"]')).toHaveCount(1)
  })
})

test.describe('explain this command', { tag: '@base-path' }, () => {
  test('explains each part, names what the builder leaves out, and continues in the builder', async ({ page }) => {
    await open(page, 'tools/explain/')
    const explain = page.locator('[data-explain]')
    await ready(explain)
    await explain.getByLabel('Paste a docker run or docker build command').focus()
    await page.keyboard.type('docker run -itd --name=web \\\n  -p 8080:80 --gpus all nginx:1.27-alpine')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')

    await expect(explain.getByRole('heading', { name: 'What this docker run command does' })).toBeFocused()
    const parts = explain.locator('[data-part-status]')
    await expect(parts.locator('code')).toHaveText(['-i (in -itd)', '-t (in -itd)', '-d (in -itd)', '--name=web', '-p 8080:80', '--gpus all', 'nginx:1.27-alpine'])
    await expect(explain.locator('[data-part-status="left-out"]')).toContainText('Not in the builder')
    await expect(parts.first().locator('[data-lesson-link]')).toHaveAttribute('href', /\/running-containers\/running-a-container\/#choosing-the-mode$/)
    await expect(page).toHaveURL(/\?cmd=docker\+run/)

    const state = { ...runBuilder.fromCommand!('docker run -itd --name web -p 8080:80 nginx:1.27-alpine') }
    await expectExactText(explain.locator('[data-command-output="command"]'), expectedCommand(state))
    await reload(page)
    await ready(explain)
    await expectExactText(explain.locator('[data-command-output="command"]'), expectedCommand(state))

    await explain.locator('[data-continue]').click()
    await expect(page).toHaveURL(/\/tools\/run\/\?/)
    await expectExactText(page.locator('[data-builder="run"] [data-command-output="command"]'), expectedCommand(state))
    await page.goBack()
    await expect(page).toHaveURL(/\/tools\/explain\/\?cmd=docker\+run/)
    await expect(explain.locator('[data-part-status]').first()).toContainText('-i (in -itd)')
  })

  test('says clearly what it cannot read', async ({ page }) => {
    await open(page, 'tools/explain/')
    const explain = page.locator('[data-explain]')
    await ready(explain)
    await explain.getByLabel('Paste a docker run or docker build command').fill('docker run -e "A=b nginx')
    await explain.getByRole('button', { name: 'Explain' }).click()
    await expect(explain.locator('[data-explain-error]')).toHaveText('This is not a complete shell command: a double quote is never closed (at character 15).')
    await explain.getByLabel('Paste a docker run or docker build command').fill('docker ps')
    await explain.getByRole('button', { name: 'Explain' }).click()
    await expect(explain.locator('[data-explain-error]')).toContainText('There is no docker run or docker build command here')
  })
})

test.describe('the build and cleanup builders', () => {
  test('the build builder warns about a home folder as the context', async ({ page }) => {
    await open(page, 'tools/build/')
    const builder = page.locator('[data-builder="build"]')
    await ready(builder)
    await builder.getByLabel('Build context').fill('/home/ana')
    await expect(builder.locator('[data-warning="context-too-big"] [data-lesson-link]')).toHaveAttribute('href', /\/building-images\/build-context\/#build-from-a-project-directory-never-from--or-your-home$/)
    await expectExactText(builder.locator('[data-command-output="command"]'), 'docker build \\\n  -t my-app:1.0 \\\n  /home/ana')
  })

  test('the cleanup builder says what each command removes and warns before deleting volumes', async ({ page }) => {
    await open(page, 'tools/cleanup/')
    const builder = page.locator('[data-builder="cleanup"]')
    await ready(builder)
    await builder.getByRole('radio', { name: /All unused volumes, named too/ }).check()
    await expect(builder.locator('[data-command-output="volumes"]')).toHaveText('docker volume prune -a')
    await expect(builder.locator('[data-output="volumes"]')).toContainText('Removes every volume no container uses, named volumes included')
    await expect(builder.locator('[data-warning="volume-data"]')).toContainText('This deletes data for good')
    await builder.getByText('Only some of it').click()
    await builder.getByLabel('Older than').fill('24h')
    await expect(builder.locator('[data-command-output]')).toHaveCount(0)
  })
})

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('the builder pages fit the screen without sideways scrolling', async ({ page }) => {
    test.slow()
    const tools = manifest().modules.find((module) => module.kind === 'tools')!.pages
    for (const path of tools.map((tool) => relative(tool.route))) {
      await open(page, path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })
})
