import { describe, expect, it } from 'vitest'
import { runBuilder } from '.'
import { renderCommand } from '../../shell/quote'
import { evaluate } from '../model'
import { runCommand } from './command'
import { readRunArgs } from './read'
import type { RunState } from './state'

const state = (changes: Partial<RunState>): RunState => ({ ...runBuilder.start, ...changes })
const errors = (changes: Partial<RunState>) => evaluate(runBuilder, state(changes)).errors
const warningIds = (changes: Partial<RunState>) => evaluate(runBuilder, state(changes)).warnings.map((w) => w.id)

describe('the docker run builder', () => {
  it('writes every covered option', () => {
    const { state: full } = readRunArgs([
      '-dit', '--rm', '--name', 'api', '-p', '[::1]:8080:80/udp', '-P', '-e', 'A=1', '-e', 'B', '--env-file', 'app.env',
      '--mount', 'type=bind,"source=./a,b",target=/x,readonly', '--network', 'appnet', '--user', '1000', '--workdir', '/srv',
      '--entrypoint', 'sh', '--label', 'team=web', '--log-opt', 'max-size=10m', '--cap-drop', 'ALL', '--cap-add', 'CHOWN',
      '--read-only', '--security-opt', 'no-new-privileges', '--init', '--memory', '64m', '--cpus', '0.5', '--pids-limit', '50',
      '--no-healthcheck', '--platform', 'linux/arm64', '--hostname', 'api', 'alpine:3.20', '-c', 'echo hi',
    ])
    expect(renderCommand(runCommand(full))).toBe(
      "docker run -dit --rm --name api --hostname api --platform linux/arm64 -p '[::1]:8080:80/udp' -P -e A=1 -e B --env-file app.env " +
        '--mount \'type=bind,"source=./a,b",target=/x,readonly\' --network appnet --user 1000 --workdir /srv --entrypoint sh --label team=web ' +
        "--log-opt max-size=10m --cap-drop ALL --cap-add CHOWN --read-only --security-opt no-new-privileges --init --memory 64m --cpus 0.5 --pids-limit 50 --no-healthcheck alpine:3.20 -c 'echo hi'",
    )
  })

  it('shows no command while anything is invalid', () => {
    const result = evaluate(runBuilder, state({ image: 'Nginx' }))
    expect(result.errors).toEqual([{ field: 'image', message: 'Repository names are lowercase: nginx.' }])
    expect(result.outputs).toEqual([])
  })

  it('refuses the combinations Docker refuses, saying why', () => {
    expect(errors({ rm: true, restart: 'always' })).toEqual([{ field: 'restart', message: expect.stringContaining('Docker refuses a restart policy together with --rm') }])
    expect(errors({ noHealthcheck: true, healthInterval: '10s' })[0]!.field).toBe('noHealthcheck')
    expect(errors({ network: 'container:db' })).toEqual([{ field: 'network', message: expect.stringContaining('published ports') }])
    expect(errors({ ports: [], network: 'container:db', hostname: 'x' })[0]!.field).toBe('hostname')
    expect(errors({ logMaxFile: '3' })[0]).toEqual({ field: 'logMaxFile', message: expect.stringContaining('Set a maximum size too') })
    expect(errors({ memory: '4m' })[0]!.message).toBe('Docker needs at least 6m of memory for a container.')
    expect(errors({ workdir: 'app' })[0]!.field).toBe('workdir')
  })

  it('checks each row of ports and mounts on its own', () => {
    expect(errors({ ports: [{ hostIp: '', hostPort: '8080', containerPort: '80', protocol: 'tcp' }, { hostIp: '', hostPort: '8080', containerPort: '81', protocol: 'tcp' }] })).toEqual([
      { field: 'ports.1.hostPort', message: 'Host port 8080/tcp is already published above.' },
    ])
    expect(errors({ ports: [{ hostIp: '', hostPort: '8000-8001', containerPort: '80-82', protocol: 'tcp' }] })[0]!.field).toBe('ports.0.hostPort')
    expect(errors({ ports: [{ hostIp: '', hostPort: '8000-8010', containerPort: '80', protocol: 'tcp' }] })).toEqual([])
    expect(errors({ ports: [{ hostIp: 'localhost', hostPort: '', containerPort: '', protocol: 'tcp' }] }).map((e) => e.field)).toEqual(['ports.0.hostIp', 'ports.0.containerPort'])
    const mount = { type: 'bind' as const, source: '/srv/a:b', target: '/data', readOnly: false, size: '' }
    expect(errors({ mounts: [mount] })[0]).toEqual({ field: 'mounts.0.source', message: expect.stringContaining('choose the --mount syntax') })
    expect(errors({ mounts: [mount], mountSyntax: 'mount' })).toEqual([])
    expect(errors({ mounts: [{ ...mount, source: '/a' }, { ...mount, source: '/b' }] })[0]).toEqual({ field: 'mounts.1.target', message: 'Another mount already uses /data.' })
  })

  it('warns, with a lesson, about what a reader should know', () => {
    const result = evaluate(runBuilder, state({ tag: '', restart: 'always', ports: [{ hostIp: '', hostPort: '', containerPort: '80', protocol: 'tcp' }], privileged: true }))
    expect(result.warnings.map((w) => [w.id, w.lesson.id, w.level])).toEqual([
      ['latest', 'latestTag', 'warning'],
      ['restart-always', 'restartPolicies', 'warning'],
      ['random-port-0', 'randomHostPort', 'warning'],
      ['all-interfaces', 'hostAddress', 'warning'],
      ['privileged', 'privileged', 'danger'],
    ])
    expect(result.outputs.length).toBe(2)
  })

  it('warns about running as root only until a user is set, and about binding everywhere only until a host IP is set', () => {
    expect(warningIds({})).toEqual(['all-interfaces', 'root'])
    expect(warningIds({ user: '1000:1000', ports: [{ hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }] })).toEqual([])
    expect(warningIds({ user: '0' })).toContain('root')
  })

  it('warns about dangerous mounts, capabilities and values passed literally', () => {
    expect(warningIds({ mounts: [{ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: false, size: '' }] })).toContain('sensitive-bind-0')
    expect(warningIds({ capAdd: [{ name: 'sys_admin' }] })).toContain('sys-admin')
    expect(warningIds({ seccomp: 'unconfined' })).toContain('seccomp-unconfined')
    expect(warningIds({ env: [{ name: 'PATH', value: '$PATH:/opt/bin', fromHost: false }] })).toContain('env-literal-0')
    expect(warningIds({ env: [{ name: 'spring.profiles.active', value: 'dev', fromHost: false }] })).toContain('env-name-0')
    expect(warningIds({ network: 'host' })).toContain('host-network-ports')
  })
})
