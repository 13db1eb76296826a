// What makes a Dockerfile composer state invalid. Values go into the Dockerfile as text, so
// besides Docker's own rules each one must stay on its line: a line break or a final backslash
// would run into the next instruction.
import { ErrorList, type FieldError } from '../model'
import { port } from '../validate/addresses'
import { printable, required, wholeNumber } from '../validate/basics'
import { imageReference } from '../validate/images'
import { envName, isPortableEnvName, user } from '../validate/names'
import { duration } from '../validate/quantities'
import { baseKind, hasShell } from './base'
import type { DockerfileState } from './state'

/** Signals STOPSIGNAL accepts by name, without the optional SIG prefix. */
const SIGNALS = ['ABRT', 'ALRM', 'BUS', 'CHLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'KILL', 'PIPE', 'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ']

export function stopSignal(value: string): string | undefined {
  const name = value.toUpperCase().replace(/^SIG/, '')
  if (SIGNALS.includes(name) || /^RTMIN\+\d+$|^RTMAX-\d+$/.test(name)) return undefined
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 64) return undefined
  return `${value} is not a signal name: use one such as SIGTERM, SIGINT or SIGQUIT.`
}

/** Text that goes into the Dockerfile as it is: one line, with no backslash at its end. */
export function oneLine(value: string): string | undefined {
  if (/[\r\n]/.test(value)) return 'Keep this on one line: a line break would end the instruction.'
  if (/\\\s*$/.test(value)) return 'Remove the backslash at the end: it would join the next line to this one.'
  return printable(value)
}

/** A shell command for RUN: one line, and not a heredoc or a comment that would swallow the chained steps after it. */
export function shellCommand(value: string): string | undefined {
  if (value.trim() === '') return 'Enter a command, or remove this step.'
  if (value.includes('<<')) return 'Here-documents (<<) need lines of their own: put the text in a file and COPY it.'
  if (/(^|\s)#/.test(value)) return 'Remove the comment: it would hide the steps chained after this one.'
  if (value.trimStart().startsWith('-')) return 'Start with the command: RUN would read a leading -- as one of its own options.'
  if (value.trimStart().startsWith('[')) return 'A RUN starting with [ would be read as exec form: start with the command.'
  return oneLine(value)
}

/** Paths in the build context or in the image: plain characters, so they need no quoting in COPY. */
export function dockerfilePath(value: string, absolute: boolean): string | undefined {
  if (value === '') return 'Enter a path.'
  if (absolute && !value.startsWith('/')) return 'This path is in the image, and absolute: start it with /.'
  if (!/^[A-Za-z0-9_./@+*?-]+$/.test(value)) return 'Use letters, digits and . _ - + @ / (and * or ? as wildcards): no spaces or quotes.'
  return undefined
}

function contextPath(value: string): string | undefined {
  if (value.startsWith('/')) return 'Paths in the build context are relative to it: leave out the leading /.'
  if (value.split('/').includes('..')) return 'COPY cannot reach outside the build context: remove the "..".'
  return dockerfilePath(value, false)
}

export function validateDockerfile(state: DockerfileState): FieldError[] {
  const errors = new ErrorList()
  const kind = baseKind(state.image)
  errors.check('image', required(state.image, 'a base image, such as node:24-trixie-slim') ?? imageReference(state.image))
  if (state.multiStage) {
    errors.check('buildImage', required(state.buildImage, 'the image to build in, such as golang:1.25') ?? imageReference(state.buildImage))
    errors.check('buildWorkdir', required(state.buildWorkdir, "the build stage's working directory, such as /src") ?? dockerfilePath(state.buildWorkdir, true))
    if (!errors.has('buildImage') && !hasShell(baseKind(state.buildImage))) errors.check('buildImage', 'The build stage runs RUN steps, which need a shell: build in an image such as golang:1.25 or node:24-trixie.')
  }
  errors.check('workdir', required(state.workdir, 'the working directory, such as /app') ?? dockerfilePath(state.workdir, true))

  const names = (field: 'args' | 'env') => {
    const seen = new Set<string>()
    state[field].forEach((row, i) => {
      errors.check(`${field}.${i}.name`, envName(row.name) ?? (isPortableEnvName(row.name) ? undefined : 'Use letters, digits and _, not starting with a digit.'))
      if (seen.has(row.name)) errors.check(`${field}.${i}.name`, `${row.name} is already set above.`)
      seen.add(row.name)
      errors.check(`${field}.${i}.value`, oneLine(row.value))
    })
  }
  names('args')
  names('env')

  const needsShell = (field: string, what: string) => {
    if (!hasShell(kind)) errors.check(field, `${state.image} has no shell or package manager for ${what}: ${state.multiStage ? 'do it in the build stage' : 'turn on a build stage and do it there'}.`)
  }
  state.packages.forEach((row, i) => {
    errors.check(`packages.${i}.name`, /^[a-z0-9][a-z0-9+.-]*(=[A-Za-z0-9.+:~_-]+)?$/.test(row.name) ? undefined : 'A package name is lowercase letters, digits and + . -, optionally with =version.')
  })
  if (state.packages.length > 0) needsShell('packages', 'installing packages')
  if (state.packages.length > 0 && kind === 'busybox') errors.check('packages', `${state.image} has no package manager: install packages in a build stage, or start from alpine.`)
  if (state.packages.length > 0 && kind === 'rpm') errors.check('packages', `${state.image} installs packages with dnf, which this builder does not write: add a RUN step such as dnf install -y ${state.packages.map((row) => row.name.replace('=', '-')).join(' ')} && dnf clean all (microdnf on minimal images).`)

  state.manifests.forEach((row, i) => errors.check(`manifests.${i}.path`, contextPath(row.path)))
  if (state.install) errors.check('install', shellCommand(state.install))
  state.steps.forEach((row, i) => errors.check(`steps.${i}.command`, shellCommand(row.command)))
  if (!state.multiStage && (state.install || state.steps.length > 0)) needsShell(state.install ? 'install' : 'steps', 'RUN steps')
  if (state.multiStage) {
    state.artifacts.forEach((row, i) => {
      errors.check(`artifacts.${i}.source`, dockerfilePath(row.source, true))
      errors.check(`artifacts.${i}.target`, dockerfilePath(row.target, false))
    })
  }

  if (state.userMode === 'create') {
    errors.check('userName', /^[a-z_][a-z0-9_-]{0,31}$/.test(state.userName) ? undefined : 'A user name is up to 32 lowercase letters, digits, _ and -, starting with a letter or _.')
    if (state.userName === 'root') errors.check('userName', 'root already exists and is what the container runs as without a USER: choose another name.')
    errors.check('uid', wholeNumber(state.uid, 1, 2_147_483_647))
    if (!hasShell(kind)) errors.check('userMode', `${state.image} has no shell to create a user with: choose a user the image already has (distroless images have nonroot, UID 65532) or a numeric UID.`)
    if (kind === 'rpm') errors.check('userMode', `The builder creates users with Debian's and Alpine's tools, and minimal RPM-based images have no useradd: create the user in a RUN step of your own, or choose "A user the image already has" with a numeric UID such as 10001.`)
  } else if (state.userMode === 'existing') {
    errors.check('userName', required(state.userName, 'the user, such as node, nonroot or 10001:10001') ?? user(state.userName))
    if (/^(root|0)(:|$)/.test(state.userName)) errors.check('userName', 'That is root: choose "Stay root" if you mean it, or another user.')
    if (kind === 'scratch' && !/^\d+(:\d+)?$/.test(state.userName)) errors.check('userName', 'scratch has no /etc/passwd to look a name up in: give a numeric UID such as 65532.')
  }

  const ports = new Set<string>()
  state.expose.forEach((row, i) => {
    errors.check(`expose.${i}.port`, port(row.port))
    const key = `${row.port}/${row.protocol}`
    if (ports.has(key)) errors.check(`expose.${i}.port`, `${key} is already in the list.`)
    ports.add(key)
  })

  if (state.healthKind === 'http') {
    errors.check('healthUrl', /^https?:\/\/[^\s"'\\`$]+$/.test(state.healthUrl) && URL.canParse(state.healthUrl) ? undefined : 'Enter the URL to check inside the container, such as http://localhost:3000/health.')
  } else if (state.healthKind === 'exec') {
    if (state.healthCommand.length === 0) errors.check('healthCommand', 'Add the program to run, and its arguments, one per row.')
    state.healthCommand.forEach((row, i) => errors.check(`healthCommand.${i}.arg`, i === 0 ? required(row.arg, 'the program to run') ?? printable(row.arg) : printable(row.arg)))
  }
  if (state.healthKind !== 'none') {
    for (const field of ['healthInterval', 'healthTimeout', 'healthStartPeriod'] as const) if (state[field]) errors.check(field, duration(state[field]))
    if (state.healthRetries) errors.check('healthRetries', wholeNumber(state.healthRetries, 1, 1000))
  }
  if (state.stopSignal) errors.check('stopSignal', stopSignal(state.stopSignal))
  state.entrypoint.forEach((row, i) => errors.check(`entrypoint.${i}.arg`, i === 0 ? required(row.arg, 'the program to run') ?? printable(row.arg) : printable(row.arg)))
  if (state.entrypoint.length === 0) state.cmd.forEach((row, i) => i === 0 && errors.check(`cmd.${i}.arg`, required(row.arg, 'the program to run')))
  state.cmd.forEach((row, i) => errors.check(`cmd.${i}.arg`, printable(row.arg)))

  const copied = new Set(state.manifests.map((m) => m.path))
  state.ignore.forEach((row, i) => {
    errors.check(`ignore.${i}.pattern`, required(row.pattern, 'a pattern, or remove this row') ?? oneLine(row.pattern))
    if (row.pattern.startsWith('#')) errors.check(`ignore.${i}.pattern`, 'A line starting with # is a comment in .dockerignore: write the pattern without it.')
    if (copied.has(row.pattern)) errors.check(`ignore.${i}.pattern`, `${row.pattern} is copied by the Dockerfile: ignoring it would break the build.`)
  })
  if (state.tag) errors.check('tag', imageReference(state.tag) ?? (state.tag.includes('@') ? 'A build tag cannot contain a digest.' : undefined))
  return errors.list
}
