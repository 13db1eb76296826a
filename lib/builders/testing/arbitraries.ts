// Test support: fast-check generators of valid builder states. Free-text values (environment
// values, labels, command arguments...) come from the whole of Unicode plus strings made to break
// shell syntax; values Docker restricts come from their valid forms. builders.test.ts checks that
// every generated state passes validation, so the generators cannot drift from the rules.
import fc from 'fast-check'
import type { BuildState } from '../build/state'
import type { CleanupState } from '../cleanup/state'
import type { RunState } from '../run/state'
import { CAPABILITIES } from '../validate/capabilities'
import { isDuration } from '../validate/quantities'

/** Any text a command line can carry (everything but NUL), weighted towards shell metacharacters. */
export const freeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('$(touch pwned)', '`id`', '; rm -rf ~', "it's", '"quoted"', 'a\nb', '*', '~', '$HOME', '\\', '!', '{a,b}', '#x', ' ', '', '--flag', '&&', '|', '>out', '\t'),
  fc.array(fc.constantFrom('$', '(', ')', '`', "'", '"', ';', '&', '|', '<', '>', '*', '?', '[', ']', '~', '#', '\\', '\n', ' ', '!', '{', '}', 'a', '=', ','), { maxLength: 12 }).map((chars) => chars.join('')),
).filter((text) => !text.includes('\0'))

const nonEmptyFreeText = freeText.filter((text) => text !== '')
const objectName = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{1,12}$/)
const port = fc.integer({ min: 1, max: 65535 }).map(String)
const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length })
const pathPart = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,8}$/)
const absolutePath = fc.array(pathPart, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`)
const relativeFile = fc.array(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'))
const envName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/)
const labelKey = fc.stringMatching(/^[a-z][a-z0-9.-]{0,15}$/)
const size = fc.tuple(fc.integer({ min: 6, max: 4096 }), fc.constantFrom('m', 'g', 'M', 'mb')).map(([n, unit]) => `${n}${unit}`)
const duration = fc.constantFrom('10s', '1m30s', '500ms', '2h', '45s', '1m')

export const imageRepository = fc.oneof(
  fc.constantFrom('nginx', 'alpine', 'postgres', 'ghcr.io/acme/api', 'localhost:5000/team/web', 'registry.example.com:443/a/b-c', 'library/redis'),
  fc.tuple(fc.option(fc.constantFrom('docker.io', 'quay.io', 'my.registry:5000'), { nil: undefined }), fc.array(fc.stringMatching(/^[a-z0-9]+([._-][a-z0-9]+)?$/), { minLength: 1, maxLength: 3 }))
    .map(([host, parts]) => [host, ...parts].filter(Boolean).join('/')),
)

export const imageTag = fc.oneof(
  fc.constant(''),
  fc.constantFrom('latest', '1.27-alpine', '3.20', 'v2.1.0', '17'),
  fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/),
  hex(64).map((digest) => `sha256:${digest}`),
  hex(64).map((digest) => `1.27@sha256:${digest}`),
)

const portRow = fc.record({
  hostIp: fc.constantFrom('', '127.0.0.1', '0.0.0.0', '::1', '192.168.1.20'),
  hostPort: fc.oneof(fc.constant(''), port),
  containerPort: port,
  protocol: fc.constantFrom('tcp', 'udp', 'sctp'),
})

const mountRow = fc.oneof(
  fc.record({ type: fc.constant('volume' as const), source: fc.oneof(fc.constant(''), objectName), target: absolutePath, readOnly: fc.boolean(), size: fc.constant('') }),
  fc.record({ type: fc.constant('bind' as const), source: fc.oneof(absolutePath, relativeFile.map((p) => `./${p}`), fc.constant('.')), target: absolutePath, readOnly: fc.boolean(), size: fc.constant('') }),
  fc.record({ type: fc.constant('tmpfs' as const), source: fc.constant(''), target: absolutePath, readOnly: fc.boolean(), size: fc.oneof(fc.constant(''), size) }),
)

const unique = <T>(key: (item: T) => string) => (items: T[]) => items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i)

export const runState: fc.Arbitrary<RunState> = fc
  .record({
    image: imageRepository,
    tag: imageTag,
    name: fc.oneof(fc.constant(''), objectName),
    detach: fc.boolean(),
    interactive: fc.boolean(),
    tty: fc.boolean(),
    rm: fc.boolean(),
    ports: fc.array(portRow, { maxLength: 3 }).map((ports) => ports.filter((p, i) => !p.hostPort || ports.findIndex((o) => o.hostIp === p.hostIp && o.hostPort === p.hostPort && o.protocol === p.protocol) === i)),
    publishAll: fc.boolean(),
    env: fc.array(fc.record({ name: envName, value: freeText, fromHost: fc.boolean() }).map((row) => (row.fromHost ? { ...row, value: '' } : row)), { maxLength: 3 }),
    envFiles: fc.array(relativeFile.map((file) => ({ path: `${file}.env` })), { maxLength: 2 }),
    mounts: fc.array(mountRow, { maxLength: 3 }).map(unique((m) => m.target)),
    mountSyntax: fc.constantFrom('short', 'mount'),
    network: fc.constantFrom('', 'bridge', 'host', 'none', 'appnet', 'container:db'),
    hostname: fc.constantFrom('', 'web', 'db.internal'),
    restart: fc.constantFrom('no', 'on-failure', 'always', 'unless-stopped'),
    restartRetries: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 20 }).map(String)),
    user: fc.constantFrom('', 'root', '1000', '1000:1000', 'app', 'app:staff', 'nobody'),
    workdir: fc.oneof(fc.constant(''), absolutePath, fc.constant('/srv/my app')),
    entrypoint: freeText,
    command: fc.array(freeText.map((arg) => ({ arg })), { maxLength: 4 }),
    labels: fc.array(fc.record({ key: labelKey, value: freeText }), { maxLength: 2 }),
    logMaxSize: fc.constantFrom('', '10m', '1g', '512k'),
    logMaxFile: fc.constantFrom('', '1', '3', '10'),
    privileged: fc.boolean(),
    capDropAll: fc.boolean(),
    capAdd: fc.uniqueArray(fc.constantFrom(...CAPABILITIES), { maxLength: 3 }).map((caps) => caps.map((name) => ({ name }))),
    readOnly: fc.boolean(),
    noNewPrivileges: fc.boolean(),
    seccomp: fc.constantFrom('', 'unconfined', 'profiles/seccomp.json'),
    init: fc.boolean(),
    memory: fc.oneof(fc.constant(''), size),
    cpus: fc.constantFrom('', '0.5', '2', '1.25'),
    pidsLimit: fc.constantFrom('', '-1', '100'),
    healthCmd: freeText,
    healthInterval: fc.oneof(fc.constant(''), duration),
    healthTimeout: fc.oneof(fc.constant(''), duration),
    healthRetries: fc.constantFrom('', '1', '3'),
    healthStartPeriod: fc.oneof(fc.constant(''), duration),
    noHealthcheck: fc.boolean(),
    platform: fc.constantFrom('', 'linux/amd64', 'linux/arm64', 'linux/arm/v7'),
  })
  .map((state): RunState => {
    // Combinations Docker refuses are left out here; validation tests cover them.
    const s = { ...state }
    if (s.rm) s.restart = 'no'
    if (s.restart !== 'on-failure') s.restartRetries = ''
    if (s.network.startsWith('container:')) Object.assign(s, { ports: [], publishAll: false, hostname: '' })
    if (!s.logMaxSize && Number(s.logMaxFile) > 1) s.logMaxFile = ''
    if (s.healthCmd || s.healthInterval || s.healthTimeout || s.healthRetries || s.healthStartPeriod) s.noHealthcheck = false
    if (s.mountSyntax === 'short') s.mounts = s.mounts.filter((m) => !(m.type === 'tmpfs' && m.target.includes(',')))
    return s
  })

export const buildState: fc.Arbitrary<BuildState> = fc.record({
  context: fc.oneof(fc.constant('.'), relativeFile, relativeFile.map((p) => `./${p}`)),
  file: fc.oneof(fc.constant(''), fc.constantFrom('Dockerfile.dev', 'docker/Dockerfile'), relativeFile),
  tags: fc.array(fc.tuple(imageRepository, imageTag.filter((tag) => !tag.includes(':'))).map(([repo, tag]) => ({ name: tag ? `${repo}:${tag}` : repo })), { maxLength: 3 }).map(unique((t) => t.name)),
  buildArgs: fc.array(fc.record({ name: envName, value: freeText, fromHost: fc.boolean() }).map((row) => (row.fromHost ? { ...row, value: '' } : row)), { maxLength: 3 }),
  target: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_.-]{0,10}$/)),
  noCache: fc.boolean(),
  pull: fc.boolean(),
  platform: fc.constantFrom('', 'linux/amd64', 'linux/arm64', 'linux/arm/v7'),
  progress: fc.constantFrom('auto', 'plain', 'tty', 'quiet', 'rawjson'),
  labels: fc.array(fc.record({ key: labelKey, value: freeText }), { maxLength: 2 }),
})

export const cleanupState: fc.Arbitrary<CleanupState> = fc
  .record({
    mode: fc.constantFrom('pick', 'system'),
    containers: fc.boolean(),
    images: fc.constantFrom('keep', 'dangling', 'unused'),
    networks: fc.boolean(),
    volumes: fc.constantFrom('keep', 'anonymous', 'unused'),
    buildCache: fc.constantFrom('keep', 'dangling', 'unused'),
    systemAllImages: fc.boolean(),
    systemVolumes: fc.boolean(),
    until: fc.constantFrom('', '24h', '10m', '168h', '2025-01-31', '2025-01-31T10:00:00Z', '1700000000'),
    labels: fc.array(fc.record({ key: labelKey, value: fc.oneof(fc.constant(''), nonEmptyFreeText), exclude: fc.boolean() }), { maxLength: 2 }),
    force: fc.boolean(),
  })
  .map((state): CleanupState => {
    const s = { ...state }
    if (s.mode === 'pick' && !(s.containers || s.images !== 'keep' || s.networks || s.volumes !== 'keep' || s.buildCache !== 'keep')) s.containers = true
    if (s.mode === 'system' ? s.systemVolumes : s.volumes !== 'keep') s.until = ''
    // docker builder prune reads only an age.
    if (s.mode === 'pick' && s.buildCache !== 'keep' && s.until && !isDuration(s.until)) s.until = '168h'
    return s
  })
