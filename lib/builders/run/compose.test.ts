// The Compose file and the docker run command must say the same thing. The YAML is parsed back
// and turned into docker run arguments by a separate, deliberately plain translation of the
// Compose specification; reading those arguments must give back the builder's state.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runState } from '../testing/arbitraries'
import { runCase } from '../testing/cases'
import { composeFile } from './compose'
import { readRunArgs } from './read'
import type { MountRow } from './state'
import { runBuilder } from '.'

type Service = Record<string, unknown> & { image: string }
interface ComposeDocument {
  services: Record<string, Service>
  volumes?: Record<string, { name: string }>
  networks?: Record<string, { name: string; external: boolean }>
}

/** Compose reads $$ as a literal $. */
const text = (value: unknown) => String(value).replaceAll('$$', () => '$')
const list = (value: unknown) => (value as unknown[] | undefined) ?? []

/** A Compose service as docker run arguments, following the Compose specification field by field. */
function composeToRun(document: ComposeDocument): { args: string[]; mounts: MountRow[] } {
  const [service] = Object.values(document.services) as [Service]
  const args: string[] = []
  const flag = (name: string, value: unknown) => value !== undefined && args.push(name, text(value))
  if (service.stdin_open) args.push('-i')
  if (service.tty) args.push('-t')
  flag('--name', service.container_name)
  flag('--hostname', service.hostname)
  flag('--platform', service.platform)
  for (const port of list(service.ports)) flag('-p', port)
  for (const variable of list(service.environment)) flag('-e', variable)
  for (const file of list(service.env_file)) flag('--env-file', file)
  const network = (service.network_mode ?? list(service.networks)[0]) as string | undefined
  flag('--network', network)
  flag('--restart', service.restart)
  flag('--user', service.user)
  flag('--workdir', service.working_dir)
  const entrypoint = list(service.entrypoint)
  expect(entrypoint.length).toBeLessThanOrEqual(1)
  flag('--entrypoint', entrypoint[0])
  for (const [key, value] of Object.entries((service.labels as Record<string, string>) ?? {})) flag('--label', `${key}=${value}`)
  const logging = (service.logging as { options: Record<string, string> } | undefined)?.options ?? {}
  for (const [key, value] of Object.entries(logging)) flag('--log-opt', `${key}=${value}`)
  if (service.privileged) args.push('--privileged')
  for (const cap of list(service.cap_drop)) flag('--cap-drop', cap)
  for (const cap of list(service.cap_add)) flag('--cap-add', cap)
  if (service.read_only) args.push('--read-only')
  for (const option of list(service.security_opt)) flag('--security-opt', option)
  if (service.init) args.push('--init')
  flag('--memory', service.mem_limit)
  flag('--cpus', service.cpus)
  flag('--pids-limit', service.pids_limit)
  const health = service.healthcheck as Record<string, unknown> | undefined
  if (health?.disable) args.push('--no-healthcheck')
  if (health?.test) {
    const [kind, command] = health.test as string[]
    expect(kind).toBe('CMD-SHELL')
    flag('--health-cmd', command)
  }
  flag('--health-interval', health?.interval)
  flag('--health-timeout', health?.timeout)
  flag('--health-retries', health?.retries)
  flag('--health-start-period', health?.start_period)
  args.push(text(service.image), ...list(service.command).map(text))

  const mounts = list(service.volumes).map((entry) => {
    const volume = entry as { type: MountRow['type']; source?: string; target: string; read_only?: boolean; tmpfs?: { size: string } }
    return { type: volume.type, source: text(volume.source ?? ''), target: text(volume.target), readOnly: volume.read_only ?? false, size: text(volume.tmpfs?.size ?? '') }
  })
  return { args, mounts }
}

const { canonical } = runCase

describe('the Compose service of the docker run builder', () => {
  it('says the same as the command, for random valid states', () => {
    fc.assert(
      fc.property(runState, (state) => {
        const document = parse(composeFile(state)) as ComposeDocument
        const { args, mounts } = composeToRun(document)
        const reading = readRunArgs(args)
        expect(reading.problems).toEqual([])
        expect(reading.parts.filter((part) => part.status !== 'covered')).toEqual([])
        // Compose has no equivalent of -d, --rm or -P; composeNotes says so beside the file.
        const expected = canonical({ ...state, detach: false, rm: false, publishAll: false })
        expect(canonical({ ...reading.state, mounts, mountSyntax: state.mountSyntax })).toEqual(expected)
        const service = Object.values(document.services)[0]!
        // -v creates a missing host folder, --mount does not: the Compose file says which.
        for (const [i, mount] of state.mounts.entries()) {
          const created = (list(service.volumes)[i] as { bind?: { create_host_path: boolean } }).bind?.create_host_path ?? false
          expect(created).toBe(mount.type === 'bind' && state.mountSyntax === 'short')
        }
        // Named volumes and networks are the same objects docker run uses, not project-prefixed copies.
        for (const mount of state.mounts.filter((m) => m.type === 'volume' && m.source)) expect(document.volumes?.[mount.source]?.name).toBe(mount.source)
        if (state.network && !['bridge', 'host', 'none'].includes(state.network) && !state.network.startsWith('container:')) {
          expect(document.networks?.[state.network]).toEqual({ name: state.network, external: true })
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) * 2 },
    )
  })

  it('quotes values YAML would otherwise read as numbers or booleans', () => {
    const state = { ...runBuilder.start, user: '1000:1000', cpus: '1.5', logMaxSize: '10m', logMaxFile: '3', labels: [{ key: 'enabled', value: 'no' }] }
    const yaml = composeFile(state)
    expect(yaml).toContain('- "8080:80"')
    expect(yaml).toContain('user: "1000:1000"')
    expect(yaml).toContain('max-file: "3"')
    expect(yaml).toContain('enabled: "no"')
  })

  it('escapes $ as $$, so Compose passes it on as written, like the quoted command', () => {
    const yaml = composeFile({ ...runBuilder.start, env: [{ name: 'PRICE', value: '$5 ${HOME}', fromHost: false }] })
    expect(yaml).toContain('- PRICE=$$5 $${HOME}')
  })

  it('writes the start state as a small, readable file', () => {
    expect(composeFile(runBuilder.start)).toBe(['services:', '  web:', '    image: nginx:1.27-alpine', '    container_name: web', '    ports:', '      - "8080:80"', ''].join('\n'))
  })
})
