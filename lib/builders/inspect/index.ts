// The inspect and format builder: docker image/container inspect with a Go template, and
// docker ps / docker image ls with the columns the reader picks.
import { stateWith, type BuilderModel } from '../model'
import { DEFAULT_FIELDS, type Kind } from './catalog'
import { inspectWarnings, validateInspect } from './checks'
import { inspectOutputs } from './commands'
import { inspectSpec, type InspectSpec, type InspectState } from './state'

const state = (values: Partial<InspectState>) => stateWith(inspectSpec, values)
const fields = (...keys: string[]) => keys.map((field) => ({ field }))

/** The fields a kind starts with, as rows. */
export function defaultFields(kind: Kind): InspectState['fields'] {
  return fields(...DEFAULT_FIELDS[kind])
}

export const inspectBuilder: BuilderModel<InspectSpec> = {
  id: 'inspect',
  route: '/tools/inspect/',
  spec: inspectSpec,
  start: state({ fields: defaultFields('image') }),
  presets: [
    { id: 'image-config', label: 'How an image starts', state: state({ fields: fields('entrypoint', 'cmd', 'workdir', 'user', 'exposedPorts') }) },
    { id: 'image-env', label: 'An image\'s environment', state: state({ name: 'postgres:17', fields: fields('env') }) },
    { id: 'container-ip', label: 'A container\'s IP address', state: state({ kind: 'container', name: 'web', fields: fields('ip') }) },
    { id: 'container-health', label: 'Container status and health', state: state({ kind: 'container', name: 'web', fields: defaultFields('container') }) },
    { id: 'container-mounts', label: 'What a container mounts', state: state({ kind: 'container', name: 'db', fields: fields('mounts') }) },
    { id: 'ps-table', label: 'docker ps as a table', state: state({ kind: 'ps', name: '', all: true, fields: fields('name', 'image', 'status', 'ports') }) },
    { id: 'image-table', label: 'docker image ls as a table', state: state({ kind: 'images', name: '', fields: defaultFields('images') }) },
  ],
  validate: validateInspect,
  warnings: inspectWarnings,
  outputs: inspectOutputs,
}
