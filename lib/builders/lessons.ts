// Every lesson a builder links to, in one table: warnings and explanations name a key, never a
// URL, and lessons.test.ts checks each route and #anchor against the compiled content.

export interface Lesson {
  /** Site route of the lesson page, with trailing slash. */
  route: string
  /** Heading id on that page, when one section says it best. */
  anchor?: string
  /** What the lesson explains, for link text: "Learn more about {topic}". */
  topic: string
}

export const LESSONS = {
  imageReferences: { route: '/foundations/images-and-containers/', anchor: 'reading-an-image-reference', topic: 'image references' },
  latestTag: { route: '/foundations/tags-and-digests/', anchor: 'what-latest-means', topic: 'what latest means' },
  resourceLimits: { route: '/foundations/linux-building-blocks/', anchor: 'control-groups-what-a-container-may-use', topic: 'memory, CPU and process limits' },
  runModes: { route: '/running-containers/running-a-container/', anchor: 'choosing-the-mode', topic: 'foreground, interactive and detached containers' },
  throwaway: { route: '/running-containers/running-a-container/', anchor: 'throwaway-containers', topic: 'throwaway containers' },
  naming: { route: '/running-containers/naming-and-listing/', anchor: 'naming-a-container', topic: 'naming containers' },
  publishingPorts: { route: '/running-containers/publishing-ports/', anchor: 'publishing-a-port-with--p', topic: 'publishing ports' },
  randomHostPort: { route: '/running-containers/publishing-ports/', anchor: 'letting-docker-choose-the-host-port', topic: 'random host ports' },
  hostAddress: { route: '/running-containers/publishing-ports/', anchor: 'choosing-the-host-address', topic: 'which address a port listens on' },
  environment: { route: '/running-containers/environment-and-configuration/', anchor: 'environment-variables-with--e', topic: 'environment variables' },
  envFiles: { route: '/running-containers/environment-and-configuration/', anchor: 'env-files-with---env-file', topic: 'env files' },
  workdirAndUser: { route: '/running-containers/environment-and-configuration/', anchor: 'working-directory-and-user', topic: 'the working directory and user' },
  overridingEntrypoint: { route: '/running-containers/environment-and-configuration/', anchor: 'overriding-the-entrypoint', topic: 'overriding the entrypoint' },
  stopping: { route: '/running-containers/stopping-and-removing/', anchor: 'stopping-gracefully-docker-stop', topic: 'stopping containers' },
  restartPolicies: { route: '/running-containers/restart-policies/', anchor: 'what-each-policy-does', topic: 'restart policies' },
  cleaningUp: { route: '/running-containers/cleaning-up/', topic: 'cleaning up' },
  pruningVolumes: { route: '/running-containers/cleaning-up/', anchor: 'volumes', topic: 'pruning volumes' },
  pruningWithoutPrompt: { route: '/running-containers/cleaning-up/', anchor: 'skipping-the-prompt-and-filtering', topic: 'skipping the prompt and filtering' },
  pruningImages: { route: '/managing-images/removing-images/', anchor: 'pruning-images', topic: 'pruning images' },
  buildingImages: { route: '/building-images/dockerfile-basics/', anchor: 'building-the-image', topic: 'building an image' },
  buildArgs: { route: '/building-images/variables-and-metadata/', anchor: 'arg-build-time-variables', topic: 'build arguments' },
  labels: { route: '/building-images/variables-and-metadata/', anchor: 'label-metadata-about-the-image', topic: 'labels' },
  cmdAndEntrypoint: { route: '/building-images/cmd-and-entrypoint/', anchor: 'how-entrypoint-and-cmd-combine', topic: 'CMD and ENTRYPOINT' },
  healthchecks: { route: '/building-images/users-healthchecks-signals/', anchor: 'healthcheck-is-it-working', topic: 'health checks' },
  stopSignals: { route: '/building-images/users-healthchecks-signals/', anchor: 'stopsignal-how-the-container-is-asked-to-stop', topic: 'stop signals' },
  buildContext: { route: '/building-images/build-context/', anchor: 'build-from-a-project-directory-never-from--or-your-home', topic: 'the build context' },
  dockerfilePath: { route: '/building-images/build-context/', anchor: 'choosing-the-dockerfile-with--f', topic: 'choosing the Dockerfile' },
  buildCache: { route: '/building-images/layer-caching/', anchor: 'forcing-a-fresh-build', topic: 'the build cache' },
  targetStage: { route: '/building-images/multi-stage-builds/', anchor: 'building-one-stage-with---target', topic: 'building one stage' },
  buildkit: { route: '/building-images/buildkit/', anchor: 'reading-the-build-output', topic: 'BuildKit' },
  buildSecrets: { route: '/building-images/buildkit/', anchor: 'secrets-without-leaks', topic: 'build secrets' },
  platforms: { route: '/building-images/buildkit/', anchor: 'building-for-other-platforms', topic: 'building for other platforms' },
  mountSyntax: { route: '/storage/storage-overview/', anchor: 'two-ways-to-write-a-mount', topic: '-v and --mount' },
  volumes: { route: '/storage/volumes/', anchor: 'named-and-anonymous-volumes', topic: 'volumes' },
  bindMounts: { route: '/storage/bind-mounts/', anchor: 'host-paths-absolute-and-relative', topic: 'bind mounts' },
  bindMountRisks: { route: '/storage/bind-mounts/', anchor: 'what-a-bind-mount-lets-a-container-do', topic: 'what a bind mount exposes' },
  tmpfs: { route: '/storage/tmpfs/', anchor: 'creating-a-tmpfs-mount', topic: 'tmpfs mounts' },
  networks: { route: '/networking/user-defined-networks/', anchor: 'finding-containers-by-name', topic: 'user-defined networks' },
  hostNetwork: { route: '/networking/network-drivers/', anchor: 'host', topic: 'the host network' },
  nonRootUsers: { route: '/security/non-root-users/', anchor: 'why-root-in-a-container-matters', topic: 'running as a non-root user' },
  capabilities: { route: '/security/capabilities-and-seccomp/', anchor: 'least-privilege-drop-everything-add-back-what-is-needed', topic: 'capabilities' },
  seccomp: { route: '/security/capabilities-and-seccomp/', anchor: 'seccomp-filtering-system-calls', topic: 'seccomp' },
  privileged: { route: '/security/capabilities-and-seccomp/', anchor: 'privileged-mode-turns-it-all-off', topic: 'privileged mode' },
  hardening: { route: '/security/capabilities-and-seccomp/', anchor: 'two-more-flags-worth-adding', topic: 'read-only containers and no-new-privileges' },
  compose: { route: '/orchestration/compose/', anchor: 'a-composeyaml', topic: 'Docker Compose' },
  logRotation: { route: '/orchestration/logging/', anchor: 'per-container-settings', topic: 'rotating logs' },
  // Inspect and format builder
  listingContainers: { route: '/running-containers/naming-and-listing/', anchor: 'listing-containers', topic: 'listing containers' },
  // Images as files builder
  saveAndLoad: { route: '/managing-images/images-as-files/', anchor: 'saving-and-loading-images', topic: 'docker save and docker load' },
  importing: { route: '/managing-images/images-as-files/', anchor: 'importing-a-filesystem-as-an-image', topic: 'importing a filesystem' },
  flatteningCosts: { route: '/managing-images/images-as-files/', anchor: 'what-flattening-costs', topic: 'what flattening costs' },
  // Storage builder
  mountMissingPath: { route: '/storage/storage-overview/', anchor: 'the-one-behavioural-difference', topic: 'a missing host path with -v and --mount' },
  sharingVolumes: { route: '/storage/volumes/', anchor: 'sharing-a-volume-between-containers', topic: 'sharing a volume' },
  volumeBackup: { route: '/storage/volumes/', anchor: 'backing-up-and-restoring-a-volume', topic: 'backing up a volume' },
  // Logging builder
  logGrowth: { route: '/orchestration/logging/', anchor: 'logs-grow-unbounded', topic: 'why logs fill the disk' },
  readingLogs: { route: '/orchestration/logging/', anchor: 'reading-logs', topic: 'reading logs' },
  // Dockerfile linter
  dockerfileFirst: { route: '/building-images/dockerfile-basics/', anchor: 'a-first-dockerfile', topic: 'a first Dockerfile' },
  dockerfileSyntax: { route: '/building-images/dockerfile-basics/', anchor: 'how-a-dockerfile-is-written', topic: 'how a Dockerfile is written' },
  fromInstruction: { route: '/building-images/dockerfile-basics/', anchor: 'from-the-starting-point', topic: 'FROM' },
  workdirInstruction: { route: '/building-images/files-and-directories/', anchor: 'workdir-where-the-next-instructions-run', topic: 'WORKDIR' },
  workdirPaths: { route: '/building-images/files-and-directories/', anchor: 'absolute-and-relative-paths', topic: 'absolute and relative WORKDIR paths' },
  copyOrAdd: { route: '/building-images/files-and-directories/', anchor: 'copy-or-add', topic: 'COPY or ADD' },
  envInstruction: { route: '/building-images/variables-and-metadata/', anchor: 'env-environment-variables', topic: 'ENV' },
  maintainerDeprecated: { route: '/building-images/variables-and-metadata/', anchor: 'maintainer-is-deprecated', topic: 'why MAINTAINER is deprecated' },
  shellAndExecForm: { route: '/building-images/cmd-and-entrypoint/', anchor: 'shell-form-and-exec-form', topic: 'shell form and exec form' },
  userInstruction: { route: '/building-images/users-healthchecks-signals/', anchor: 'user-who-runs-the-commands', topic: 'USER' },
  cacheOrder: { route: '/building-images/layer-caching/', anchor: 'order-instructions-from-stable-to-volatile', topic: 'ordering instructions for the cache' },
  combiningRuns: { route: '/building-images/layer-caching/', anchor: 'combining-run-instructions', topic: 'combining RUN instructions' },
  aptGet: { route: '/building-images/layer-caching/', anchor: 'installing-packages-with-apt-get', topic: 'installing packages with apt-get' },
  stageNames: { route: '/building-images/multi-stage-builds/', anchor: 'naming-stages', topic: 'naming stages' },
  // Dockerfile composer (it also uses cacheOrder, above)
  smallImages: { route: '/building-images/small-images/', anchor: 'choose-a-smaller-base-image', topic: 'choosing a smaller base image' },
  multiStageBuilds: { route: '/building-images/multi-stage-builds/', anchor: 'two-stages-build-then-copy', topic: 'multi-stage builds' },
  // Private registry builder
  registryConfig: { route: '/registries/running-a-registry/', anchor: 'configure-with-environment-variables', topic: 'configuring a registry' },
  registryOpenByDefault: { route: '/registries/securing-a-registry/', anchor: 'what-is-open-by-default', topic: 'what an unsecured registry leaves open' },
  registryCertificate: { route: '/registries/securing-a-registry/', anchor: 'create-a-certificate', topic: 'certificates for a registry' },
  certsD: { route: '/registries/trusting-certificates/', anchor: 'recommended-certsd', topic: 'trusting a certificate with certs.d' },
  insecureRegistries: { route: '/registries/trusting-certificates/', anchor: 'not-recommended-insecure-registries', topic: 'why insecure-registries is dangerous' },
  // Network builder
  defaultBridgeNames: { route: '/networking/container-networking/', anchor: 'no-names-on-the-default-bridge', topic: 'names on the default bridge' },
  overlayNetworks: { route: '/networking/network-drivers/', anchor: 'overlay', topic: 'overlay networks' },
  macvlanNetworks: { route: '/networking/network-drivers/', anchor: 'macvlan', topic: 'macvlan networks' },
  ipvlanNetworks: { route: '/networking/network-drivers/', anchor: 'ipvlan', topic: 'ipvlan networks' },
} as const satisfies Record<string, Lesson>

export type LessonKey = keyof typeof LESSONS

/** The lesson's path on this site (without the base path), with its #anchor. */
export function lessonPath(key: LessonKey): string {
  const lesson: Lesson = LESSONS[key]
  return lesson.anchor ? `${lesson.route}#${lesson.anchor}` : lesson.route
}
