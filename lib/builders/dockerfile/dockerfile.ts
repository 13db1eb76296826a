// The Dockerfile as data: stages of instructions, made from the state, then rendered to text.
// Tests parse the text back with dockerfile-ast and compare it with this representation, so the
// renderer is the only place that knows Dockerfile syntax.
import { baseKind, type BaseKind } from './base'
import { healthArgv } from './health'
import type { DockerfileState } from './state'

export interface Instruction {
  keyword: 'FROM' | 'ARG' | 'ENV' | 'WORKDIR' | 'RUN' | 'COPY' | 'USER' | 'EXPOSE' | 'HEALTHCHECK' | 'STOPSIGNAL' | 'ENTRYPOINT' | 'CMD'
  /** The arguments; a RUN with several commands has one entry per command, chained with &&. */
  args: string[]
}

export interface Stage {
  name: string
  instructions: Instruction[]
}

export const BUILD_STAGE = 'build'
export const RUNTIME_STAGE = 'runtime'

/** A value for ENV or ARG, kept exactly as typed: bare when it is plainly one word, otherwise double-quoted with ", \ and $ escaped. */
export function quoteValue(value: string): string {
  return /^[A-Za-z0-9_./:@%+,-]+$/.test(value) ? value : `"${value.replace(/[\\"$]/g, '\\$&')}"`
}

/** A step that uses ||, ; or & would bind differently inside an && chain, so it runs in a subshell. */
function chainable(command: string): string {
  return /\|\||;|(^|[^&])&(?!&)/.test(command) ? `( ${command} )` : command
}

function run(commands: string[]): Instruction {
  return { keyword: 'RUN', args: commands.map(chainable) }
}

/** Installs packages and removes the package lists in the same layer, as each package manager needs. */
export function packageCommands(kind: BaseKind, packages: string[]): string[] {
  if (packages.length === 0) return []
  if (kind === 'alpine') return [`apk add --no-cache ${packages.join(' ')}`]
  return ['apt-get update', `apt-get install -y --no-install-recommends ${packages.join(' ')}`, 'rm -rf /var/lib/apt/lists/*']
}

/** Debian's groupadd/useradd never prompt; BusyBox (Alpine's too) has addgroup/adduser with short options. */
export function userCommands(kind: BaseKind, name: string, uid: string): string[] {
  if (kind === 'alpine' || kind === 'busybox') return [`addgroup -S -g ${uid} ${name}`, `adduser -S -u ${uid} -G ${name} ${name}`]
  return [`groupadd --gid ${uid} ${name}`, `useradd --uid ${uid} --gid ${name} --create-home ${name}`]
}

const argsOf = (rows: { arg: string }[]) => rows.map((row) => row.arg)

function healthcheck(state: DockerfileState): Instruction | undefined {
  const argv = healthArgv(state)
  if (!argv) return undefined
  const options = [
    ['interval', state.healthInterval],
    ['timeout', state.healthTimeout],
    ['start-period', state.healthStartPeriod],
    ['retries', state.healthRetries],
  ].flatMap(([name, value]) => (value ? [`--${name}=${value}`] : []))
  return { keyword: 'HEALTHCHECK', args: [[...options, 'CMD', JSON.stringify(argv)].join(' ')] }
}

/** Consecutive RUNs become one chained RUN: one layer, and nothing for a linter to flag. */
function mergeRuns(instructions: Instruction[]): Instruction[] {
  const merged: Instruction[] = []
  for (const instruction of instructions) {
    const last = merged[merged.length - 1]
    if (instruction.keyword === 'RUN' && last?.keyword === 'RUN') merged[merged.length - 1] = { keyword: 'RUN', args: [...last.args, ...instruction.args] }
    else merged.push(instruction)
  }
  return merged
}

export function composeStages(state: DockerfileState): Stage[] {
  const kind = baseKind(state.image)
  const from = (image: string, name: string): Instruction => ({ keyword: 'FROM', args: [state.multiStage ? `${image} AS ${name}` : image] })
  const argRows: Instruction[] = state.args.map((row) => ({ keyword: 'ARG', args: [row.value ? `${row.name}=${quoteValue(row.value)}` : row.name] }))
  const workdir: Instruction = { keyword: 'WORKDIR', args: [state.workdir] }
  const source: Instruction[] = [
    ...(state.manifests.length > 0 ? [{ keyword: 'COPY' as const, args: [[...state.manifests.map((m) => m.path), './'].join(' ')] }] : []),
    ...(state.install ? [run([state.install])] : []),
    ...(state.copySource ? [{ keyword: 'COPY' as const, args: ['. .'] }] : []),
    ...(state.steps.length > 0 ? [run(state.steps.map((step) => step.command))] : []),
  ]
  const setup = [...packageCommands(kind, state.packages.map((p) => p.name)), ...(state.userMode === 'create' ? userCommands(kind, state.userName, state.uid) : [])]
  const user = state.userMode === 'create' ? `${state.uid}:${state.uid}` : state.userMode === 'existing' ? state.userName : ''
  const health = healthcheck(state)

  const runtime: Instruction[] = [
    from(state.image, RUNTIME_STAGE),
    ...argRows,
    ...state.env.map((row): Instruction => ({ keyword: 'ENV', args: [`${row.name}=${quoteValue(row.value)}`] })),
    ...(setup.length > 0 ? [run(setup)] : []),
    workdir,
    ...(state.multiStage ? state.artifacts.map((a): Instruction => ({ keyword: 'COPY', args: [`--from=${BUILD_STAGE} ${a.source} ${a.target}`] })) : source),
    ...(user ? [{ keyword: 'USER' as const, args: [user] }] : []),
    ...(state.expose.length > 0 ? [{ keyword: 'EXPOSE' as const, args: [state.expose.map((e) => (e.protocol === 'tcp' ? e.port : `${e.port}/${e.protocol}`)).join(' ')] }] : []),
    ...(health ? [health] : []),
    ...(state.stopSignal ? [{ keyword: 'STOPSIGNAL' as const, args: [state.stopSignal] }] : []),
    ...(state.entrypoint.length > 0 ? [{ keyword: 'ENTRYPOINT' as const, args: [JSON.stringify(argsOf(state.entrypoint))] }] : []),
    ...(state.cmd.length > 0 ? [{ keyword: 'CMD' as const, args: [JSON.stringify(argsOf(state.cmd))] }] : []),
  ]
  const stages: Stage[] = []
  if (state.multiStage) stages.push({ name: BUILD_STAGE, instructions: mergeRuns([from(state.buildImage, BUILD_STAGE), ...argRows, { keyword: 'WORKDIR', args: [state.buildWorkdir] }, ...source]) })
  stages.push({ name: RUNTIME_STAGE, instructions: mergeRuns(runtime) })
  return stages
}

const CONTINUATION = ' \\\n    && '

export function renderInstruction({ keyword, args }: Instruction): string {
  return `${keyword} ${args.join(CONTINUATION)}`
}

export function renderDockerfile(stages: Stage[]): string {
  return `${stages.map((stage) => stage.instructions.map(renderInstruction).join('\n')).join('\n\n')}\n`
}
