// Test support: valid Dockerfile composer states. Free text (ENV values, RUN commands, CMD
// arguments, ignore patterns) comes from the shared hostile-leaning generator, kept to what the
// composer accepts; the base image decides which tools the rest of the state may use.
import fc from 'fast-check'
import { baseKind, hasShell } from '../dockerfile/base'
import type { DockerfileState } from '../dockerfile/state'
import { oneLine, shellCommand } from '../dockerfile/validate'
import { freeText } from './arbitraries'

const unique = <T>(key: (item: T) => string) => (items: T[]) => items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i)
const pathPart = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,8}$/)
const absolutePath = fc.array(pathPart, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`)
const relativePath = fc.array(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), { minLength: 1, maxLength: 2 }).map((parts) => parts.join('/'))
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/)
const lineText = freeText.filter((text) => oneLine(text) === undefined)
const command = freeText.filter((text) => shellCommand(text) === undefined)
const arg = (first: boolean) => (first ? freeText.filter((text) => text.trim() !== '') : freeText).map((value) => ({ arg: value }))
/** Exec-form argv: a program, then any arguments. */
const argv = fc.tuple(arg(true), fc.array(arg(false), { maxLength: 3 })).map(([head, rest]) => [head, ...rest])
const duration = fc.constantFrom('', '10s', '1m30s', '500ms', '2h')

export const dockerfileState: fc.Arbitrary<DockerfileState> = fc
  .record({
    multiStage: fc.boolean(),
    buildImage: fc.constantFrom('golang:1.25', 'node:24-trixie', 'python:3.13', 'rust:1-slim', 'alpine:3.22'),
    buildWorkdir: absolutePath,
    image: fc.constantFrom('node:24-trixie-slim', 'node:24-alpine', 'python:3.13-slim', 'python:3.13', 'debian:trixie-slim', 'alpine:3.22', 'busybox:1.37', 'ubuntu:24.04', 'fedora:42', 'registry.access.redhat.com/ubi9/ubi-minimal:9.6', 'gcr.io/distroless/static-debian12:nonroot', 'scratch', 'nginxinc/nginx-unprivileged:1.28-alpine', 'registry.example.com:5000/team/base:2'),
    workdir: absolutePath,
    args: fc.array(fc.record({ name, value: lineText }), { maxLength: 2 }).map(unique((row) => row.name)),
    env: fc.array(fc.record({ name, value: lineText }), { maxLength: 3 }).map(unique((row) => row.name)),
    packages: fc.uniqueArray(fc.constantFrom('curl', 'ca-certificates', 'tini', 'libpq5', 'wget', 'tzdata=2025b-r0'), { maxLength: 3 }).map((list) => list.map((value) => ({ name: value }))),
    manifests: fc.array(relativePath, { maxLength: 3 }).map((list) => [...new Set(list)].map((path) => ({ path }))),
    install: fc.oneof(fc.constant(''), fc.constantFrom('npm ci', 'pip install --no-cache-dir -r requirements.txt', 'go mod download'), command),
    copySource: fc.boolean(),
    steps: fc.array(command.map((value) => ({ command: value })), { maxLength: 3 }),
    artifacts: fc.array(fc.record({ source: absolutePath, target: fc.oneof(absolutePath, relativePath.map((p) => `./${p}`), fc.constant('./')) }), { maxLength: 3 }),
    userMode: fc.constantFrom('create', 'existing', 'root'),
    createdName: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,12}$/).filter((value) => value !== 'root'),
    existingName: fc.constantFrom('node', 'nonroot', 'app:app', '1000', '65532:65532'),
    uid: fc.integer({ min: 1, max: 2_147_483_647 }).map(String),
    expose: fc.array(fc.record({ port: fc.integer({ min: 1, max: 65535 }).map(String), protocol: fc.constantFrom('tcp', 'udp') }), { maxLength: 3 }).map(unique((row) => `${row.port}/${row.protocol}`)),
    healthKind: fc.constantFrom('none', 'http', 'exec'),
    healthTool: fc.constantFrom('curl', 'wget', 'node', 'python'),
    healthUrl: fc.constantFrom('http://localhost:3000/health', 'http://127.0.0.1:8080/', 'https://localhost/ready?full=1'),
    healthCommand: argv,
    healthInterval: duration,
    healthTimeout: duration,
    healthStartPeriod: duration,
    healthRetries: fc.constantFrom('', '1', '3'),
    stopSignal: fc.constantFrom('', 'SIGTERM', 'SIGQUIT', 'sigint', 'USR1', '9', 'SIGRTMIN+3'),
    entrypoint: fc.oneof(fc.constant([]), argv),
    cmd: fc.oneof(fc.constant([]), argv),
    ignore: fc.array(fc.oneof(fc.constantFrom('node_modules', '*.log', '!keep.log', 'dist/', '**/__pycache__'), lineText.filter((text) => text.trim() !== '' && !text.startsWith('#'))), { maxLength: 3 }).map((list) => list.map((pattern) => ({ pattern }))),
    tag: fc.constantFrom('', 'my-app:1.0', 'ghcr.io/acme/api:2.3.1', 'localhost:5000/site'),
  })
  .map(({ createdName, existingName, ...state }): DockerfileState => {
    // Choices the composer refuses for the chosen base are left out here; validation tests cover them.
    const s = { ...state, userName: state.userMode === 'create' ? createdName : state.userMode === 'existing' ? existingName : '' }
    const kind = baseKind(s.image)
    if (!hasShell(kind)) {
      s.packages = []
      if (s.userMode === 'create') s.userMode = 'existing'
      if (!s.multiStage) Object.assign(s, { install: '', steps: [] })
    }
    if (kind === 'busybox' || kind === 'rpm') s.packages = []
    if (kind === 'rpm' && s.userMode === 'create') s.userMode = 'existing'
    if (s.userMode === 'existing' && kind === 'scratch') s.userName = '65532:65532'
    if (s.userMode === 'existing' && s.userName === 'nonroot' && kind !== 'distroless') s.userName = '1000'
    if (s.userMode !== 'create') s.uid = ''
    if (!s.multiStage) Object.assign(s, { buildImage: '', buildWorkdir: '', artifacts: [] })
    if (s.healthKind !== 'http') Object.assign(s, { healthTool: 'curl', healthUrl: '' })
    if (s.healthKind !== 'exec') s.healthCommand = []
    if (s.healthKind === 'none') Object.assign(s, { healthInterval: '', healthTimeout: '', healthStartPeriod: '', healthRetries: '' })
    const copied = new Set(s.manifests.map((m) => m.path))
    s.ignore = s.ignore.filter((row) => !copied.has(row.pattern))
    return s as DockerfileState
  })
