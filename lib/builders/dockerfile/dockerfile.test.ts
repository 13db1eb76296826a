import { Copy, DockerfileParser, Healthcheck, type Instruction as Parsed, type Property } from 'dockerfile-ast'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dockerfileBuilder } from '.'
import { evaluate } from '../model'
import { dockerfileState } from '../testing/dockerfile-arbitrary'
import { baseKind, describeBase } from './base'
import { composeStages, packageCommands, renderDockerfile, renderInstruction, userCommands } from './dockerfile'
import { healthArgv } from './health'
import type { DockerfileState } from './state'
import { stopSignal } from './validate'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100)
const state = (changes: Partial<DockerfileState>): DockerfileState => ({ ...dockerfileBuilder.start, ...changes })
const fields = (changes: Partial<DockerfileState>) => evaluate(dockerfileBuilder, state(changes)).errors.map((e) => e.field)
const warningIds = (changes: Partial<DockerfileState>) => evaluate(dockerfileBuilder, state(changes)).warnings.map((w) => w.id)
const dockerfileOf = (s: DockerfileState) => evaluate(dockerfileBuilder, s).outputs.find((o) => o.id === 'dockerfile')!

/** A line continuation is removed by the parser, leaving the indentation before && */
const CHAINED = '     && '

function properties(instruction: Parsed): Property[] {
  return (instruction as unknown as { getProperties(): Property[] }).getProperties()
}

/** dockerfile-ast returns \$ in a quoted value as written; Docker's parser reads it as a literal $. */
const valueOf = (property: Property) => (property.getValue() ?? '').replaceAll('\\$', '$')

/** Arguments as written: dockerfile-ast reads --options (COPY --from, HEALTHCHECK --interval) as flags, apart from the rest. */
function content(instruction: Parsed): string {
  const flags = instruction instanceof Healthcheck || instruction instanceof Copy ? instruction.getFlags().map((flag) => `--${flag.getName()}=${flag.getValue()}`) : []
  return [...flags, instruction.getArgumentsContent()].join(' ')
}

/** Parses the rendered text with dockerfile-ast and checks every instruction against the state. */
function expectParsesBackTo(s: DockerfileState) {
  const text = renderDockerfile(composeStages(s))
  const parsed = DockerfileParser.parse(text).getInstructions()
  const composed = composeStages(s).flatMap((stage) => stage.instructions)
  expect(parsed.map((i) => i.getKeyword())).toEqual(composed.map((i) => i.keyword))
  const lines = text.split('\n')
  const spans = new Map<Parsed, string>()
  parsed.forEach((instruction, i) => {
    // Each instruction spans exactly the lines rendered for it: no value ran into the next line.
    const { start, end } = instruction.getRange()
    const span = lines.slice(start.line, end.line + 1)
    span[span.length - 1] = span[span.length - 1]!.slice(0, end.character)
    spans.set(instruction, span.join('\n').slice(start.character))
    expect(spans.get(instruction)).toBe(renderInstruction(composed[i]!))
    // dockerfile-ast drops an escaped last character from a continued RUN's content (its ranges are right), so RUN is checked by its span alone.
    if (instruction.getKeyword() !== 'RUN') expect(content(instruction)).toBe(composed[i]!.args.join(CHAINED))
  })

  const of = (keyword: string) => parsed.filter((i) => i.getKeyword() === keyword)
  const froms = of('FROM').map((i) => i.getArgumentsContent())
  expect(froms).toEqual(s.multiStage ? [`${s.buildImage} AS build`, `${s.image} AS runtime`] : [s.image])
  const env = of('ENV').flatMap(properties).map((p) => ({ name: p.getName(), value: valueOf(p) }))
  expect(env).toEqual(s.env)
  const args = of('ARG').flatMap(properties).map((p) => ({ name: p.getName(), value: valueOf(p) }))
  expect(args).toEqual(s.multiStage ? [...s.args, ...s.args] : s.args)
  const json = (keyword: string) => of(keyword).map((i) => JSON.parse(i.getArgumentsContent()!) as string[])
  expect(json('ENTRYPOINT')).toEqual(s.entrypoint.length > 0 ? [s.entrypoint.map((r) => r.arg)] : [])
  expect(json('CMD')).toEqual(s.cmd.length > 0 ? [s.cmd.map((r) => r.arg)] : [])
  // From the instruction's exact span: dockerfile-ast's content of a HEALTHCHECK whose arguments start with ! is not reliable.
  const health = of('HEALTHCHECK').map((i) => JSON.parse(/ CMD (\[.*\])$/s.exec(spans.get(i)!)![1]!) as string[])
  expect(health).toEqual(s.healthKind === 'none' ? [] : [healthArgv(s)])
  expect(of('WORKDIR').map((i) => i.getArgumentsContent())).toEqual(s.multiStage ? [s.buildWorkdir, s.workdir] : [s.workdir])
  expect(of('EXPOSE').flatMap((i) => i.getArguments().map((a) => a.getValue()))).toEqual(s.expose.map((e) => (e.protocol === 'tcp' ? e.port : `${e.port}/${e.protocol}`)))
  const user = of('USER').map((i) => i.getArgumentsContent())
  expect(user).toEqual(s.userMode === 'create' ? [`${s.uid}:${s.uid}`] : s.userMode === 'existing' ? [s.userName] : [])
  expect(of('STOPSIGNAL').map((i) => i.getArgumentsContent())).toEqual(s.stopSignal ? [s.stopSignal] : [])
  const copies = of('COPY').map(content)
  if (s.multiStage) for (const a of s.artifacts) expect(copies).toContain(`--from=build ${a.source} ${a.target}`)
  const runs = composed.filter((i) => i.keyword === 'RUN').map(renderInstruction).join('\n')
  for (const step of [s.install, ...s.steps.map((r) => r.command)].filter(Boolean)) expect(runs).toContain(step)
}

describe('the Dockerfile composer', () => {
  it('writes a Dockerfile that dockerfile-ast reads back into the state, for the start, every preset and random states', () => {
    for (const s of [dockerfileBuilder.start, ...dockerfileBuilder.presets.map((p) => p.state)]) expectParsesBackTo(s)
    fc.assert(fc.property(dockerfileState, expectParsesBackTo), { numRuns: RUNS })
  })

  it('writes the start state as the Node.js example', () => {
    const output = dockerfileOf(dockerfileBuilder.start)
    expect(output).toMatchObject({ filename: 'Dockerfile', language: 'dockerfile' })
    expect(output.kind === 'file' && output.text).toBe(
      [
        'FROM node:24-trixie-slim',
        'ENV NODE_ENV=production',
        'WORKDIR /app',
        'COPY package.json package-lock.json ./',
        'RUN npm ci --omit=dev',
        'COPY . .',
        'USER node',
        'EXPOSE 3000',
        'HEALTHCHECK --interval=30s --timeout=3s CMD ["node","-e","fetch(\\"http://localhost:3000/health\\").then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]',
        'CMD ["node","server.js"]',
        '',
      ].join('\n'),
    )
  })

  it('copies the dependency manifests and installs them before the source', () => {
    const keywords = composeStages(dockerfileBuilder.start)[0]!.instructions.map((i) => `${i.keyword} ${i.args[0]}`)
    expect(keywords.indexOf('COPY package.json package-lock.json ./')).toBeLessThan(keywords.indexOf('RUN npm ci --omit=dev'))
    expect(keywords.indexOf('RUN npm ci --omit=dev')).toBeLessThan(keywords.indexOf('COPY . .'))
  })

  it('creates the user with the tools of the base: groupadd/useradd on Debian, addgroup/adduser on Alpine', () => {
    expect(userCommands('debian', 'app', '10001')).toEqual(['groupadd --gid 10001 app', 'useradd --uid 10001 --gid app --create-home app'])
    expect(userCommands('alpine', 'app', '10001')).toEqual(['addgroup -S -g 10001 app', 'adduser -S -u 10001 -G app app'])
    expect(userCommands('busybox', 'app', '10001')).toEqual(userCommands('alpine', 'app', '10001'))
    const text = (image: string) => renderDockerfile(composeStages(state({ image, userMode: 'create', userName: 'app', uid: '10001', healthKind: 'none' })))
    expect(text('python:3.13-alpine')).toContain('RUN addgroup -S -g 10001 app \\\n    && adduser -S -u 10001 -G app app\n')
    expect(text('python:3.13-slim')).toContain('RUN groupadd --gid 10001 app \\\n    && useradd')
    expect(text('python:3.13-slim')).toContain('USER 10001:10001\n')
  })

  it('installs packages and removes the package lists in one layer, with the right package manager', () => {
    expect(packageCommands('debian', ['curl'])).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends curl', 'rm -rf /var/lib/apt/lists/*'])
    expect(packageCommands('alpine', ['curl', 'tini'])).toEqual(['apk add --no-cache curl tini'])
    const runs = composeStages(state({ packages: [{ name: 'curl' }], userMode: 'create', userName: 'app', uid: '10001' }))[0]!.instructions.filter((i) => i.keyword === 'RUN')
    expect(runs[0]!.args).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends curl', 'rm -rf /var/lib/apt/lists/*', 'groupadd --gid 10001 app', 'useradd --uid 10001 --gid app --create-home app'])
  })

  it('keeps ENV values intact however they are quoted, and runs steps that would bind differently in a subshell', () => {
    const tricky = 'say "hi" \\ $HOME\'s'
    const s = state({ env: [{ name: 'GREETING', value: tricky }], steps: [{ command: 'make || true' }, { command: 'echo done' }] })
    const parsed = DockerfileParser.parse(renderDockerfile(composeStages(s))).getInstructions()
    expect(properties(parsed.find((i) => i.getKeyword() === 'ENV' && i.getArgumentsContent()!.startsWith('GREETING'))!)[0]!).toSatisfy((p: Property) => valueOf(p) === tricky)
    expect(renderDockerfile(composeStages(s))).toContain('RUN ( make || true ) \\\n    && echo done\n')
  })

  it('reads the kind of base from the image name and explains its size trade-off', () => {
    expect(baseKind('node:24-alpine')).toBe('alpine')
    expect(baseKind('nginxinc/nginx-unprivileged:1.28-alpine')).toBe('alpine')
    expect(baseKind('gcr.io/distroless/static-debian12:nonroot')).toBe('distroless')
    expect(baseKind('scratch')).toBe('scratch')
    expect(baseKind('node:24-trixie-slim')).toBe('debian')
    expect(describeBase('node:24-trixie-slim')).toMatch(/^Slim/)
    expect(describeBase('node:24-trixie')).toMatch(/^Full/)
    expect(describeBase('node:24-alpine')).toMatch(/musl/)
    // The bare slim tag is slim too; BusyBox has a shell but no package manager.
    expect(describeBase('python:slim')).toMatch(/^Slim/)
    expect(baseKind('busybox:1.37')).toBe('busybox')
    for (const image of ['fedora:42', 'rockylinux/rockylinux:9', 'amazonlinux:2023', 'redhat/ubi9', 'registry.access.redhat.com/ubi9/ubi-minimal:9.6', 'oraclelinux:9-slim']) {
      expect(baseKind(image)).toBe('rpm')
    }
    expect(describeBase('fedora:42')).toMatch(/dnf/)
    expect(baseKind('ubuntu:24.04')).toBe('debian')
    expect(describeBase('busybox:1.37')).toMatch(/no package manager/)
  })

  it('refuses values Docker or the Dockerfile syntax would not take, beside the field', () => {
    expect(fields({ workdir: 'app' })).toEqual(['workdir'])
    expect(fields({ workdir: '' })).toEqual(['workdir'])
    expect(fields({ image: 'Node:24' })).toEqual(['image'])
    expect(fields({ env: [{ name: '1X', value: '' }] })).toEqual(['env.0.name'])
    expect(fields({ env: [{ name: 'A', value: 'x' }, { name: 'A', value: 'y' }] })).toEqual(['env.1.name'])
    expect(fields({ env: [{ name: 'A', value: 'two\nlines' }] })).toEqual(['env.0.value'])
    expect(fields({ env: [{ name: 'A', value: 'ends with \\' }] })).toEqual(['env.0.value'])
    expect(fields({ expose: [{ port: '70000', protocol: 'tcp' }] })).toEqual(['expose.0.port'])
    expect(fields({ stopSignal: 'SIGSTOPP' })).toEqual(['stopSignal'])
    expect(fields({ steps: [{ command: 'make # build it' }] })).toEqual(['steps.0.command'])
    expect(fields({ steps: [{ command: 'cat <<EOF > x' }] })).toEqual(['steps.0.command'])
    expect(fields({ install: 'npm ci \\' })).toEqual(['install'])
    expect(fields({ install: '--network=host npm ci' })).toEqual(['install'])
    expect(fields({ manifests: [{ path: '../package.json' }] })).toEqual(['manifests.0.path'])
    expect(fields({ healthUrl: 'localhost:3000' })).toEqual(['healthUrl'])
    expect(fields({ healthInterval: '30' })).toEqual(['healthInterval'])
    expect(fields({ userMode: 'existing', userName: 'root' })).toEqual(['userName'])
    expect(fields({ userMode: 'create', userName: 'App', uid: '10001' })).toEqual(['userName'])
    expect(fields({ userMode: 'create', userName: 'app', uid: '0' })).toEqual(['uid'])
    expect(fields({ ignore: [{ pattern: 'package.json' }] })).toEqual(['ignore.0.pattern'])
    expect(fields({ tag: 'My-App' })).toEqual(['tag'])
    for (const signal of ['SIGTERM', 'sigquit', 'INT', '9', 'SIGRTMIN+3']) expect(stopSignal(signal), signal).toBeUndefined()
  })

  it('refuses what a base without a shell cannot do, and says where to do it instead', () => {
    const distroless = { image: 'gcr.io/distroless/static-debian12:nonroot', healthKind: 'none' as const, manifests: [], install: '', copySource: false }
    expect(fields({ ...distroless, userMode: 'existing', userName: 'nonroot' })).toEqual([])
    expect(fields({ ...distroless, userMode: 'create', userName: 'app', uid: '10001' })).toEqual(['userMode'])
    expect(fields({ ...distroless, userMode: 'existing', userName: 'nonroot', packages: [{ name: 'curl' }] })).toEqual(['packages'])
    expect(fields({ ...distroless, userMode: 'existing', userName: 'nonroot', install: 'npm ci' })).toEqual(['install'])
    expect(fields({ image: 'scratch', healthKind: 'none', install: '', userMode: 'existing', userName: 'app' })).toEqual(['userName'])
    expect(fields({ multiStage: true, buildImage: 'scratch', buildWorkdir: '/src' })).toEqual(['buildImage'])
    const busybox = { image: 'busybox:1.37', healthKind: 'none' as const, manifests: [], install: '', copySource: false }
    expect(fields({ ...busybox, packages: [{ name: 'curl' }] })).toEqual(['packages'])
    expect(fields({ ...busybox, userMode: 'create', userName: 'app', uid: '10001' })).toEqual([])
    // apt-get and useradd would fail there: the fields say so instead of writing them.
    const fedora = { image: 'fedora:42', healthKind: 'none' as const }
    expect(fields({ ...fedora, packages: [{ name: 'curl' }] })).toEqual(['packages'])
    // dnf names a version with a dash: the suggested step must not carry apt's name=version.
    const pinned = evaluate(dockerfileBuilder, state({ ...fedora, packages: [{ name: 'curl' }, { name: 'tzdata=2025b' }] })).errors.find((error) => error.field === 'packages')
    expect(pinned?.message).toContain('dnf install -y curl tzdata-2025b && dnf clean all')
    expect(fields({ ...fedora, userMode: 'create', userName: 'app', uid: '10001' })).toEqual(['userMode'])
    expect(fields({ ...fedora, userMode: 'existing', userName: '10001' })).toEqual([])
  })

  it('warns with lessons: root, latest, full runtime images, deprecated Java images, secrets, a health check tool the image lacks, no command', () => {
    expect(warningIds({})).toEqual([])
    expect(warningIds({ userMode: 'root' })).toEqual(['root'])
    expect(warningIds({ image: 'node' })).toEqual(['latest-image', 'full-runtime'])
    expect(warningIds({ image: 'node:24-trixie' })).toEqual(['full-runtime'])
    expect(warningIds({ env: [{ name: 'API_TOKEN', value: 'x' }] })).toEqual(['secret-env-0'])
    expect(warningIds({ healthTool: 'curl' })).toEqual(['health-tool'])
    expect(warningIds({ healthTool: 'curl', packages: [{ name: 'curl' }] })).toEqual([])
    expect(warningIds({ image: 'node:24-alpine', healthTool: 'wget' })).toEqual([])
    // Full language images come with wget (buildpack-deps); slim ones do not.
    expect(warningIds({ image: 'node:24-trixie', healthTool: 'wget' })).toEqual(['full-runtime'])
    expect(warningIds({ image: 'node:24-trixie-slim', healthTool: 'wget' })).toEqual(['health-tool'])
    expect(warningIds({ cmd: [] })).toEqual(['no-command'])
    // openjdk's default tags are not Debian, and the image is deprecated: no full-runtime advice.
    expect(warningIds({ image: 'openjdk:21', healthKind: 'none' })).toEqual(['deprecated-image'])
    expect(warningIds({ multiStage: true, buildImage: 'openjdk:17-jdk', image: 'eclipse-temurin:21-jre' })).toContain('deprecated-buildImage')
    expect(warningIds({ manifests: [] })).toEqual(['install-without-manifests'])
    const tool = evaluate(dockerfileBuilder, state({ healthTool: 'curl' })).warnings[0]!
    expect(tool).toMatchObject({ lesson: { id: 'healthchecks' }, field: 'healthTool' })
    expect(tool.message).toContain('Check with node')
  })

  it('writes a .dockerignore with the stack patterns and a docker build command', () => {
    const { outputs } = evaluate(dockerfileBuilder, dockerfileBuilder.start)
    const ignore = outputs.find((o) => o.id === 'dockerignore')!
    expect(ignore.kind === 'file' && ignore.text.split('\n')).toEqual(['# Not sent to the builder, so COPY . . cannot copy them', '.git', '.dockerignore', 'Dockerfile', '**/.env', '**/.env.*', '', '# This project', 'node_modules', 'npm-debug.log*', 'coverage', ''])
    const command = outputs.find((o) => o.id === 'command')!
    expect(command.kind === 'shell' && command.commands).toEqual([{ lines: [['docker', 'build'], ['-t', 'my-app:1.0'], ['.']] }])
  })
})
