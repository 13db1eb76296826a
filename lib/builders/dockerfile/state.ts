// The Dockerfile composer's state: one runtime stage, optionally preceded by a build stage whose
// results are copied in with COPY --from, and the name the image is built under.
import { choice, flag, rows, text, type StateOf } from '../fields'

export const USER_MODES = ['create', 'existing', 'root'] as const
export const HEALTH_KINDS = ['none', 'http', 'exec'] as const
/** The HTTP clients a health check can use; which ones an image has depends on its base. */
export const HEALTH_TOOLS = ['curl', 'wget', 'node', 'python'] as const

export const dockerfileSpec = {
  /** A build stage (FROM … AS build) that compiles, whose results the runtime stage copies. */
  multiStage: flag(),
  buildImage: text(),
  buildWorkdir: text(),
  /** The runtime stage's base image: what ships. */
  image: text(),
  workdir: text(),
  args: rows({ name: text(), value: text() }),
  env: rows({ name: text(), value: text() }),
  /** System packages for the runtime stage, installed with apt-get or apk as the base requires. */
  packages: rows({ name: text() }),
  /** Dependency manifests, copied on their own before the source so installing them stays cached. */
  manifests: rows({ path: text() }),
  install: text(),
  copySource: flag(true),
  /** RUN steps after the source is copied (in the build stage of a multi-stage build). */
  steps: rows({ command: text() }),
  /** What the runtime stage copies from the build stage. */
  artifacts: rows({ source: text(), target: text() }),
  userMode: choice(USER_MODES, 'create'),
  /** The user to create, or the existing user (name or UID[:GID]) to switch to. */
  userName: text(),
  uid: text(),
  expose: rows({ port: text(), protocol: choice(['tcp', 'udp'], 'tcp') }),
  healthKind: choice(HEALTH_KINDS, 'none'),
  healthTool: choice(HEALTH_TOOLS, 'curl'),
  healthUrl: text(),
  healthCommand: rows({ arg: text() }),
  healthInterval: text(),
  healthTimeout: text(),
  healthStartPeriod: text(),
  healthRetries: text(),
  stopSignal: text(),
  entrypoint: rows({ arg: text() }),
  cmd: rows({ arg: text() }),
  /** .dockerignore patterns beyond the ones every project needs. */
  ignore: rows({ pattern: text() }),
  /** The name for docker build -t. */
  tag: text(),
}

export type DockerfileSpec = typeof dockerfileSpec
export type DockerfileState = StateOf<DockerfileSpec>
