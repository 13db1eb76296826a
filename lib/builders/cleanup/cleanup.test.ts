import { describe, expect, it } from 'vitest'
import { cleanupBuilder } from '.'
import { stateWith, evaluate, type Output } from '../model'
import { outputText } from '../output'
import { cleanupSpec, type CleanupState } from './state'

const state = (values: Partial<CleanupState>) => stateWith(cleanupSpec, values)
const commands = (values: Partial<CleanupState>) => evaluate(cleanupBuilder, state(values)).outputs.map((o: Output) => outputText(o, 'single'))

describe('the cleanup builder', () => {
  it('writes one prune command per kind, containers first, with filters each command supports', () => {
    expect(
      commands({ containers: true, images: 'unused', networks: true, buildCache: 'dangling', until: '24h', labels: [{ key: 'env', value: 'dev', exclude: false }, { key: 'keep', value: '', exclude: true }], force: true }),
    ).toEqual([
      "docker container prune --filter until=24h --filter label=env=dev --filter 'label!=keep' -f",
      "docker image prune -a --filter until=24h --filter label=env=dev --filter 'label!=keep' -f",
      "docker network prune --filter until=24h --filter label=env=dev --filter 'label!=keep' -f",
      'docker builder prune --filter until=24h -f',
    ])
    expect(commands({ volumes: 'unused', labels: [{ key: 'env', value: 'dev', exclude: false }] })).toEqual(['docker volume prune -a --filter label=env=dev'])
    expect(commands({ mode: 'system', systemAllImages: true, systemVolumes: true })).toEqual(['docker system prune -a --volumes'])
  })

  it('says plainly what each command removes', () => {
    const outputs = evaluate(cleanupBuilder, state({ volumes: 'anonymous', containers: true, until: '' })).outputs
    expect(outputs.map((o) => o.description)).toEqual([
      'Removes every stopped container, with its writable layer. Running containers are not touched.',
      'Removes anonymous volumes (named by a long random ID) that no container uses, and the data in them. Named volumes stay: since Docker Engine 23 they need -a.',
    ])
    const filtered = evaluate(cleanupBuilder, state({ buildCache: 'unused', containers: true, until: '48h' })).outputs
    expect(filtered.map((o) => o.description)).toEqual([
      'Removes every stopped container, with its writable layer. Running containers are not touched. Only those older than 48h.',
      'Removes all build cache that no running build uses: the next builds start from scratch. Only cache not used in the last 48h.',
    ])
  })

  it('refuses an age filter with volumes, and an empty choice', () => {
    expect(evaluate(cleanupBuilder, state({ volumes: 'anonymous', until: '24h' })).errors).toEqual([{ field: 'until', message: expect.stringContaining('Volumes cannot be filtered by age') }])
    expect(evaluate(cleanupBuilder, state({ mode: 'system', systemVolumes: true, until: '24h' })).errors[0]!.message).toContain('Docker refuses an age filter together with --volumes')
    expect(evaluate(cleanupBuilder, state({})).errors).toEqual([{ field: 'containers', message: 'Choose at least one kind of thing to clean up.' }])
  })

  it('takes a date for everything but build cache, which docker builder prune filters only by age', () => {
    expect(evaluate(cleanupBuilder, state({ containers: true, images: 'dangling', until: '2025-01-31' })).errors).toEqual([])
    expect(evaluate(cleanupBuilder, state({ mode: 'system', until: '2025-01-31' })).errors).toEqual([])
    expect(evaluate(cleanupBuilder, state({ containers: true, buildCache: 'dangling', until: '2025-01-31' })).errors).toEqual([
      { field: 'until', message: expect.stringContaining('docker builder prune takes only an age') },
    ])
    expect(evaluate(cleanupBuilder, state({ buildCache: 'unused', until: '1700000000' })).errors).toHaveLength(1)
    expect(evaluate(cleanupBuilder, state({ buildCache: 'unused', until: '168h' })).errors).toEqual([])
    expect(evaluate(cleanupBuilder, state({ buildCache: 'unused', until: '0h' })).errors).toEqual([])
  })

  it('warns before deleting volume data, with the lesson', () => {
    const warnings = evaluate(cleanupBuilder, state({ containers: true, volumes: 'unused', force: true })).warnings
    expect(warnings.map((w) => [w.id, w.level, w.lesson.id])).toEqual([
      ['volume-data', 'danger', 'pruningVolumes'],
      ['containers-then-volumes', 'danger', 'pruningVolumes'],
      ['force', 'warning', 'pruningWithoutPrompt'],
    ])
    expect(evaluate(cleanupBuilder, state({ containers: true })).warnings).toEqual([])
    // Only anonymous volumes are pruned then: the named volumes of the removed containers stay.
    const anonymous = evaluate(cleanupBuilder, state({ mode: 'system', systemVolumes: true })).warnings.find((w) => w.id === 'containers-then-volumes')
    expect(anonymous?.message).toContain('so the anonymous volumes they were using')
  })
})
