// Every `docker build` option (BuildKit's docker buildx build, plus the legacy builder's), what it
// does, and for the ones the builder covers, how its value goes into the state.
import { isOn, type FlagInfo } from '../cli/flags'
import * as buildingImagesLessons from '../lessons/building-images'
import * as foundationsLessons from '../lessons/foundations'
import { PROGRESS_MODES, type BuildState } from './state'

type Flag = FlagInfo<BuildState>

const covered: Flag[] = [
  {
    long: '--tag', short: 't', takesValue: true, lesson: foundationsLessons.imageReferences, summary: 'Names the image: repository and tag, such as my-app:1.0. Repeat it for several names.',
    apply: (state, value) => {
      state.tags.push({ name: value })
      return undefined
    },
  },
  {
    long: '--file', short: 'f', takesValue: true, lesson: buildingImagesLessons.dockerfilePath, summary: 'Uses this Dockerfile instead of the file named Dockerfile at the root of the context.',
    apply: (state, value) => {
      if (value === '-') return 'Reading the Dockerfile from standard input (-f -) needs a redirection the builder cannot write.'
      state.file = value
      return undefined
    },
  },
  {
    long: '--build-arg', takesValue: true, lesson: buildingImagesLessons.buildArgs, summary: 'Sets a build argument: a value for an ARG in the Dockerfile, available only while building.',
    apply: (state, value) => {
      const eq = value.indexOf('=')
      if (eq === 0) return 'The build argument has no name.'
      state.buildArgs.push(eq === -1 ? { name: value, value: '', fromHost: true } : { name: value.slice(0, eq), value: value.slice(eq + 1), fromHost: false })
      return undefined
    },
    explain: (value) => (value.includes('=') ? undefined : `Without =value, ${value} is copied from the shell that runs the command.`),
  },
  {
    long: '--target', takesValue: true, lesson: buildingImagesLessons.targetStage, summary: 'Builds only up to this stage of a multi-stage Dockerfile (FROM … AS name).',
    apply: (state, value) => {
      state.target = value
      return undefined
    },
  },
  {
    long: '--no-cache', takesValue: false, lesson: buildingImagesLessons.buildCache, summary: 'Ignores the build cache and runs every step again.',
    apply: (state, value) => {
      state.noCache = isOn(value)
      return undefined
    },
  },
  {
    long: '--pull', takesValue: false, lesson: buildingImagesLessons.buildCache, summary: 'Checks the registry for a newer version of each base image instead of using the local copy.',
    apply: (state, value) => {
      state.pull = isOn(value)
      return undefined
    },
  },
  {
    long: '--platform', takesValue: true, lesson: buildingImagesLessons.platforms, summary: 'Builds for this platform (os/architecture), such as linux/arm64.',
    apply: (state, value) => {
      if (value.includes(',')) return 'The builder makes single-platform builds; several platforms need a multi-platform builder set up with docker buildx.'
      state.platform = value
      return undefined
    },
  },
  {
    long: '--progress', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Chooses how BuildKit shows progress: auto, plain (full output of every step), tty, quiet or rawjson.',
    apply: (state, value) => {
      if (!(PROGRESS_MODES as readonly string[]).includes(value)) return `${value} is not a progress mode the builder offers (${PROGRESS_MODES.join(', ')}).`
      state.progress = value as BuildState['progress']
      return undefined
    },
  },
  {
    long: '--label', takesValue: true, lesson: buildingImagesLessons.labels, summary: 'Adds a key=value label to the image, like LABEL in the Dockerfile.',
    apply: (state, value) => {
      const eq = value.indexOf('=')
      if (eq === 0) return 'The label has no key.'
      state.labels.push(eq === -1 ? { key: value, value: '' } : { key: value.slice(0, eq), value: value.slice(eq + 1) })
      return undefined
    },
  },
]

const leftOut: Flag[] = [
  { long: '--add-host', takesValue: true, summary: 'Adds a host-name-to-IP line to /etc/hosts during the build.' },
  { long: '--allow', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Allows extra privileges, such as network.host or security.insecure.' },
  { long: '--annotation', takesValue: true, summary: 'Adds an OCI annotation to the image.' },
  { long: '--attest', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Adds an attestation, such as an SBOM or provenance.' },
  { long: '--build-context', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Adds another named build context, usable with COPY --from.' },
  { long: '--builder', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Uses another BuildKit builder instance.' },
  { long: '--cache-from', takesValue: true, lesson: buildingImagesLessons.buildCache, summary: 'Uses an external cache source, such as a registry image.' },
  { long: '--cache-to', takesValue: true, lesson: buildingImagesLessons.buildCache, summary: 'Exports the build cache to a destination.' },
  { long: '--call', takesValue: true, summary: 'Runs a build method other than build, such as check or outline.' },
  { long: '--cgroup-parent', takesValue: true, summary: 'Sets the parent cgroup for RUN steps.' },
  { long: '--check', takesValue: false, summary: 'Checks the Dockerfile for problems without building.' },
  { long: '--compress', takesValue: false, summary: 'Compresses the context (legacy builder).' },
  { long: '--cpu-period', takesValue: true, summary: 'CPU period for RUN steps (legacy builder).' },
  { long: '--cpu-quota', takesValue: true, summary: 'CPU quota for RUN steps (legacy builder).' },
  { long: '--cpu-shares', short: 'c', takesValue: true, summary: 'CPU weight for RUN steps (legacy builder).' },
  { long: '--cpuset-cpus', takesValue: true, summary: 'CPUs for RUN steps (legacy builder).' },
  { long: '--cpuset-mems', takesValue: true, summary: 'Memory nodes for RUN steps (legacy builder).' },
  { long: '--debug', short: 'D', takesValue: false, summary: 'Turns on debug logging.' },
  { long: '--disable-content-trust', takesValue: false, summary: 'Skips image verification (the default).' },
  { long: '--force-rm', takesValue: false, summary: 'Always removes intermediate containers (legacy builder).' },
  { long: '--iidfile', takesValue: true, summary: 'Writes the image ID to a file.' },
  { long: '--isolation', takesValue: true, summary: 'Chooses the isolation technology (Windows).' },
  { long: '--load', takesValue: false, lesson: buildingImagesLessons.buildkit, summary: 'Loads the result into the local image store (the default with the docker driver).' },
  { long: '--memory', short: 'm', takesValue: true, summary: 'Memory limit for RUN steps (legacy builder).' },
  { long: '--memory-swap', takesValue: true, summary: 'Swap limit for RUN steps (legacy builder).' },
  { long: '--metadata-file', takesValue: true, summary: 'Writes build metadata to a file.' },
  { long: '--network', takesValue: true, summary: 'Sets the network for RUN steps, such as host or none.' },
  { long: '--no-cache-filter', takesValue: true, lesson: buildingImagesLessons.buildCache, summary: 'Skips the cache for the named stages only.' },
  { long: '--output', short: 'o', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Sends the result somewhere else: a local folder, a tarball, a registry.' },
  { long: '--provenance', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Controls the provenance attestation.' },
  { long: '--push', takesValue: false, summary: 'Pushes the image to its registry after building.' },
  { long: '--quiet', short: 'q', takesValue: false, summary: 'Prints only the image ID.' },
  { long: '--rm', takesValue: false, summary: 'Removes intermediate containers (legacy builder; on by default).' },
  { long: '--sbom', takesValue: true, lesson: buildingImagesLessons.buildkit, summary: 'Adds an SBOM attestation.' },
  { long: '--secret', takesValue: true, lesson: buildingImagesLessons.buildSecrets, summary: 'Makes a secret available to RUN --mount=type=secret without storing it in the image.' },
  { long: '--security-opt', takesValue: true, summary: 'Security options for RUN steps (legacy builder).' },
  { long: '--shm-size', takesValue: true, summary: 'Size of /dev/shm for RUN steps.' },
  { long: '--squash', takesValue: false, summary: 'Squashes new layers into one (legacy builder, experimental).' },
  { long: '--ssh', takesValue: true, lesson: buildingImagesLessons.buildSecrets, summary: 'Forwards an SSH agent or keys to RUN --mount=type=ssh.' },
  { long: '--ulimit', takesValue: true, summary: 'Ulimits for RUN steps.' },
]

export const BUILD_FLAGS: readonly Flag[] = [...covered, ...leftOut]
