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
  digests: { route: '/foundations/tags-and-digests/', anchor: 'digests-names-that-never-move', topic: 'digests' },
  runningContainers: { route: '/running-containers/running-a-container/', topic: 'running a container' },
  naming: { route: '/running-containers/naming-and-listing/', topic: 'naming containers' },
  publishingPorts: { route: '/running-containers/publishing-ports/', topic: 'publishing ports' },
  environment: { route: '/running-containers/environment-and-configuration/', topic: 'environment variables' },
  logsAndExec: { route: '/running-containers/logs-and-exec/', topic: 'logs and exec' },
  stoppingAndRemoving: { route: '/running-containers/stopping-and-removing/', topic: 'stopping and removing containers' },
  restartPolicies: { route: '/running-containers/restart-policies/', topic: 'restart policies' },
  cleaningUp: { route: '/running-containers/cleaning-up/', topic: 'cleaning up' },
  dockerfileBasics: { route: '/building-images/dockerfile-basics/', topic: 'Dockerfile basics' },
  buildVariables: { route: '/building-images/variables-and-metadata/', topic: 'build arguments and labels' },
  cmdAndEntrypoint: { route: '/building-images/cmd-and-entrypoint/', topic: 'CMD and ENTRYPOINT' },
  healthchecks: { route: '/building-images/users-healthchecks-signals/', topic: 'health checks' },
  buildContext: { route: '/building-images/build-context/', topic: 'the build context' },
  layerCaching: { route: '/building-images/layer-caching/', topic: 'the build cache' },
  multiStage: { route: '/building-images/multi-stage-builds/', topic: 'multi-stage builds' },
  buildkit: { route: '/building-images/buildkit/', topic: 'BuildKit' },
  removingImages: { route: '/managing-images/removing-images/', topic: 'removing images' },
  storageOverview: { route: '/storage/storage-overview/', topic: 'storage' },
  volumes: { route: '/storage/volumes/', topic: 'volumes' },
  bindMounts: { route: '/storage/bind-mounts/', topic: 'bind mounts' },
  tmpfs: { route: '/storage/tmpfs/', topic: 'tmpfs mounts' },
  networks: { route: '/networking/user-defined-networks/', topic: 'user-defined networks' },
  networkDrivers: { route: '/networking/network-drivers/', topic: 'network drivers' },
  isolationLimits: { route: '/security/isolation-limits/', topic: 'resource limits' },
  nonRootUsers: { route: '/security/non-root-users/', topic: 'running as a non-root user' },
  capabilities: { route: '/security/capabilities-and-seccomp/', topic: 'capabilities and seccomp' },
  compose: { route: '/orchestration/compose/', topic: 'Docker Compose' },
  logging: { route: '/orchestration/logging/', topic: 'logging' },
} as const satisfies Record<string, Lesson>

export type LessonKey = keyof typeof LESSONS

/** The lesson's path on this site (without the base path), with its #anchor. */
export function lessonPath(key: LessonKey): string {
  const lesson: Lesson = LESSONS[key]
  return lesson.anchor ? `${lesson.route}#${lesson.anchor}` : lesson.route
}
