import { describe, expect, it } from 'vitest'
import { buildBuilder } from '.'
import { renderCommand } from '../../shell/quote'
import { evaluate } from '../model'
import { buildCommand } from './command'
import type { BuildState } from './state'
import { isRootOrHome } from './warnings'

const state = (changes: Partial<BuildState>): BuildState => ({ ...buildBuilder.start, ...changes })

describe('the docker build builder', () => {
  it('writes every covered option, with the context last', () => {
    const full = state({
      file: 'docker/Dockerfile', tags: [{ name: 'app:1' }, { name: 'app:latest' }], buildArgs: [{ name: 'V', value: '2 3', fromHost: false }, { name: 'TOKEN_URL', value: '', fromHost: true }],
      target: 'runtime', noCache: true, pull: true, platform: 'linux/arm64', progress: 'plain', labels: [{ key: 'team', value: 'web' }], context: 'app',
    })
    expect(renderCommand(buildCommand(full))).toBe(
      "docker build -t app:1 -t app:latest -f docker/Dockerfile --build-arg 'V=2 3' --build-arg TOKEN_URL --target runtime --no-cache --pull --platform linux/arm64 --progress plain --label team=web app",
    )
  })

  it('refuses contexts and tags Docker would not take', () => {
    const fields = (changes: Partial<BuildState>) => evaluate(buildBuilder, state(changes)).errors.map((e) => e.field)
    expect(fields({ context: '' })).toEqual(['context'])
    expect(fields({ context: '-' })).toEqual(['context'])
    expect(fields({ context: '--quiet' })).toEqual(['context'])
    expect(fields({ context: 'https://github.com/docker/welcome-to-docker.git' })).toEqual([])
    expect(fields({ tags: [{ name: 'App:1' }] })).toEqual(['tags.0.name'])
    expect(fields({ tags: [{ name: `app@sha256:${'a'.repeat(64)}` }] })).toEqual(['tags.0.name'])
    expect(fields({ tags: [{ name: 'a:1' }, { name: 'a:1' }] })).toEqual(['tags.1.name'])
    expect(fields({ target: '1st' })).toEqual(['target'])
  })

  it('warns when the context is / or a home folder', () => {
    for (const context of ['/', '~', '~/', '/home/ana', '/Users/ana/', '/root']) expect(isRootOrHome(context), context).toBe(true)
    for (const context of ['.', '/home/ana/project', './home', '/srv']) expect(isRootOrHome(context), context).toBe(false)
    const warning = evaluate(buildBuilder, state({ context: '/home/ana' })).warnings.find((w) => w.id === 'context-too-big')!
    expect(warning).toMatchObject({ lesson: { id: 'buildContext' }, level: 'danger', field: 'context' })
    expect(warning.message).toContain('your whole home folder')
  })

  it('warns about latest, missing tags and secrets in build arguments', () => {
    const ids = (changes: Partial<BuildState>) => evaluate(buildBuilder, state(changes)).warnings.map((w) => w.id)
    expect(ids({})).toEqual([])
    expect(ids({ tags: [] })).toEqual(['no-tag'])
    expect(ids({ tags: [{ name: 'app' }, { name: 'app:latest' }] })).toEqual(['latest-0', 'latest-1'])
    expect(ids({ buildArgs: [{ name: 'NPM_TOKEN', value: 'x', fromHost: false }] })).toEqual(['secret-arg-0'])
  })
})
