// The Storage lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const mountSyntax = lesson({ id: 'mountSyntax', route: '/storage/storage-overview/', anchor: 'two-ways-to-write-a-mount', topic: '-v and --mount' })
export const volumes = lesson({ id: 'volumes', route: '/storage/volumes/', anchor: 'named-and-anonymous-volumes', topic: 'volumes' })
export const bindMounts = lesson({ id: 'bindMounts', route: '/storage/bind-mounts/', anchor: 'host-paths-absolute-and-relative', topic: 'bind mounts' })
export const bindMountRisks = lesson({ id: 'bindMountRisks', route: '/storage/bind-mounts/', anchor: 'what-a-bind-mount-lets-a-container-do', topic: 'what a bind mount exposes' })
export const tmpfs = lesson({ id: 'tmpfs', route: '/storage/tmpfs/', anchor: 'creating-a-tmpfs-mount', topic: 'tmpfs mounts' })
export const mountMissingPath = lesson({ id: 'mountMissingPath', route: '/storage/storage-overview/', anchor: 'the-one-behavioural-difference', topic: 'a missing host path with -v and --mount' })
export const sharingVolumes = lesson({ id: 'sharingVolumes', route: '/storage/volumes/', anchor: 'sharing-a-volume-between-containers', topic: 'sharing a volume' })
export const volumeBackup = lesson({ id: 'volumeBackup', route: '/storage/volumes/', anchor: 'backing-up-and-restoring-a-volume', topic: 'backing up a volume' })
