// The logging builder: rotation for the daemon (daemon.json) and for one container, and the
// docker logs command to read what was kept.
import { stateWith, type BuilderModel } from '../model'
import { loggingWarnings, validateLogging } from './checks'
import { loggingOutputs } from './outputs'
import { loggingSpec, type LoggingSpec, type LoggingState } from './state'

const state = (values: Partial<LoggingState>) => stateWith(loggingSpec, { container: 'web', image: 'nginx:1.27-alpine', ...values })

const rotated = state({ maxSize: '10m', maxFile: '3', compress: true, tail: '100', timestamps: true })

export const loggingBuilder: BuilderModel<LoggingSpec> = {
  id: 'logging',
  route: '/tools/logging/',
  spec: loggingSpec,
  start: rotated,
  presets: [
    { id: 'json-file', label: 'json-file, rotated and compressed', state: rotated },
    { id: 'local', label: 'The local driver with its defaults', state: state({ driver: 'local', compress: true, tail: '100' }) },
    { id: 'small', label: 'Small logs for a chatty container', state: state({ driver: 'local', maxSize: '5m', maxFile: '2', compress: true, follow: true, tail: '50' }) },
    { id: 'incident', label: 'What happened in the last hour', state: state({ maxSize: '10m', maxFile: '3', since: '1h', timestamps: true }) },
  ],
  validate: validateLogging,
  warnings: loggingWarnings,
  outputs: loggingOutputs,
}
