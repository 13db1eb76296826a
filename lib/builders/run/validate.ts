// What makes a `docker run` state invalid: every rule names the field and says why, including
// the combinations Docker itself refuses (--rm with a restart policy, --no-healthcheck with
// health options) and values only the daemon would reject (a relative working directory).
import { ErrorList, type FieldError } from '../model'
import { checkMount } from '../mounts'
import { ipAddress, portCount, portOrRange } from '../validate/addresses'
import { positiveDecimal, printable, wholeNumber } from '../validate/basics'
import { capability } from '../validate/capabilities'
import { imageRepository, imageTag, platform } from '../validate/images'
import { containerName, envName, labelKey, networkName, user } from '../validate/names'
import { containerPath, filePath } from '../validate/paths'
import { duration, size, sizeInBytes } from '../validate/quantities'
import type { RunState } from './state'

const SPECIAL_NETWORKS = ['bridge', 'host', 'none']
/** Docker refuses memory limits below 6 MiB. */
const MIN_MEMORY = 6 * 1024 * 1024

export function validateRun(state: RunState): FieldError[] {
  const errors = new ErrorList()
  errors.check('image', imageRepository(state.image))
  errors.check('tag', imageTag(state.tag))
  if (state.name) errors.check('name', containerName(state.name))
  if (state.hostname) errors.check('hostname', hostName(state.hostname))
  if (state.platform) errors.check('platform', platform(state.platform))
  checkPorts(state, errors)
  state.env.forEach((row, i) => {
    errors.check(`env.${i}.name`, envName(row.name))
    if (!row.fromHost) errors.check(`env.${i}.value`, printable(row.value))
  })
  state.envFiles.forEach((row, i) => errors.check(`envFiles.${i}.path`, filePath(row.path)))
  checkMounts(state, errors)
  if (state.network) errors.check('network', networkProblem(state.network))
  if (state.network.startsWith('container:')) {
    // The container shares another container's network stack, which already has its ports and host name.
    if (state.ports.length > 0 || state.publishAll) errors.check('network', 'Docker refuses published ports with a container: network: publish them on the other container.')
    if (state.hostname) errors.check('hostname', 'Docker refuses a host name with a container: network: the container uses the other one\'s host name.')
  }
  if (state.restart === 'on-failure' && state.restartRetries) errors.check('restartRetries', wholeNumber(state.restartRetries, 1))
  if (state.rm && state.restart !== 'no') {
    errors.check('restart', 'Docker refuses a restart policy together with --rm: a container it removes on exit cannot be restarted. Turn off --rm or choose "no".')
  }
  if (state.user) errors.check('user', user(state.user))
  if (state.workdir) errors.check('workdir', containerPath(state.workdir))
  errors.check('entrypoint', printable(state.entrypoint))
  state.command.forEach((row, i) => errors.check(`command.${i}.arg`, printable(row.arg)))
  state.labels.forEach((row, i) => {
    errors.check(`labels.${i}.key`, labelKey(row.key))
    errors.check(`labels.${i}.value`, printable(row.value))
  })
  if (state.logMaxSize) errors.check('logMaxSize', size(state.logMaxSize))
  if (state.logMaxFile) {
    errors.check('logMaxFile', wholeNumber(state.logMaxFile, 1))
    if (!state.logMaxSize && Number(state.logMaxFile) > 1) errors.check('logMaxFile', 'Set a maximum size too: without one the log is never rotated, so there is never a second file.')
  }
  state.capAdd.forEach((row, i) => errors.check(`capAdd.${i}.name`, capability(row.name)))
  if (state.seccomp && state.seccomp !== 'unconfined') errors.check('seccomp', filePath(state.seccomp))
  if (state.memory) {
    errors.check('memory', size(state.memory))
    if (!errors.has('memory') && (sizeInBytes(state.memory) ?? 0) < MIN_MEMORY) errors.check('memory', 'Docker needs at least 6m of memory for a container.')
  }
  if (state.cpus) errors.check('cpus', positiveDecimal(state.cpus))
  if (state.pidsLimit && state.pidsLimit !== '-1') errors.check('pidsLimit', wholeNumber(state.pidsLimit, 1))
  checkHealth(state, errors)
  return errors.list
}

function checkPorts(state: RunState, errors: ErrorList) {
  const seen = new Set<string>()
  state.ports.forEach((port, i) => {
    const at = (column: string) => `ports.${i}.${column}`
    if (port.hostIp) errors.check(at('hostIp'), ipAddress(port.hostIp))
    if (port.hostPort) errors.check(at('hostPort'), portOrRange(port.hostPort))
    errors.check(at('containerPort'), port.containerPort === '' ? 'Enter the port the program listens on inside the container.' : portOrRange(port.containerPort))
    if (errors.has(at('hostPort')) || errors.has(at('containerPort'))) return
    const containerRange = portCount(port.containerPort) > 1
    if (containerRange && port.hostPort && portCount(port.hostPort) !== portCount(port.containerPort)) {
      errors.check(at('hostPort'), 'A range of container ports needs a host range of the same size.')
    }
    if (!port.hostPort) return
    const key = `${port.hostIp}|${port.hostPort}/${port.protocol}`
    if (seen.has(key)) errors.check(at('hostPort'), `Host port ${port.hostPort}/${port.protocol} is already published above.`)
    seen.add(key)
  })
}

function checkMounts(state: RunState, errors: ErrorList) {
  const targets = new Set<string>()
  state.mounts.forEach((mount, i) => {
    const at = (column: string) => `mounts.${i}.${column}`
    checkMount(mount, at, errors, [state.mountSyntax])
    if (targets.has(mount.target)) errors.check(at('target'), `Another mount already uses ${mount.target}.`)
    targets.add(mount.target)
  })
}

function networkProblem(network: string): string | undefined {
  if (SPECIAL_NETWORKS.includes(network)) return undefined
  if (network.startsWith('container:')) return containerName(network.slice('container:'.length))
  return networkName(network)
}

const HOST_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?'

function hostName(value: string): string | undefined {
  return new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*$`).test(value) && value.length <= 253
    ? undefined
    : 'A host name is letters, digits and "-", in parts separated by dots, such as web or web.internal.'
}

function checkHealth(state: RunState, errors: ErrorList) {
  errors.check('healthCmd', printable(state.healthCmd))
  for (const field of ['healthInterval', 'healthTimeout', 'healthStartPeriod'] as const) {
    if (state[field]) errors.check(field, duration(state[field]))
  }
  if (state.healthRetries) errors.check('healthRetries', wholeNumber(state.healthRetries, 1))
  const anyHealth = state.healthCmd || state.healthInterval || state.healthTimeout || state.healthRetries || state.healthStartPeriod
  if (state.noHealthcheck && anyHealth) {
    errors.check('noHealthcheck', 'Docker refuses --no-healthcheck together with health check options: clear them, or keep the check.')
  }
}
