// The --change values of docker import: Dockerfile instructions, written from structured values
// so that no input can end an instruction early or start another one.
import type { ImageFilesState } from './state'

/**
 * An ENV value in double quotes. Inside them Docker's instruction parser treats \ before ", $ and \
 * as an escape and expands $NAME, so those three are escaped and the value arrives as typed.
 */
export function envValue(value: string): string {
  return `"${value.replace(/["$\\]/g, (c) => `\\${c}`)}"`
}

/** Each instruction to restore, in the order a Dockerfile would usually have them. */
export function importChanges(state: ImageFilesState): string[] {
  const changes: string[] = []
  for (const row of state.env) changes.push(`ENV ${row.name}=${envValue(row.value)}`)
  if (state.workdir) changes.push(`WORKDIR ${state.workdir}`)
  for (const row of state.expose) changes.push(`EXPOSE ${row.port}${row.protocol === 'udp' ? '/udp' : ''}`)
  if (state.user) changes.push(`USER ${state.user}`)
  // Exec form: a JSON array, so arguments keep their spaces and quotes and no shell is involved.
  if (state.entrypoint.length > 0) changes.push(`ENTRYPOINT ${JSON.stringify(state.entrypoint.map((row) => row.arg))}`)
  if (state.cmd.length > 0) changes.push(`CMD ${JSON.stringify(state.cmd.map((row) => row.arg))}`)
  return changes
}
