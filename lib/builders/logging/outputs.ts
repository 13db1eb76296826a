// The outputs for a valid logging state: daemon.json (made with JSON.stringify, every log-opts
// value a string as the daemon requires), the same settings for one container, and docker logs.
import type { Command } from '../../shell/quote'
import type { Output } from '../model'
import { DRIVER_DEFAULTS, type LoggingState } from './state'

/** The log options that differ from the driver's defaults, in the daemon's string form. */
export function logOptions(state: LoggingState): Record<string, string> {
  const options: Record<string, string> = {}
  if (state.maxSize) options['max-size'] = state.maxSize
  if (state.maxFile) options['max-file'] = state.maxFile
  if (state.compress !== DRIVER_DEFAULTS[state.driver].compress) options.compress = String(state.compress)
  return options
}

export function daemonJson(state: LoggingState): string {
  const options = logOptions(state)
  const config = Object.keys(options).length > 0 ? { 'log-driver': state.driver, 'log-opts': options } : { 'log-driver': state.driver }
  return `${JSON.stringify(config, null, 2)}\n`
}

function runCommand(state: LoggingState): Command {
  const lines: string[][] = [['docker', 'run'], ['-d'], ['--name', state.container], ['--log-driver', state.driver]]
  for (const [key, value] of Object.entries(logOptions(state))) lines.push(['--log-opt', `${key}=${value}`])
  lines.push([state.image])
  return { lines }
}

function logsCommand(state: LoggingState): Command {
  const lines: string[][] = [['docker', 'logs']]
  if (state.follow) lines.push(['--follow'])
  if (state.tail) lines.push(['--tail', state.tail])
  if (state.since) lines.push(['--since', state.since])
  if (state.timestamps) lines.push(['--timestamps'])
  lines.push([state.container])
  return { lines }
}

function keeps(state: LoggingState): string {
  const defaults = DRIVER_DEFAULTS[state.driver]
  const size = state.maxSize || defaults.maxSize
  const files = state.maxFile || defaults.maxFile
  if (size === 'no limit') return 'one log file per container that grows without limit'
  return `up to ${files} file${files === '1' ? '' : 's'} of ${size} per container${state.compress && files !== '1' ? ', the rotated ones compressed' : ''}`
}

function logsDescription(state: LoggingState): string {
  const parts = [state.tail ? (state.tail === 'all' ? 'the whole log' : `the last ${state.tail} lines`) : 'the whole log']
  if (state.since) parts.push(/^\d{4}-|^\d{10}/.test(state.since) ? `written since ${state.since}` : `from the last ${state.since}`)
  if (state.timestamps) parts.push('each line with its timestamp')
  return `Shows ${parts.join(', ')} of ${state.container}${state.follow ? ', then keeps printing new lines until you press Ctrl+C' : ''}.`
}

export function loggingOutputs(state: LoggingState): Output[] {
  const dateWithoutZone = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/.test(state.since)
  return [
    {
      kind: 'file',
      id: 'daemon-json',
      title: 'Default for every new container',
      filename: 'daemon.json',
      language: 'json',
      text: daemonJson(state),
      description: `The daemon's default logging: ${keeps(state)}.`,
      notes: [
        'On Linux the file is /etc/docker/daemon.json: add these keys to what it already holds. On Docker Desktop, edit it under Settings > Docker Engine.',
        'Restart the daemon to load it (sudo systemctl restart docker). It applies only to containers created afterwards: existing ones keep their logging until you recreate them.',
      ],
    },
    {
      kind: 'shell',
      id: 'run',
      title: 'The same for one container',
      description: `Overrides the daemon's default for ${state.container} only: ${keeps(state)}.`,
      commands: [runCommand(state)],
    },
    {
      kind: 'shell',
      id: 'logs',
      title: 'Read the logs',
      description: logsDescription(state),
      notes: dateWithoutZone ? [`${state.since} has no time zone, so it is read in your computer's local time. Add Z (UTC) or an offset such as +01:00 to be exact.`] : undefined,
      commands: [logsCommand(state)],
    },
  ]
}
