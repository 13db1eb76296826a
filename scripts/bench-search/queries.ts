// What readers type, and the section that should answer it, written from the topics of the notes
// (../shared/notes) over the whole content plan. Answers name a page and the heading of the
// section (a pattern, so a reworded heading still resolves); no heading means the page itself,
// its introduction. Queries whose page is not written yet are reported as skipped.

export interface Answer {
  page: string
  /** Matches the section's own heading; leave out for the page's introduction. */
  heading?: RegExp
}

export interface BenchQuery {
  query: string
  /** Any of these answers counts. */
  answers: Answer[]
  /** What the query exercises, for the table. */
  kind: 'words' | 'typo' | 'flag' | 'prefix'
}

const q = (query: string, kind: BenchQuery['kind'], ...answers: Answer[]): BenchQuery => ({ query, kind, answers })
const FOUNDATIONS = '/foundations'
const RUNNING = '/running-containers'
const BUILDING = '/building-images'
const IMAGES = '/managing-images'
const STORAGE = '/storage'
const NETWORKING = '/networking'
const REGISTRIES = '/registries'
const SECURITY = '/security'
const ORCHESTRATION = '/orchestration'

export const BENCH_QUERIES: BenchQuery[] = [
  // Foundations
  q('containers vs virtual machines', 'words', { page: `${FOUNDATIONS}/containers-vs-vms/` }, { page: `${FOUNDATIONS}/containers-vs-vms/`, heading: /side by side/i }),
  q('hypervisor guest kernel', 'words', { page: `${FOUNDATIONS}/containers-vs-vms/`, heading: /virtual machine is/i }),
  q('docker desktop mac', 'words', { page: `${FOUNDATIONS}/containers-vs-vms/`, heading: /macos/i }),
  q('copy-on-write', 'flag', { page: `${FOUNDATIONS}/layers/`, heading: /writable container layer/i }),
  q('image hsitory layers', 'typo', { page: `${FOUNDATIONS}/layers/`, heading: /looking at the layers/i }),
  q('pin an image by digest', 'words', { page: `${FOUNDATIONS}/tags-and-digests/`, heading: /digest/i }, { page: `${SECURITY}/content-trust/`, heading: /pin digests/i }),
  q('what does latest mean', 'words', { page: `${FOUNDATIONS}/tags-and-digests/`, heading: /latest/i }),
  q('namespaces', 'words', { page: `${FOUNDATIONS}/linux-building-blocks/`, heading: /namespaces/i }),
  q('cgroups memory limit', 'words', { page: `${FOUNDATIONS}/linux-building-blocks/`, heading: /control groups/i }, { page: `${SECURITY}/isolation-limits/`, heading: /limit|memory/i }),
  q('containerd shim runc', 'words', { page: `${FOUNDATIONS}/linux-building-blocks/`, heading: /who starts/i }),
  q('image reference registry host port', 'words', { page: `${FOUNDATIONS}/images-and-containers/`, heading: /image reference/i }),
  q('untag an image', 'words', { page: `${FOUNDATIONS}/tags-and-digests/`, heading: /removing tags/i }, { page: `${IMAGES}/removing-images/`, heading: /tag/i }),
  q('what docker rm deletes', 'words', { page: `${FOUNDATIONS}/layers/`, heading: /removing a container deletes/i }),
  q('image is like a class container instance', 'words', { page: `${FOUNDATIONS}/images-and-containers/` }),

  // Running containers
  q('docker run -it', 'flag', { page: `${RUNNING}/running-a-container/`, heading: /interactive/i }),
  q('run a container in the background', 'words', { page: `${RUNNING}/running-a-container/`, heading: /detach|background/i }),
  q('docker ps -f name=', 'flag', { page: `${RUNNING}/naming-and-listing/`, heading: /filter/i }),
  q('publish port 8080:80', 'flag', { page: `${RUNNING}/publishing-ports/` }, { page: `${RUNNING}/publishing-ports/`, heading: /publish/i }),
  q('--env-file', 'flag', { page: `${RUNNING}/environment-and-configuration/`, heading: /file/i }),
  q('follow container logs', 'words', { page: `${RUNNING}/logs-and-exec/`, heading: /follow|logs/i }),
  q('open a shell in a running container', 'words', { page: `${RUNNING}/logs-and-exec/`, heading: /exec|shell|running commands/i }),
  q('--restart unless-stopped', 'flag', { page: `${RUNNING}/restart-policies/` }, { page: `${RUNNING}/restart-policies/`, heading: /unless|always|polic/i }),
  q('restart policy always', 'words', { page: `${RUNNING}/restart-policies/` }, { page: `${RUNNING}/restart-policies/`, heading: /always|polic/i }),
  q('docker stop vs kill SIGTERM', 'words', { page: `${RUNNING}/stopping-and-removing/`, heading: /stop|kill|signal/i }),
  q('reclaim disk space prune', 'words', { page: `${RUNNING}/cleaning-up/` }, { page: `${RUNNING}/cleaning-up/`, heading: /prune|disk|space/i }),

  // Building images
  q('WORKDIR relative path', 'words', { page: `${BUILDING}/files-and-directories/`, heading: /workdir|relative paths/i }),
  q('COPY vs ADD', 'words', { page: `${BUILDING}/files-and-directories/`, heading: /add/i }),
  q('ARG vs ENV', 'words', { page: `${BUILDING}/variables-and-metadata/`, heading: /arg|env/i }),
  q('entrypont', 'typo', { page: `${BUILDING}/cmd-and-entrypoint/` }, { page: `${BUILDING}/cmd-and-entrypoint/`, heading: /entrypoint/i }),
  q('exec form vs shell form', 'words', { page: `${BUILDING}/cmd-and-entrypoint/`, heading: /form/i }),
  q('HEALTHCHECK', 'words', { page: `${BUILDING}/users-healthchecks-signals/`, heading: /health/i }),
  q('STOPSIGNAL', 'words', { page: `${BUILDING}/users-healthchecks-signals/`, heading: /signal/i }),
  q('.dockerignore', 'flag', { page: `${BUILDING}/build-context/`, heading: /dockerignore|ignor/i }),
  q('order instructions for the build cache', 'words', { page: `${BUILDING}/layer-caching/` }, { page: `${BUILDING}/layer-caching/`, heading: /order/i }),
  q('alpine or slim base image', 'words', { page: `${BUILDING}/small-images/`, heading: /base|alpine|slim/i }),
  q('scratch image', 'words', { page: `${BUILDING}/small-images/`, heading: /scratch/i }),
  q('COPY --from', 'flag', { page: `${BUILDING}/multi-stage-builds/`, heading: /copy|from|stage/i }),
  q('multistage build', 'typo', { page: `${BUILDING}/multi-stage-builds/` }),
  q('DOCKER_BUILDKIT', 'flag', { page: `${BUILDING}/buildkit/` }, { page: `${BUILDING}/buildkit/`, heading: /enabl|buildkit/i }),
  q('entryp', 'prefix', { page: `${BUILDING}/cmd-and-entrypoint/` }, { page: `${BUILDING}/cmd-and-entrypoint/`, heading: /entrypoint/i }),

  // Managing images
  q('docker image ls -a', 'flag', { page: `${IMAGES}/pulling-and-listing/`, heading: /list|-a$/i }),
  q('inspect --format', 'flag', { page: `${IMAGES}/inspecting-images/`, heading: /format/i }),
  q('remove dangling images', 'words', { page: `${IMAGES}/removing-images/`, heading: /dangling|prune/i }),
  q('docker save load tar', 'words', { page: `${IMAGES}/images-as-files/`, heading: /save|load/i }),
  q('flatten an image', 'words', { page: `${IMAGES}/images-as-files/`, heading: /flatten|export/i }),

  // Storage
  q('volumne', 'typo', { page: `${STORAGE}/volumes/` }),
  q('volu', 'prefix', { page: `${STORAGE}/volumes/` }),
  q('keep database data when the container is removed', 'words', { page: `${STORAGE}/volumes/` }, { page: `${STORAGE}/volumes/`, heading: /database/i }, { page: `${STORAGE}/storage-overview/` }),
  q('bind mount host directory', 'words', { page: `${STORAGE}/bind-mounts/` }),
  q('tmpfs in memory', 'words', { page: `${STORAGE}/tmpfs/` }),
  q('volume vs bind mount', 'words', { page: `${STORAGE}/storage-overview/` }, { page: `${STORAGE}/storage-overview/`, heading: /volumes, bind mounts/i }),

  // Networking
  q('containers reach each other by name', 'words', { page: `${NETWORKING}/user-defined-networks/` }, { page: `${NETWORKING}/user-defined-networks/`, heading: /dns|name/i }),
  q('overlay network', 'words', { page: `${NETWORKING}/network-drivers/`, heading: /overlay/i }),
  q('macvlan', 'words', { page: `${NETWORKING}/network-drivers/`, heading: /macvlan/i }),
  q('host.docker.internal', 'flag', { page: `${NETWORKING}/reaching-the-host/` }, { page: `${NETWORKING}/reaching-the-host/`, heading: /host\.docker\.internal|desktop|linux/i }),
  q('--network host', 'flag', { page: `${NETWORKING}/network-drivers/`, heading: /host/i }),

  // Registries
  q('registy', 'typo', { page: `${REGISTRIES}/registries-and-docker-hub/` }, { page: `${REGISTRIES}/registries-and-docker-hub/`, heading: /what a registry/i }, { page: `${REGISTRIES}/running-a-registry/` }),
  q('run your own registry', 'words', { page: `${REGISTRIES}/running-a-registry/` }, { page: `${REGISTRIES}/running-a-registry/`, heading: /start a registry/i }),
  q('REGISTRY_LOG_LEVEL', 'flag', { page: `${REGISTRIES}/running-a-registry/`, heading: /config|environment|variable|log/i }),
  q('htpasswd authentication', 'words', { page: `${REGISTRIES}/securing-a-registry/`, heading: /auth|htpasswd|password/i }),
  q('insecure-registries daemon.json', 'flag', { page: `${REGISTRIES}/trusting-certificates/`, heading: /insecure/i }),
  q('self-signed certificate certs.d', 'flag', { page: `${REGISTRIES}/trusting-certificates/` }, { page: `${REGISTRIES}/trusting-certificates/`, heading: /certs\.d|certificate|trust/i }),
  q('push an image to a private registry', 'words', { page: `${REGISTRIES}/pushing-and-pulling/`, heading: /push/i }, { page: `${REGISTRIES}/pushing-and-pulling/` }),
  q('docker login', 'words', { page: `${REGISTRIES}/pushing-and-pulling/`, heading: /logging in/i }),

  // Security
  q('--cap-add NET_ADMIN', 'flag', { page: `${SECURITY}/capabilities-and-seccomp/`, heading: /capabilit|add/i }),
  q('seccomp profile', 'words', { page: `${SECURITY}/capabilities-and-seccomp/`, heading: /seccomp|profile/i }),
  q('run as a non-root user', 'words', { page: `${SECURITY}/non-root-users/` }, { page: `${SECURITY}/non-root-users/`, heading: /user/i }),
  q('scan an image for CVEs', 'words', { page: `${SECURITY}/scanning-images/` }, { page: `${SECURITY}/scanning-images/`, heading: /scout|cve|scan/i }),
  q('tampered image signature', 'words', { page: `${SECURITY}/content-trust/` }, { page: `${SECURITY}/content-trust/`, heading: /sign|verif|tamper/i }),
  q('DOCKER_CONTENT_TRUST', 'flag', { page: `${SECURITY}/content-trust/` }, { page: `${SECURITY}/content-trust/`, heading: /how docker content trust works/i }),

  // Orchestration
  q('compose.yaml services', 'flag', { page: `${ORCHESTRATION}/compose/` }, { page: `${ORCHESTRATION}/compose/`, heading: /compose|service/i }),
  q('swarm or kubernetes', 'words', { page: `${ORCHESTRATION}/orchestrators/` }, { page: `${ORCHESTRATION}/orchestrators/`, heading: /swarm|kubernetes/i }),
  q('log rotation max-size', 'flag', { page: `${ORCHESTRATION}/logging/`, heading: /rotat|size|limit/i }),
  q('default logging driver daemon.json', 'flag', { page: `${ORCHESTRATION}/logging/`, heading: /driver|daemon|default|all new containers/i }),
]
