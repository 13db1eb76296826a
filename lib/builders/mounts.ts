// Mounts as `docker run` writes them, shared by the run and storage builders: the fields of one
// mount, its words in the -v/--tmpfs and --mount syntaxes, the checks on it, and the host paths
// that are dangerous to bind-mount.
import { choice, flag, text, type RowOf } from './fields'
import type { ErrorList } from './model'
import { volumeName } from './validate/names'
import { containerPath, hostPath } from './validate/paths'
import { size } from './validate/quantities'

export const MOUNT_TYPES = ['volume', 'bind', 'tmpfs'] as const
export const MOUNT_SYNTAXES = ['short', 'mount'] as const

export type MountSyntax = (typeof MOUNT_SYNTAXES)[number]

export const mountColumns = {
  type: choice(MOUNT_TYPES, 'volume'),
  /** Volume name (empty: an anonymous volume), or host path for a bind mount; unused for tmpfs. */
  source: text(),
  target: text(),
  readOnly: flag(),
  /** tmpfs only: its size limit. */
  size: text(),
}

export type MountRow = RowOf<typeof mountColumns>

/** A mount as `-v`/`--tmpfs` or as `--mount`. */
export function mountWords(mount: MountRow, syntax: MountSyntax): string[] {
  if (syntax === 'mount') {
    const fields = [`type=${mount.type}`]
    if (mount.type !== 'tmpfs' && mount.source) fields.push(`source=${mount.source}`)
    fields.push(`target=${mount.target}`)
    if (mount.readOnly) fields.push('readonly')
    if (mount.type === 'tmpfs' && mount.size) fields.push(`tmpfs-size=${mount.size}`)
    return ['--mount', fields.map(csvField).join(',')]
  }
  if (mount.type === 'tmpfs') {
    const options = [mount.readOnly ? 'ro' : '', mount.size ? `size=${mount.size}` : ''].filter(Boolean)
    return ['--tmpfs', options.length > 0 ? `${mount.target}:${options.join(',')}` : mount.target]
  }
  const parts = [mount.source, mount.target, mount.readOnly ? 'ro' : ''].filter(Boolean)
  return ['-v', parts.join(':')]
}

/** --mount reads its value as one CSV record: a field with a comma, quote or line break is quoted. */
function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}

/**
 * The checks on one mount; `at(column)` names the field of each column. `syntaxes` are the ones
 * the mount will be written in: a path the -v syntax cannot carry is an error only there.
 */
export function checkMount(mount: MountRow, at: (column: keyof MountRow) => string, errors: ErrorList, syntaxes: readonly MountSyntax[]): void {
  errors.check(at('target'), containerPath(mount.target))
  if (mount.type === 'volume' && mount.source) errors.check(at('source'), volumeName(mount.source))
  if (mount.type === 'bind') errors.check(at('source'), hostPath(mount.source))
  if (mount.type === 'tmpfs' && mount.size) errors.check(at('size'), size(mount.size))
  if (syntaxes.includes('short')) {
    const problem = shortSyntaxProblem(mount)
    if (problem) errors.check(at(problem.column), `${problem.message} choose the --mount syntax for this path.`)
  }
}

/** What the -v/--tmpfs syntax cannot write: a colon splits its fields, and --tmpfs splits options at commas. */
export function shortSyntaxProblem(mount: MountRow): { column: 'source' | 'target'; message: string } | undefined {
  const colon = 'cannot contain ":" in the -v syntax:'
  if (mount.type !== 'tmpfs' && mount.source.includes(':')) return { column: 'source', message: `The source ${colon}` }
  if (mount.target.includes(':')) return { column: 'target', message: `The target ${colon}` }
  if (mount.type === 'tmpfs' && mount.target.includes(',')) return { column: 'target', message: 'A --tmpfs path cannot contain ",":' }
  return undefined
}

/** Host paths that hand a container control of the host when mounted. */
const SENSITIVE_HOST_PATHS = ['/', '/etc', '/root', '/home', '/proc', '/sys', '/dev', '/boot', '/var/run/docker.sock', '/run/docker.sock', '/var/lib/docker']

/** Why bind-mounting this mount's host path is dangerous, or undefined when it is not one of those paths. */
export function sensitiveBindProblem(mount: MountRow): string | undefined {
  if (mount.type !== 'bind') return undefined
  const source = mount.source.replace(/\/+$/, '') || '/'
  if (!SENSITIVE_HOST_PATHS.includes(source)) return undefined
  return source.endsWith('docker.sock')
    ? 'Mounting the Docker socket lets the container control Docker, which is the same as root on the host.'
    : `Mounting ${source} from the host ${mount.readOnly ? 'shows' : 'lets'} the container ${mount.readOnly ? '' : 'change '}system files of the host.`
}
