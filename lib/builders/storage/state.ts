// The storage builder's state: one mount (volume, bind mount or tmpfs) for a container, the other
// containers that share it, and a backup of the volume to a tar file.
import { flag, rows, text, type RowOf, type StateOf } from '../fields'
import { mountColumns, type MountRow } from '../mounts'

export const shareColumns = {
  name: text(),
  image: text(),
  target: text(),
  readOnly: flag(),
}

export const storageSpec = {
  /** The mount itself: type, source, target, read-only and (tmpfs) size, as the run builder has them. */
  ...mountColumns,
  /** The first container: image reference with its tag, optional name, optional command. */
  image: text(),
  name: text(),
  detach: flag(true),
  command: rows({ arg: text() }),
  /** More containers that mount the same volume or host folder. */
  sharing: rows(shareColumns),
  /** Also write the commands that back the volume up to a tar file and restore it. */
  backup: flag(),
  /** Host folder the archive goes to: absolute, or relative to the current folder. */
  backupDir: text('./backups'),
  archive: text('volume.tar.gz'),
}

export type StorageSpec = typeof storageSpec
export type StorageState = StateOf<StorageSpec>
export type ShareRow = RowOf<typeof shareColumns>

/** The mount part of the state. */
export function mountOf(state: StorageState): MountRow {
  return { type: state.type, source: state.source, target: state.target, readOnly: state.readOnly, size: state.size }
}

/** The same mount as another container sees it: its own path and its own read-only choice. */
export function sharedMount(state: StorageState, row: ShareRow): MountRow {
  return { ...mountOf(state), target: row.target, readOnly: row.readOnly }
}
