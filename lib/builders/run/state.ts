// The `docker run` builder's state: everything its form can set.
import { choice, flag, rows, text, type RowOf, type StateOf } from '../fields'
import { MOUNT_SYNTAXES, mountColumns } from '../mounts'

export { MOUNT_TYPES, mountColumns, type MountRow } from '../mounts'

export const RESTART_POLICIES = ['no', 'on-failure', 'always', 'unless-stopped'] as const
export const PROTOCOLS = ['tcp', 'udp', 'sctp'] as const

export const portColumns = {
  hostIp: text(),
  hostPort: text(),
  containerPort: text(),
  protocol: choice(PROTOCOLS, 'tcp'),
}

export const envColumns = {
  name: text(),
  value: text(),
  /** On: pass the variable through from the shell that runs the command (`-e NAME`). */
  fromHost: flag(),
}

export const runSpec = {
  image: text(),
  tag: text(),
  name: text(),
  detach: flag(),
  interactive: flag(),
  tty: flag(),
  rm: flag(),
  ports: rows(portColumns),
  publishAll: flag(),
  env: rows(envColumns),
  envFiles: rows({ path: text() }),
  mounts: rows(mountColumns),
  /** Write mounts as `-v`/`--tmpfs` or as `--mount`. */
  mountSyntax: choice(MOUNT_SYNTAXES, 'short'),
  network: text(),
  hostname: text(),
  restart: choice(RESTART_POLICIES, 'no'),
  restartRetries: text(),
  user: text(),
  workdir: text(),
  entrypoint: text(),
  /** The command and its arguments, one argument per row. */
  command: rows({ arg: text() }),
  labels: rows({ key: text(), value: text() }),
  logMaxSize: text(),
  logMaxFile: text(),
  privileged: flag(),
  capDropAll: flag(),
  capAdd: rows({ name: text() }),
  readOnly: flag(),
  noNewPrivileges: flag(),
  seccomp: text(),
  init: flag(),
  memory: text(),
  cpus: text(),
  pidsLimit: text(),
  healthCmd: text(),
  healthInterval: text(),
  healthTimeout: text(),
  healthRetries: text(),
  healthStartPeriod: text(),
  noHealthcheck: flag(),
  platform: text(),
}

export type RunSpec = typeof runSpec
export type RunState = StateOf<RunSpec>
export type PortRow = RowOf<typeof portColumns>
export type EnvRow = RowOf<typeof envColumns>
