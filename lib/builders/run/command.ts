// The `docker run` argv for a valid state. Each flag with its value is one line of the Command, so
// the multi-line layout keeps them together.
import type { Command } from '../../shell/quote'
import { mountWords } from '../mounts'
import { isIpv6 } from '../validate/addresses'
import { joinImageReference } from '../validate/images'
import type { PortRow, RunState } from './state'

export function runCommand(state: RunState): Command {
  const lines: string[][] = [['docker', 'run']]
  const add = (...words: string[]) => lines.push(words)
  const short = `${state.detach ? 'd' : ''}${state.interactive ? 'i' : ''}${state.tty ? 't' : ''}`
  if (short) add(`-${short}`)
  if (state.rm) add('--rm')
  if (state.name) add('--name', state.name)
  if (state.hostname) add('--hostname', state.hostname)
  if (state.platform) add('--platform', state.platform)
  for (const port of state.ports) add('-p', publishValue(port))
  if (state.publishAll) add('-P')
  for (const variable of state.env) add('-e', variable.fromHost ? variable.name : `${variable.name}=${variable.value}`)
  for (const file of state.envFiles) add('--env-file', file.path)
  for (const mount of state.mounts) add(...mountWords(mount, state.mountSyntax))
  if (state.network) add('--network', state.network)
  if (state.restart !== 'no') add('--restart', restartValue(state))
  if (state.user) add('--user', state.user)
  if (state.workdir) add('--workdir', state.workdir)
  if (state.entrypoint) add('--entrypoint', state.entrypoint)
  for (const label of state.labels) add('--label', `${label.key}=${label.value}`)
  if (state.logMaxSize) add('--log-opt', `max-size=${state.logMaxSize}`)
  if (state.logMaxFile) add('--log-opt', `max-file=${state.logMaxFile}`)
  if (state.privileged) add('--privileged')
  if (state.capDropAll) add('--cap-drop', 'ALL')
  for (const cap of state.capAdd) add('--cap-add', cap.name)
  if (state.readOnly) add('--read-only')
  if (state.noNewPrivileges) add('--security-opt', 'no-new-privileges')
  if (state.seccomp) add('--security-opt', `seccomp=${state.seccomp}`)
  if (state.init) add('--init')
  if (state.memory) add('--memory', state.memory)
  if (state.cpus) add('--cpus', state.cpus)
  if (state.pidsLimit) add('--pids-limit', state.pidsLimit)
  if (state.healthCmd) add('--health-cmd', state.healthCmd)
  if (state.healthInterval) add('--health-interval', state.healthInterval)
  if (state.healthTimeout) add('--health-timeout', state.healthTimeout)
  if (state.healthRetries) add('--health-retries', state.healthRetries)
  if (state.healthStartPeriod) add('--health-start-period', state.healthStartPeriod)
  if (state.noHealthcheck) add('--no-healthcheck')
  add(joinImageReference(state.image, state.tag), ...state.command.map((row) => row.arg))
  return { lines }
}

/** `[host-ip:][host-port:]container-port[/protocol]`; an IPv6 host address goes in brackets. */
export function publishValue(port: PortRow): string {
  const ip = port.hostIp === '' ? '' : isIpv6(port.hostIp) ? `[${port.hostIp}]` : port.hostIp
  const protocol = port.protocol === 'tcp' ? '' : `/${port.protocol}`
  const host = ip ? `${ip}:${port.hostPort}:` : port.hostPort ? `${port.hostPort}:` : ''
  return `${host}${port.containerPort}${protocol}`
}

export function restartValue(state: RunState): string {
  return state.restart === 'on-failure' && state.restartRetries ? `on-failure:${state.restartRetries}` : state.restart
}
