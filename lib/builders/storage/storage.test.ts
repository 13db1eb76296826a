import { describe, expect, it } from 'vitest'
import { storageBuilder } from '.'
import { evaluate, stateWith } from '../model'
import { outputText } from '../output'
import { storageSpec, type StorageState } from './state'

const state = (values: Partial<StorageState>) => stateWith(storageSpec, { image: 'nginx:1.27-alpine', ...values })
const preset = (id: string) => storageBuilder.presets.find((p) => p.id === id)!.state
/** Output id → the command in one line. */
const commands = (s: StorageState) => Object.fromEntries(evaluate(storageBuilder, s).outputs.map((o) => [o.id, outputText(o, 'single')]))

describe('the storage builder', () => {
  it('writes each mount in the -v/--tmpfs and the --mount syntax side by side', () => {
    expect(commands(storageBuilder.start)).toEqual({
      short: 'docker run -d --name web -v site:/usr/share/nginx/html nginx:1.27-alpine',
      mount: 'docker run -d --name web --mount type=volume,source=site,target=/usr/share/nginx/html nginx:1.27-alpine',
    })
    expect(commands(preset('bind'))).toEqual({
      short: 'docker run -d --name web -v ./site:/usr/share/nginx/html:ro nginx:1.27-alpine',
      mount: 'docker run -d --name web --mount type=bind,source=./site,target=/usr/share/nginx/html,readonly nginx:1.27-alpine',
    })
    expect(commands(preset('tmpfs'))).toEqual({
      short: 'docker run -d --name app --tmpfs /tmp:size=64m nginx:1.27-alpine',
      mount: 'docker run -d --name app --mount type=tmpfs,target=/tmp,tmpfs-size=64m nginx:1.27-alpine',
    })
    expect(commands(state({ source: '', target: '/data', detach: false }))).toEqual({
      short: 'docker run -v /data nginx:1.27-alpine',
      mount: 'docker run --mount type=volume,target=/data nginx:1.27-alpine',
    })
  })

  it('says what each syntax does with a missing host folder', () => {
    const outputs = evaluate(storageBuilder, preset('bind')).outputs
    expect(outputs[0]!.notes).toEqual([expect.stringContaining('-v creates it as an empty folder owned by root')])
    expect(outputs[1]!.notes).toEqual([expect.stringContaining('Docker refuses to start the container')])
  })

  it('shows only --mount for a path -v cannot write, and says why', () => {
    const s = state({ source: 'data', target: '/srv/a:b' })
    expect(commands(s)).toEqual({ mount: 'docker run -d --mount type=volume,source=data,target=/srv/a:b nginx:1.27-alpine' })
    expect(evaluate(storageBuilder, s).warnings.map((w) => w.id)).toContain('mount-only')
    expect(commands(state({ type: 'tmpfs', target: '/a,b' }))).toEqual({ mount: 'docker run -d --mount \'type=tmpfs,"target=/a,b"\' nginx:1.27-alpine' })
  })

  it('runs every container that shares the volume, each in both syntaxes', () => {
    const all = commands(preset('shared'))
    expect(Object.keys(all)).toEqual(['short', 'mount', 'short-2', 'mount-2'])
    expect(all.short).toBe("docker run -d --name builder -v site:/output alpine:3.20 sh -c 'while true; do date > /output/index.html; sleep 5; done'")
    expect(all['short-2']).toBe('docker run -d --name web -v site:/usr/share/nginx/html:ro nginx:1.27-alpine')
    expect(all['mount-2']).toBe('docker run -d --name web --mount type=volume,source=site,target=/usr/share/nginx/html,readonly nginx:1.27-alpine')
    expect(evaluate(storageBuilder, preset('shared')).warnings).toEqual([])
    const writers = evaluate(storageBuilder, { ...preset('shared'), sharing: [{ name: 'web', image: 'nginx', target: '/data', readOnly: false }] }).warnings
    expect(writers.map((w) => [w.id, w.lesson.id])).toEqual([['several-writers', 'sharingVolumes']])
  })

  it('backs a volume up to a tar file and restores it, with the host folder as typed', () => {
    const all = commands(preset('backup'))
    expect(all.backup).toBe('docker run --rm -v db-data:/data:ro -v ./backups:/backup busybox:1.37 tar czf /backup/db-data.tar.gz -C /data .')
    expect(all.restore).toBe('docker run --rm -v db-data:/data -v ./backups:/backup:ro busybox:1.37 tar xzf /backup/db-data.tar.gz -C /data')
    const absolute = commands({ ...preset('backup'), backupDir: '/srv/my backups' })
    expect(absolute.backup).toBe("docker run --rm -v db-data:/data:ro -v '/srv/my backups:/backup' busybox:1.37 tar czf /backup/db-data.tar.gz -C /data .")
    expect(evaluate(storageBuilder, preset('backup')).warnings.map((w) => [w.id, w.lesson.id])).toEqual([['backup-while-writing', 'volumeBackup']])
  })

  it('refuses what cannot work, beside the field', () => {
    const errors = (values: Partial<StorageState>) => evaluate(storageBuilder, state(values)).errors
    expect(errors({ target: '/data', backup: true, backupDir: '$PWD', archive: 'a.tar.gz' })).toEqual([
      { field: 'source', message: expect.stringContaining('Name the volume to back it up') },
      { field: 'backupDir', message: expect.stringContaining('no shell expands $') },
    ])
    expect(errors({ type: 'bind', source: '/srv', target: '/data', backup: true })).toEqual([{ field: 'backup', message: expect.stringContaining('already in a host folder') }])
    expect(errors({ source: 'v1', target: '/data', backup: true, archive: 'backup.zip' })).toEqual([{ field: 'archive', message: expect.stringContaining('.tar.gz') }])
    expect(errors({ type: 'tmpfs', target: '/tmp', size: 'big', sharing: [{ name: 'b', image: 'nginx', target: '/x', readOnly: false }] })).toEqual([
      { field: 'size', message: expect.stringContaining('512m') },
      { field: 'sharing', message: expect.stringContaining('cannot be shared') },
      { field: 'sharing.0.name', message: expect.stringContaining('at least 2 characters') },
    ])
    expect(errors({ source: 'v1', target: 'data', name: 'web', sharing: [{ name: 'web', image: '', target: '/x', readOnly: false }] })).toEqual([
      { field: 'target', message: 'Paths inside the container are absolute: start with /.' },
      { field: 'sharing.0.name', message: 'Another container is already called web.' },
      { field: 'sharing.0.image', message: 'Enter the image.' },
    ])
    expect(evaluate(storageBuilder, state({ target: '' })).outputs).toEqual([])
  })

  it('warns about dangerous bind mounts and forgettable volumes, with their lessons', () => {
    const warnings = (values: Partial<StorageState>) => evaluate(storageBuilder, state({ target: '/data', ...values })).warnings.map((w) => [w.id, w.level, w.lesson.id])
    expect(warnings({ type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock' })).toEqual([
      ['sensitive-bind', 'danger', 'bindMountRisks'],
      ['missing-host-path', 'warning', 'mountMissingPath'],
    ])
    expect(warnings({ type: 'bind', source: '/' })[0]).toEqual(['sensitive-bind', 'danger', 'bindMountRisks'])
    expect(warnings({ source: '' })).toEqual([['anonymous-volume', 'warning', 'volumes']])
  })
})
