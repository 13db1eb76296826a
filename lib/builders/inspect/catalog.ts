// What each kind of object can show, and the Go template that shows it. Field names are the keys
// of Docker's inspect JSON (the Engine API's ImageInspect and ContainerInspect) and the
// placeholders `docker ps` and `docker image ls` document; they are case-sensitive.

export const KINDS = ['image', 'container', 'ps', 'images'] as const
export type Kind = (typeof KINDS)[number]

export interface FieldInfo {
  label: string
  /** The template that prints it; for lists, only the placeholder (`.Names`). */
  template: string
}

const IMAGE: Record<string, FieldInfo> = {
  id: { label: 'ID', template: '{{.Id}}' },
  tags: { label: 'Tags', template: '{{json .RepoTags}}' },
  digests: { label: 'Digests', template: '{{json .RepoDigests}}' },
  created: { label: 'Created', template: '{{.Created}}' },
  size: { label: 'Size (bytes)', template: '{{.Size}}' },
  platform: { label: 'Platform', template: '{{.Os}}/{{.Architecture}}' },
  env: { label: 'Environment', template: '{{json .Config.Env}}' },
  exposedPorts: { label: 'Exposed ports', template: '{{json .Config.ExposedPorts}}' },
  entrypoint: { label: 'Entrypoint', template: '{{json .Config.Entrypoint}}' },
  cmd: { label: 'Command', template: '{{json .Config.Cmd}}' },
  workdir: { label: 'Working directory', template: '{{.Config.WorkingDir}}' },
  user: { label: 'User', template: '{{.Config.User}}' },
  labels: { label: 'Labels', template: '{{json .Config.Labels}}' },
  layers: { label: 'Layers', template: '{{len .RootFS.Layers}}' },
}

const CONTAINER: Record<string, FieldInfo> = {
  id: { label: 'ID', template: '{{.Id}}' },
  name: { label: 'Name', template: '{{.Name}}' },
  image: { label: 'Image', template: '{{.Config.Image}}' },
  created: { label: 'Created', template: '{{.Created}}' },
  status: { label: 'Status', template: '{{.State.Status}}' },
  // State.Health only exists when the image or docker run defines a health check.
  health: { label: 'Health', template: '{{if .State.Health}}{{.State.Health.Status}}{{else}}no healthcheck{{end}}' },
  exitCode: { label: 'Exit code', template: '{{.State.ExitCode}}' },
  restartCount: { label: 'Restarts', template: '{{.RestartCount}}' },
  ip: { label: 'IP address', template: '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' },
  ports: { label: 'Published ports', template: '{{json .NetworkSettings.Ports}}' },
  exposedPorts: { label: 'Exposed ports', template: '{{json .Config.ExposedPorts}}' },
  env: { label: 'Environment', template: '{{json .Config.Env}}' },
  mounts: { label: 'Mounts', template: '{{json .Mounts}}' },
  // Only filled in with --size, which the command adds when this field is picked.
  size: { label: 'Size (bytes written)', template: '{{.SizeRw}}' },
}

const PS: Record<string, FieldInfo> = {
  id: { label: 'Container ID', template: '.ID' },
  name: { label: 'Names', template: '.Names' },
  image: { label: 'Image', template: '.Image' },
  command: { label: 'Command', template: '.Command' },
  created: { label: 'Created at', template: '.CreatedAt' },
  runningFor: { label: 'Running for', template: '.RunningFor' },
  state: { label: 'State', template: '.State' },
  status: { label: 'Status', template: '.Status' },
  ports: { label: 'Ports', template: '.Ports' },
  size: { label: 'Size', template: '.Size' },
  networks: { label: 'Networks', template: '.Networks' },
  mounts: { label: 'Mounts', template: '.Mounts' },
  labels: { label: 'Labels', template: '.Labels' },
  label: { label: 'One label', template: '.Label' },
}

const IMAGE_LS: Record<string, FieldInfo> = {
  id: { label: 'Image ID', template: '.ID' },
  repository: { label: 'Repository', template: '.Repository' },
  tag: { label: 'Tag', template: '.Tag' },
  digest: { label: 'Digest', template: '.Digest' },
  createdSince: { label: 'Created since', template: '.CreatedSince' },
  created: { label: 'Created at', template: '.CreatedAt' },
  size: { label: 'Size', template: '.Size' },
}

export const CATALOG: Record<Kind, Record<string, FieldInfo>> = { image: IMAGE, container: CONTAINER, ps: PS, images: IMAGE_LS }

/** Every field key of every kind: the options of a field row. */
export const FIELD_KEYS = [...new Set(KINDS.flatMap((kind) => Object.keys(CATALOG[kind])))] as [string, ...string[]]

export function fieldInfo(kind: Kind, key: string): FieldInfo | undefined {
  return Object.hasOwn(CATALOG[kind], key) ? CATALOG[kind][key] : undefined
}

/** What a new builder of each kind shows, and what switching kind resets the fields to. */
export const DEFAULT_FIELDS: Record<Kind, string[]> = {
  image: ['id', 'tags', 'created', 'size'],
  container: ['status', 'health', 'ip'],
  ps: ['id', 'name', 'image', 'status', 'ports'],
  images: ['repository', 'tag', 'id', 'size'],
}
