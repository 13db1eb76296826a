// The commands for a valid storage state: every container's docker run in both mount syntaxes,
// side by side, and the backup and restore of a volume through a throwaway container.
import type { Command } from '../../shell/quote'
import type { Output } from '../model'
import { mountWords, shortSyntaxProblem, type MountRow, type MountSyntax } from '../mounts'
import { mountOf, sharedMount, type StorageState } from './state'

/** Small, and its tar reads and writes gzip: all a backup container needs. */
export const BACKUP_IMAGE = 'busybox:1.37'
const DATA = '/data'
const BACKUP = '/backup'

interface Container {
  name: string
  image: string
  args: string[]
  mount: MountRow
}

function containers(state: StorageState): Container[] {
  const first = { name: state.name, image: state.image, args: state.command.map((row) => row.arg), mount: mountOf(state) }
  return [first, ...state.sharing.map((row) => ({ name: row.name, image: row.image, args: [], mount: sharedMount(state, row) }))]
}

function runCommand(state: StorageState, container: Container, syntax: MountSyntax): Command {
  const lines: string[][] = [['docker', 'run']]
  if (state.detach) lines.push(['-d'])
  if (container.name) lines.push(['--name', container.name])
  lines.push(mountWords(container.mount, syntax))
  lines.push([container.image, ...container.args])
  return { lines }
}

function syntaxName(mount: MountRow, syntax: MountSyntax): string {
  return syntax === 'mount' ? '--mount' : mount.type === 'tmpfs' ? '--tmpfs' : '-v'
}

/** What happens with a bind mount whose host path is missing: the one way the two syntaxes behave differently. */
function missingPathNote(mount: MountRow, syntax: MountSyntax): string | undefined {
  if (mount.type !== 'bind') return undefined
  return syntax === 'short'
    ? `If ${mount.source} does not exist on the host, -v creates it as an empty folder owned by root and starts the container anyway.`
    : `If ${mount.source} does not exist on the host, Docker refuses to start the container and names the missing path.`
}

function describe(mount: MountRow): string {
  const access = mount.readOnly ? 'read-only' : 'read-write'
  if (mount.type === 'tmpfs') return `A tmpfs mount at ${mount.target}, ${access}, kept in memory${mount.size ? ` and limited to ${mount.size}` : ' (no size limit set: by default up to half the host\'s memory)'}. Its files are gone when the container stops.`
  if (mount.type === 'bind') return `The host folder ${mount.source} appears at ${mount.target}, ${access}.`
  return mount.source
    ? `The volume ${mount.source} appears at ${mount.target}, ${access}. Docker creates the volume if it does not exist yet.`
    : `A new anonymous volume appears at ${mount.target}, ${access}.`
}

export function storageOutputs(state: StorageState): Output[] {
  const all = containers(state)
  const outputs: Output[] = all.flatMap((container, i) => {
    const label = all.length > 1 ? `Container ${i + 1}${container.name ? ` (${container.name})` : ''} ` : ''
    const suffix = i === 0 ? '' : `-${i + 1}`
    const syntaxes: MountSyntax[] = shortSyntaxProblem(container.mount) ? ['mount'] : ['short', 'mount']
    return syntaxes.map((syntax): Output => {
      const note = missingPathNote(container.mount, syntax)
      return {
        kind: 'shell',
        id: `${syntax}${suffix}`,
        title: `${label}with ${syntaxName(container.mount, syntax)}`,
        description: describe(container.mount),
        notes: note ? [note] : undefined,
        commands: [runCommand(state, container, syntax)],
      }
    })
  })
  if (state.backup) outputs.push(...backupOutputs(state))
  return outputs
}

function backupOutputs(state: StorageState): Output[] {
  const volume = (readOnly: boolean): MountRow => ({ type: 'volume', source: state.source, target: DATA, readOnly, size: '' })
  const folder = (readOnly: boolean): MountRow => ({ type: 'bind', source: state.backupDir, target: BACKUP, readOnly, size: '' })
  const archive = `${BACKUP}/${state.archive}`
  const relative = state.backupDir.startsWith('.')
    ? [`${state.backupDir} is relative to the folder you run the command in (Docker Engine 23 and later; older versions need an absolute path).`]
    : []
  return [
    {
      kind: 'shell',
      id: 'backup',
      title: 'Back the volume up to a tar file',
      description: `A throwaway ${BACKUP_IMAGE} container mounts ${state.source} read-only and the host folder ${state.backupDir}, and packs the volume's contents into ${state.backupDir.replace(/\/$/, '')}/${state.archive}.`,
      notes: [...relative, '-C /data . stores the files without a leading folder, so they unpack straight into the root of a volume.'],
      commands: [{ lines: [['docker', 'run'], ['--rm'], mountWords(volume(true), 'short'), mountWords(folder(false), 'short'), [BACKUP_IMAGE, 'tar', 'czf', archive, '-C', DATA, '.']] }],
    },
    {
      kind: 'shell',
      id: 'restore',
      title: 'Restore it into a volume',
      description: `Unpacks ${state.archive} into ${state.source}, which Docker creates if it does not exist, on this host or another one you copied the archive to.`,
      notes: ['Files with the same names are overwritten and other files in the volume stay: restore into a new, empty volume to get exactly the backup.'],
      commands: [{ lines: [['docker', 'run'], ['--rm'], mountWords(volume(false), 'short'), mountWords(folder(true), 'short'), [BACKUP_IMAGE, 'tar', 'xzf', archive, '-C', DATA]] }],
    },
  ]
}
