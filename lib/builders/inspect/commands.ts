// The command for a valid state. The Go template is built from the catalog's fields and travels
// as one argv element, so the one quoting function keeps its braces, quotes and $ away from the shell.
import type { Command } from '../../shell/quote'
import type { Output } from '../model'
import { fieldInfo, type FieldInfo } from './catalog'
import type { InspectState } from './state'

function pickedFields(state: InspectState): FieldInfo[] {
  return state.fields.map((row) => fieldInfo(state.kind, row.field)!)
}

/** The --format template of docker image inspect or docker container inspect. */
export function inspectTemplate(state: InspectState): string {
  const fields = pickedFields(state)
  if (fields.length === 1) return fields[0]!.template
  // {{println}} prints a line break: a template without a literal newline is one line to paste.
  if (state.layout === 'lines') return fields.map((field) => `${field.label}: ${field.template}`).join('{{println}}')
  return fields.map((field) => field.template).join(' ')
}

/** The --format template of docker ps or docker image ls: placeholders separated by tabs. */
export function listTemplate(state: InspectState): string {
  const columns = state.fields.map((row) => {
    const placeholder = fieldInfo(state.kind, row.field)!.template
    // The key is a Go string literal; JSON's escapes are Go's too, and the key's characters need none.
    return row.field === 'label' ? `{{${placeholder} ${JSON.stringify(state.labelKey)}}}` : `{{${placeholder}}}`
  })
  // The CLI turns a literal \t into a tab; `table` adds a header row and aligns the columns.
  return `${state.table ? 'table ' : ''}${columns.join('\\t')}`
}

export function inspectOutputs(state: InspectState): Output[] {
  if (state.kind === 'image' || state.kind === 'container') {
    const size = state.kind === 'container' && state.fields.some((row) => row.field === 'size')
    const command: Command = { lines: [['docker', state.kind, 'inspect'], ...(size ? [['--size']] : []), ['--format', inspectTemplate(state)], [state.name]] }
    return [
      {
        kind: 'shell',
        id: 'inspect',
        title: `docker ${state.kind} inspect`,
        description: `Prints the chosen fields of the ${state.kind} ${state.name}. Name several ${state.kind}s to get one result after another.`,
        commands: [command],
      },
    ]
  }
  const words = state.kind === 'ps' ? ['docker', 'ps'] : ['docker', 'image', 'ls']
  const command: Command = { lines: [[...words, ...(state.kind === 'ps' && state.all ? ['-a'] : [])], ['--format', listTemplate(state)]] }
  return [
    {
      kind: 'shell',
      id: 'list',
      title: words.join(' '),
      description:
        state.kind === 'ps'
          ? `Lists ${state.all ? 'all containers, stopped ones too' : 'running containers'}, one per line, with the chosen columns.`
          : 'Lists the images on this machine, one per line, with the chosen columns.',
      commands: [command],
    },
  ]
}
