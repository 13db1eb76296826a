// What makes a storage state invalid, and what is worth knowing before using its commands.
import * as storageLessons from '../lessons/storage'
import { ErrorList, WarningList, type FieldError, type Warning } from '../model'
import { checkMount, sensitiveBindProblem, shortSyntaxProblem } from '../mounts'
import { printable, required } from '../validate/basics'
import { imageReference } from '../validate/images'
import { containerName } from '../validate/names'
import { containerPath, hostPath } from '../validate/paths'
import { mountOf, sharedMount, type StorageState } from './state'

/** A plain file name: the archive is written inside the backup folder. */
const ARCHIVE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(tar\.gz|tgz)$/

export function validateStorage(state: StorageState): FieldError[] {
  const errors = new ErrorList()
  // Both syntaxes are shown, so the -v limits are not errors: a path only --mount can write gets only --mount.
  checkMount(mountOf(state), (column) => column, errors, ['mount'])
  errors.check('image', required(state.image, 'the image, such as nginx:1.27-alpine') ?? imageReference(state.image))
  if (state.name) errors.check('name', containerName(state.name))
  state.command.forEach((row, i) => errors.check(`command.${i}.arg`, printable(row.arg)))
  checkSharing(state, errors)
  if (state.backup) checkBackup(state, errors)
  return errors.list
}

function checkSharing(state: StorageState, errors: ErrorList) {
  if (state.sharing.length === 0) return
  if (state.type === 'tmpfs') errors.check('sharing', 'A tmpfs mount lives in one container\'s memory and cannot be shared: choose a volume or a bind mount.')
  if (state.type === 'volume' && !state.source) errors.check('source', 'Name the volume, so the other containers can mount the same one.')
  const names = new Set(state.name ? [state.name] : [])
  state.sharing.forEach((row, i) => {
    const at = (column: string) => `sharing.${i}.${column}`
    if (row.name) {
      errors.check(at('name'), containerName(row.name))
      if (names.has(row.name)) errors.check(at('name'), `Another container is already called ${row.name}.`)
      names.add(row.name)
    }
    errors.check(at('image'), required(row.image, 'the image') ?? imageReference(row.image))
    errors.check(at('target'), containerPath(row.target))
  })
}

function checkBackup(state: StorageState, errors: ErrorList) {
  if (state.type !== 'volume') {
    errors.check('backup', state.type === 'bind' ? 'A bind mount\'s files are already in a host folder: copy them there. This backup is for volumes.' : 'A tmpfs mount keeps nothing worth a backup: its files are gone when the container stops.')
  } else if (!state.source) errors.check('source', 'Name the volume to back it up: an anonymous volume has only a random ID.')
  errors.check('backupDir', hostPath(state.backupDir))
  // The backup commands use -v, which splits at colons.
  if (state.backupDir.includes(':')) errors.check('backupDir', 'The backup folder cannot contain ":": -v reads it as a separator.')
  errors.check('archive', ARCHIVE.test(state.archive) ? undefined : 'Enter a file name ending in .tar.gz (the archive is gzip-compressed), such as data.tar.gz.')
}

export function storageWarnings(state: StorageState): Warning[] {
  const warnings = new WarningList()
  const mount = mountOf(state)
  const risk = sensitiveBindProblem(mount)
  if (risk) warnings.add({ id: 'sensitive-bind', field: 'source', level: 'danger', lesson: storageLessons.bindMountRisks, message: risk })
  if (mount.type === 'bind') {
    warnings.add({
      id: 'missing-host-path',
      field: 'source',
      lesson: storageLessons.mountMissingPath,
      message: `Check that ${mount.source || 'the host path'} exists: if it does not, -v quietly creates an empty folder (owned by root) and the container sees no files, while --mount refuses to start and tells you.`,
    })
  }
  if (mount.type === 'volume' && !mount.source) {
    warnings.add({ id: 'anonymous-volume', field: 'source', lesson: storageLessons.volumes, message: 'An anonymous volume has a random ID for a name: the next container started the same way gets a new, empty one. Name the volume to keep using its data.' })
  }
  const unwritable = [mount, ...state.sharing.map((row) => sharedMount(state, row))].some((m) => shortSyntaxProblem(m))
  if (unwritable) {
    warnings.add({ id: 'mount-only', field: 'target', lesson: storageLessons.mountSyntax, message: 'A path with ":" (or, for tmpfs, ",") cannot be written with -v or --tmpfs, so only the --mount form is shown for it.' })
  }
  const writers = [mount.readOnly, ...state.sharing.map((row) => row.readOnly)].filter((readOnly) => !readOnly).length
  if (state.sharing.length > 0 && writers > 1) {
    warnings.add({
      id: 'several-writers',
      field: 'sharing',
      lesson: storageLessons.sharingVolumes,
      message: `${writers} containers can write to the same files and Docker does not coordinate them. Mount it read-only in every container that only reads, and never point two database servers at one data directory.`,
    })
  }
  if (state.backup && state.type === 'volume' && state.source) {
    warnings.add({
      id: 'backup-while-writing',
      field: 'backup',
      lesson: storageLessons.volumeBackup,
      message: `Stop the containers that write to ${state.source} first (docker stop${state.name ? ` ${state.name}` : ''}), so the archive does not catch files half-written; start them again afterwards.`,
    })
  }
  return warnings.list
}
