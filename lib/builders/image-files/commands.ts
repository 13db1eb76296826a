// The commands for a valid state. Compressing and flattening are pipelines: the one quoting
// function renders each command, and the shell's | and > join them.
import type { Command } from '../../shell/quote'
import type { Output } from '../model'
import { importChanges } from './changes'
import type { ImageFilesState } from './state'

function saveOutputs(state: ImageFilesState): Output[] {
  const images = state.images.map((row) => row.name)
  const save: Output = state.gzip
    ? {
        kind: 'shell',
        id: 'save',
        title: 'docker save | gzip',
        description: `Writes ${images.join(', ')} with every layer, the configuration, history and tags to ${state.file}, compressed on the way.`,
        commands: [{ lines: [['docker', 'save', ...images]] }, { lines: [['gzip']], stdout: state.file }],
      }
    : {
        kind: 'shell',
        id: 'save',
        title: 'docker save',
        description: `Writes ${images.join(', ')} with every layer, the configuration, history and tags to ${state.file}.`,
        commands: [{ lines: [['docker', 'save'], ['-o', state.file], images] }],
      }
  const load: Output = {
    kind: 'shell',
    id: 'load',
    title: 'docker load',
    description: 'On the other machine: loads every image in the archive under its tags. docker load reads gzip, bzip2, xz and zstd archives as they are.',
    commands: [{ lines: [['docker', 'load'], ['-i', state.file]] }],
  }
  if (state.file.includes('/')) save.notes = [`The folder ${state.file.slice(0, state.file.lastIndexOf('/'))} must exist: neither docker save nor the shell creates it.`]
  return [save, load]
}

function flattenOutputs(state: ImageFilesState): Output[] {
  const outputs: Output[] = []
  const inspected = state.source === 'image' ? ['image', state.sourceImage] : ['container', state.container]
  outputs.push({
    kind: 'shell',
    id: 'config',
    title: 'What to restore',
    description: 'Prints the configuration an import loses: Cmd, Entrypoint, Env, WorkingDir, ExposedPorts and User. Copy what you need into the form.',
    commands: [{ lines: [['docker', inspected[0]!, 'inspect'], ['--format', '{{json .Config}}'], [inspected[1]!]] }],
  })
  if (state.source === 'image') {
    outputs.push({
      kind: 'shell',
      id: 'create',
      title: 'docker create',
      description: 'Creates a container from the image without starting it: export needs a container.',
      commands: [{ lines: [['docker', 'create'], ['--name', state.container], [state.sourceImage]] }],
    })
  }
  const importLines: string[][] = [['docker', 'import'], ...importChanges(state).map((change) => ['--change', change])]
  if (state.message) importLines.push(['--message', state.message])
  importLines.push(['-', state.target])
  const exported: Command = { lines: [['docker', 'export', state.container]] }
  outputs.push({
    kind: 'shell',
    id: 'flatten',
    title: 'docker export | docker import',
    description: `Streams the container's files into a new one-layer image, ${state.target}, restoring the configuration with --change. Volume contents are not included.`,
    commands: [exported, { lines: importLines }],
  })
  if (state.source === 'image') {
    outputs.push({ kind: 'shell', id: 'remove', title: 'docker rm', description: 'Removes the helper container.', commands: [{ lines: [['docker', 'rm', state.container]] }] })
  }
  return outputs
}

export function imageFilesOutputs(state: ImageFilesState): Output[] {
  return state.mode === 'save' ? saveOutputs(state) : flattenOutputs(state)
}
