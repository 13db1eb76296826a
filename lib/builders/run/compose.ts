// The Compose service that says the same as the `docker run` command, made with the yaml library.
// Where Compose has no equivalent (--rm, -d, -P) or reads a value differently (relative paths,
// the default network), `composeNotes` says so next to the file.
import { Document, Scalar } from 'yaml'
import { joinImageReference } from '../validate/images'
import { publishValue, restartValue } from './command'
import type { MountRow, RunState } from './state'

type Yaml = Record<string, unknown>

const NETWORK_MODES = ['bridge', 'host', 'none']

/** Compose reads ${VAR} and $VAR in every value; $$ is a literal $, which is what the quoted command passes. */
function literal(value: string): string {
  return value.replaceAll('$', () => '$$')
}

/** Always quoted, so YAML never reads 8080:80 as a number or no as false. */
function quoted(value: string): Scalar {
  const scalar = new Scalar(literal(value))
  scalar.type = Scalar.QUOTE_DOUBLE
  return scalar
}

export function serviceName(state: RunState): string {
  if (state.name) return state.name
  const last = state.image.split('/').pop() ?? ''
  return last.replace(/[^a-zA-Z0-9._-]/g, '-') || 'app'
}

export function composeService(state: RunState): Yaml {
  const service: Yaml = { image: literal(joinImageReference(state.image, state.tag)) }
  const set = (key: string, value: unknown, when: unknown = value) => {
    if (when) service[key] = value
  }
  set('container_name', literal(state.name))
  set('hostname', literal(state.hostname))
  set('platform', literal(state.platform))
  set('stdin_open', true, state.interactive)
  set('tty', true, state.tty)
  set('init', true, state.init)
  set('ports', state.ports.map((port) => quoted(publishValue(port))), state.ports.length > 0)
  set('environment', state.env.map((row) => literal(row.fromHost ? row.name : `${row.name}=${row.value}`)), state.env.length > 0)
  set('env_file', state.envFiles.map((row) => literal(row.path)), state.envFiles.length > 0)
  set('volumes', state.mounts.map((mount) => composeMount(mount, state.mountSyntax)), state.mounts.length > 0)
  if (NETWORK_MODES.includes(state.network) || state.network.startsWith('container:')) set('network_mode', literal(state.network))
  else set('networks', [literal(state.network)], state.network)
  if (state.restart !== 'no') service.restart = literal(restartValue(state))
  set('user', quoted(state.user), state.user)
  set('working_dir', literal(state.workdir))
  set('entrypoint', [literal(state.entrypoint)], state.entrypoint)
  set('command', state.command.map((row) => literal(row.arg)), state.command.length > 0)
  set('labels', Object.fromEntries(state.labels.map((row) => [literal(row.key), literal(row.value)])), state.labels.length > 0)
  const logOptions: Yaml = {}
  if (state.logMaxSize) logOptions['max-size'] = literal(state.logMaxSize)
  if (state.logMaxFile) logOptions['max-file'] = quoted(state.logMaxFile)
  set('logging', { options: logOptions }, Object.keys(logOptions).length > 0)
  set('privileged', true, state.privileged)
  set('cap_drop', ['ALL'], state.capDropAll)
  set('cap_add', state.capAdd.map((row) => literal(row.name)), state.capAdd.length > 0)
  set('read_only', true, state.readOnly)
  const securityOptions = [state.noNewPrivileges ? 'no-new-privileges' : '', state.seccomp ? `seccomp=${state.seccomp}` : ''].filter(Boolean)
  set('security_opt', securityOptions.map(literal), securityOptions.length > 0)
  set('mem_limit', literal(state.memory))
  set('cpus', quoted(state.cpus), state.cpus)
  set('pids_limit', Number(state.pidsLimit), state.pidsLimit)
  set('healthcheck', healthcheck(state), state.noHealthcheck || state.healthCmd || state.healthInterval || state.healthTimeout || state.healthRetries || state.healthStartPeriod)
  return service
}

function composeMount(mount: MountRow, syntax: RunState['mountSyntax']): Yaml {
  const entry: Yaml = { type: mount.type }
  if (mount.type !== 'tmpfs' && mount.source) entry.source = literal(mount.source)
  entry.target = literal(mount.target)
  if (mount.readOnly) entry.read_only = true
  // -v creates a missing host folder; --mount and Compose's long syntax refuse to, unless asked.
  if (mount.type === 'bind' && syntax === 'short') entry.bind = { create_host_path: true }
  if (mount.type === 'tmpfs' && mount.size) entry.tmpfs = { size: literal(mount.size) }
  return entry
}

function healthcheck(state: RunState): Yaml {
  if (state.noHealthcheck) return { disable: true }
  const check: Yaml = {}
  if (state.healthCmd) check.test = ['CMD-SHELL', literal(state.healthCmd)]
  if (state.healthInterval) check.interval = state.healthInterval
  if (state.healthTimeout) check.timeout = state.healthTimeout
  if (state.healthRetries) check.retries = Number(state.healthRetries)
  if (state.healthStartPeriod) check.start_period = state.healthStartPeriod
  return check
}

/** The whole compose.yaml: the service, plus the named volumes and the network it uses. */
export function composeFile(state: RunState): string {
  const file: Yaml = { services: { [serviceName(state)]: composeService(state) } }
  const volumes = [...new Set(state.mounts.filter((m) => m.type === 'volume' && m.source).map((m) => m.source))]
  // `name:` keeps Compose from prefixing the project name, so the data lives in the same volume docker run uses.
  if (volumes.length > 0) file.volumes = Object.fromEntries(volumes.map((name) => [literal(name), { name: literal(name) }]))
  if (state.network && !NETWORK_MODES.includes(state.network) && !state.network.startsWith('container:')) {
    // docker run only joins a network that already exists; so does an external network.
    file.networks = { [literal(state.network)]: { name: literal(state.network), external: true } }
  }
  // No block scalars: yaml writes `|+` without the indentation indicator a value starting with a
  // space-only line needs, and the value would come back without its leading spaces.
  return new Document(file, { version: '1.1' }).toString({ lineWidth: 0, blockQuote: false })
}

/** What the Compose file cannot say, or says with a difference worth knowing. */
export function composeNotes(state: RunState): string[] {
  const notes: string[] = []
  notes.push(`Start it with docker compose up${state.detach ? ' -d' : ''} in the folder of compose.yaml.`)
  if (state.rm) notes.push('--rm has no Compose setting: docker compose down removes the containers.')
  if (state.publishAll) notes.push('Compose has no -P: list each port under ports.')
  if (!state.network) notes.push('Compose puts the service on a network of its own project rather than the default bridge, so services find each other by name.')
  const relative = state.mounts.some((m) => m.type === 'bind' && m.source.startsWith('.')) || state.envFiles.some((f) => !f.path.startsWith('/'))
  if (relative) notes.push('Relative paths are read from the folder of compose.yaml, not from the folder you run the command in.')
  return notes
}
