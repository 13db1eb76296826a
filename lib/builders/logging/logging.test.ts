import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loggingBuilder } from '.'
import { evaluate, stateWith } from '../model'
import { outputText } from '../output'
import { loggingState } from '../testing/logging-arbitrary'
import { DRIVER_DEFAULTS, loggingSpec, type LoggingState } from './state'

const state = (values: Partial<LoggingState>) => stateWith(loggingSpec, { container: 'web', image: 'nginx:1.27-alpine', ...values })
const outputs = (s: LoggingState) => Object.fromEntries(evaluate(loggingBuilder, s).outputs.map((o) => [o.id, outputText(o, 'single')]))
const errors = (values: Partial<LoggingState>) => evaluate(loggingBuilder, state(values)).errors

describe('the logging builder', () => {
  it('writes daemon.json with string values, the same options for one container, and docker logs', () => {
    const all = outputs(loggingBuilder.start)
    expect(all['daemon-json']).toBe('{\n  "log-driver": "json-file",\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3",\n    "compress": "true"\n  }\n}\n')
    expect(all.run).toBe('docker run -d --name web --log-driver json-file --log-opt max-size=10m --log-opt max-file=3 --log-opt compress=true nginx:1.27-alpine')
    expect(all.logs).toBe('docker logs --tail 100 --timestamps web')
    const incident = outputs(loggingBuilder.presets.find((p) => p.id === 'incident')!.state)
    expect(incident.logs).toBe('docker logs --since 1h --timestamps web')
  })

  it('leaves out what the driver does by default, and writes compress only where it changes it', () => {
    expect(JSON.parse(outputs(state({ driver: 'local', compress: true }))['daemon-json']!)).toEqual({ 'log-driver': 'local' })
    expect(JSON.parse(outputs(state({ driver: 'local', compress: false }))['daemon-json']!)).toEqual({ 'log-driver': 'local', 'log-opts': { compress: 'false' } })
    expect(outputs(state({ driver: 'local', maxFile: '3', compress: true })).run).toBe('docker run -d --name web --log-driver local --log-opt max-file=3 nginx:1.27-alpine')
  })

  it('makes daemon.json that parses back into the state, every value a string, for any valid state', () => {
    fc.assert(
      fc.property(loggingState, (s) => {
        const file = evaluate(loggingBuilder, s).outputs.find((o) => o.kind === 'file')!
        const parsed = JSON.parse(outputText(file, 'multi')) as { 'log-driver': string; 'log-opts'?: Record<string, unknown> }
        const options = parsed['log-opts'] ?? {}
        expect(parsed['log-driver']).toBe(s.driver)
        expect(Object.values(options).every((value) => typeof value === 'string')).toBe(true)
        expect(options['max-size'] ?? '').toBe(s.maxSize)
        expect(options['max-file'] ?? '').toBe(s.maxFile)
        expect(options.compress === undefined ? DRIVER_DEFAULTS[s.driver].compress : options.compress === 'true').toBe(s.compress)
      }),
    )
  })

  it('refuses what the daemon refuses, beside the field', () => {
    expect(errors({ maxFile: '3' })).toEqual([{ field: 'maxFile', message: expect.stringContaining('Set a maximum size too') }])
    expect(errors({ maxSize: '10m', compress: true })).toEqual([{ field: 'compress', message: expect.stringContaining('keep at least 2 files') }])
    expect(errors({ driver: 'local', maxFile: '1', compress: true })).toEqual([{ field: 'compress', message: expect.stringContaining('compresses by default') }])
    expect(errors({ driver: 'local', maxFile: '1', compress: false })).toEqual([])
    expect(errors({ maxSize: '0m' })).toEqual([{ field: 'maxSize', message: 'A maximum size is greater than 0.' }])
    expect(errors({ maxSize: 'ten', maxFile: '0' })).toEqual([
      { field: 'maxSize', message: expect.stringContaining('512m') },
      { field: 'maxFile', message: expect.stringContaining('from 1') },
    ])
    expect(errors({ container: '', tail: '-5' })).toEqual([
      { field: 'container', message: expect.stringContaining('container name') },
      { field: 'tail', message: 'Enter a number of lines, such as 100, or all.' },
    ])
  })

  it('reads --since as a Go duration, a Unix time or an RFC 3339 date, and nothing else', () => {
    for (const since of ['10m', '2h', '1h30m', '500ms', '1700000000', '2025-01-31', '2025-01-31T10:00:00Z', '2025-01-31T10:00:00.5+01:00']) expect(errors({ since })).toEqual([])
    for (const since of ['10', '10 minutes', 'yesterday', '2025-13-01', '31/01/2025', '-10m', '$(date)']) {
      expect(errors({ since })).toEqual([{ field: 'since', message: 'Enter how far back, such as 10m or 2h, or a date such as 2025-01-31T10:00:00Z.' }])
    }
    const notes = evaluate(loggingBuilder, state({ since: '2025-01-31T10:00:00' })).outputs.find((o) => o.id === 'logs')!.notes
    expect(notes).toEqual([expect.stringContaining('local time')])
  })

  it('warns when logs can grow without limit, with the lesson', () => {
    expect(evaluate(loggingBuilder, state({})).warnings.map((w) => [w.id, w.level, w.lesson.id])).toEqual([['unbounded', 'danger', 'logGrowth']])
    expect(evaluate(loggingBuilder, state({ driver: 'local', compress: true })).warnings).toEqual([])
    expect(evaluate(loggingBuilder, state({ driver: 'local', compress: true, follow: true })).warnings.map((w) => w.id)).toEqual(['follow-everything'])
  })
})
