import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, stateWith } from '../model'
import { outputText } from '../output'
import { executeTemplate, parseTemplate, tokenize } from '../testing/go-template'
import { inspectState } from '../testing/inspect-arbitrary'
import { CATALOG } from './catalog'
import { inspectTemplate, listTemplate } from './commands'
import { inspectSpec, type InspectState } from './state'
import { inspectBuilder } from '.'

const state = (values: Partial<InspectState>) => stateWith(inspectSpec, values)
const fields = (...keys: string[]) => keys.map((field) => ({ field }))
const command = (values: Partial<InspectState>) => evaluate(inspectBuilder, state(values)).outputs.map((o) => outputText(o, 'single'))

// Trimmed from real `docker image inspect` / `docker container inspect` output (Engine 28).
const IMAGE = {
  Id: 'sha256:1ff4bb4faebcfb1f7e01144fa9904a570ab9bab88694457855feb6c6bba3fa07',
  RepoTags: ['nginx:1.27-alpine'],
  RepoDigests: ['nginx@sha256:65645c7bb6a0661892a8b03b89d0743208a18dd2f3f17a54ef4b76fb8e2f2a10'],
  Created: '2025-04-16T18:38:21Z',
  Size: 47924107,
  Os: 'linux',
  Architecture: 'amd64',
  Config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.27.5'],
    ExposedPorts: { '80/tcp': {} },
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    WorkingDir: '',
    User: '',
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
  },
  RootFS: { Type: 'layers', Layers: ['sha256:08000c18d16d', 'sha256:5e3b8d1e8d2f'] },
}

const CONTAINER = {
  Id: '7c1e2d9a4b5f6e8d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d',
  Name: '/web',
  Created: '2025-05-02T09:14:03.120394Z',
  RestartCount: 0,
  SizeRw: 1093,
  State: { Status: 'running', ExitCode: 0, Health: { Status: 'healthy', FailingStreak: 0 } },
  Config: { Image: 'nginx:1.27-alpine', Env: ['NGINX_VERSION=1.27.5'], ExposedPorts: { '80/tcp': {} } },
  NetworkSettings: {
    Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }] },
    Networks: { appnet: { IPAddress: '172.18.0.2' } },
  },
  Mounts: [{ Type: 'volume', Name: 'site', Source: '/var/lib/docker/volumes/site/_data', Destination: '/usr/share/nginx/html', RW: true }],
}

/** Without a health check, the Engine leaves State.Health out: in Go's struct it is a nil pointer. */
const UNCHECKED = { ...CONTAINER, State: { Status: 'exited', ExitCode: 137, Health: null } }

const documentedPlaceholders = {
  ps: ['.ID', '.Image', '.Command', '.CreatedAt', '.RunningFor', '.Ports', '.State', '.Status', '.Size', '.Names', '.Labels', '.Label', '.Mounts', '.Networks'],
  images: ['.ID', '.Repository', '.Tag', '.Digest', '.CreatedSince', '.CreatedAt', '.Size'],
}

describe('the inspect builder', () => {
  it('writes docker image inspect with a Go template in one quoted argument', () => {
    expect(command({ fields: fields('id') })).toEqual(["docker image inspect --format '{{.Id}}' nginx:1.27-alpine"])
    expect(command({ fields: fields('tags', 'size'), layout: 'values' })).toEqual(["docker image inspect --format '{{json .RepoTags}} {{.Size}}' nginx:1.27-alpine"])
    expect(command({ fields: fields('env', 'exposedPorts') })).toEqual([
      "docker image inspect --format 'Environment: {{json .Config.Env}}{{println}}Exposed ports: {{json .Config.ExposedPorts}}' nginx:1.27-alpine",
    ])
  })

  it('writes docker container inspect, adding --size only for the size field', () => {
    expect(command({ kind: 'container', name: 'web', fields: fields('ip') })).toEqual(["docker container inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web"])
    expect(command({ kind: 'container', name: 'web', fields: fields('health') })).toEqual([
      "docker container inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}no healthcheck{{end}}' web",
    ])
    expect(command({ kind: 'container', name: 'db', fields: fields('mounts', 'size'), layout: 'values' })).toEqual(["docker container inspect --size --format '{{json .Mounts}} {{.SizeRw}}' db"])
  })

  it('writes docker ps and docker image ls tables with tab-separated placeholders', () => {
    expect(command({ kind: 'ps', all: true, fields: fields('id', 'name', 'status') })).toEqual(["docker ps -a --format 'table {{.ID}}\\t{{.Names}}\\t{{.Status}}'"])
    expect(command({ kind: 'ps', table: false, fields: fields('name', 'label'), labelKey: 'com.example.project' })).toEqual([
      `docker ps --format '{{.Names}}\\t{{.Label "com.example.project"}}'`,
    ])
    expect(command({ kind: 'images', fields: fields('repository', 'tag', 'size') })).toEqual(["docker image ls --format 'table {{.Repository}}\\t{{.Tag}}\\t{{.Size}}'"])
  })

  it('prints what the templates promise when run on sample inspect output', () => {
    const run = (kind: 'image' | 'container', keys: string[], data: unknown, layout: 'lines' | 'values' = 'lines') =>
      executeTemplate(inspectTemplate(state({ kind, fields: fields(...keys), layout })), data)
    expect(run('image', ['id'], IMAGE)).toBe(IMAGE.Id)
    expect(run('image', ['tags', 'created', 'size'], IMAGE)).toBe('Tags: ["nginx:1.27-alpine"]\nCreated: 2025-04-16T18:38:21Z\nSize (bytes): 47924107')
    expect(run('image', ['platform', 'layers', 'cmd'], IMAGE, 'values')).toBe('linux/amd64 2 ["nginx","-g","daemon off;"]')
    expect(run('image', ['exposedPorts'], IMAGE)).toBe('{"80/tcp":{}}')
    expect(run('container', ['status', 'health', 'ip'], CONTAINER)).toBe('Status: running\nHealth: healthy\nIP address: 172.18.0.2')
    expect(run('container', ['status', 'health', 'exitCode'], UNCHECKED, 'values')).toBe('exited no healthcheck 137')
    expect(run('container', ['mounts'], CONTAINER)).toBe(JSON.stringify(CONTAINER.Mounts))
  })

  it('rejects fields of another kind, repeated fields, and a bad name', () => {
    const errors = (values: Partial<InspectState>) => evaluate(inspectBuilder, state(values)).errors.map((e) => e.field)
    expect(errors({ fields: fields('health') })).toEqual(['fields.0.field'])
    expect(errors({ fields: fields('id', 'id') })).toEqual(['fields.1.field'])
    expect(errors({ name: 'Nginx', fields: fields('id') })).toEqual(['name'])
    expect(errors({ fields: [] })).toEqual(['fields'])
    expect(errors({ kind: 'ps', fields: fields('label'), labelKey: 'a"b' })).toEqual(['labelKey'])
  })

  it('only ever writes balanced templates that use known fields', () => {
    fc.assert(
      fc.property(inspectState, (s) => {
        const { outputs } = evaluate(inspectBuilder, s)
        const format = outputs[0]!.kind === 'shell' ? outputs[0]!.commands[0]!.lines.find((line) => line[0] === '--format')![1]! : ''
        if (s.kind === 'image' || s.kind === 'container') {
          expect(parseTemplate(format).length).toBeGreaterThan(0)
          // Running it on the sample proves every field exists there (a missing one throws).
          for (const data of s.kind === 'image' ? [IMAGE] : [CONTAINER, UNCHECKED]) executeTemplate(format, data)
          return
        }
        expect(format).toBe(listTemplate(s))
        const columns = format.replace(/^table /, '').split('\\t')
        expect(columns).toHaveLength(s.fields.length)
        for (const column of columns) {
          const parts = tokenize(column)
          expect(parts).toHaveLength(1)
          const [placeholder] = ('action' in parts[0]! ? parts[0].action : '').split(' ')
          expect(documentedPlaceholders[s.kind]).toContain(placeholder)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('knows only fields the samples have', () => {
    for (const key of Object.keys(CATALOG.image)) executeTemplate(CATALOG.image[key]!.template, IMAGE)
    for (const key of Object.keys(CATALOG.container)) executeTemplate(CATALOG.container[key]!.template, CONTAINER)
    expect(() => executeTemplate('{{.Config.Nope}}', IMAGE)).toThrow("can't evaluate field Nope")
    expect(() => parseTemplate('{{if .State.Health}}x')).toThrow('without {{end}}')
    expect(() => tokenize('{{.Id}')).toThrow('unclosed action')
  })
})
