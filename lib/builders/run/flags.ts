// Every `docker run` option (Docker 28), what it does, and for the ones the builder covers, how
// its value goes into the state. "Explain this command" and lesson examples read commands with it.
import { isOn, type FlagInfo } from '../cli/flags'
import * as buildingImagesLessons from '../lessons/building-images'
import * as foundationsLessons from '../lessons/foundations'
import * as networkingLessons from '../lessons/networking'
import * as orchestrationLessons from '../lessons/orchestration'
import * as runningContainersLessons from '../lessons/running-containers'
import * as securityLessons from '../lessons/security'
import * as storageLessons from '../lessons/storage'
import { readMount, readPublish, readTmpfs, readVolume } from './read-values'
import { RESTART_POLICIES, type RunState } from './state'

type Flag = FlagInfo<RunState>

const on = (key: 'detach' | 'interactive' | 'tty' | 'rm' | 'publishAll' | 'privileged' | 'readOnly' | 'init' | 'noHealthcheck') => (state: RunState, value: string) => {
  state[key] = isOn(value)
  return undefined
}

const set = (key: 'name' | 'hostname' | 'platform' | 'network' | 'user' | 'workdir' | 'entrypoint' | 'memory' | 'cpus' | 'pidsLimit' | 'healthCmd' | 'healthInterval' | 'healthTimeout' | 'healthRetries' | 'healthStartPeriod') => (state: RunState, value: string) => {
  state[key] = value
  return undefined
}

/** Mounts written with -v/--tmpfs and with --mount cannot both be kept: the builder writes them one way. */
function addMount(state: RunState, syntax: RunState['mountSyntax'], row: RunState['mounts'][number]) {
  if (state.mounts.length === 0) state.mountSyntax = syntax
  state.mounts.push(row)
}

const covered: Flag[] = [
  { long: '--detach', short: 'd', takesValue: false, lesson: runningContainersLessons.runModes, apply: on('detach'), summary: 'Runs the container in the background and prints its ID, giving you the prompt back.' },
  { long: '--interactive', short: 'i', takesValue: false, lesson: runningContainersLessons.runModes, apply: on('interactive'), summary: 'Keeps the container\'s standard input open, so it can read what you type or pipe in.' },
  { long: '--tty', short: 't', takesValue: false, lesson: runningContainersLessons.runModes, apply: on('tty'), summary: 'Gives the container a terminal; with -i you get an interactive shell.' },
  { long: '--rm', takesValue: false, lesson: runningContainersLessons.throwaway, apply: on('rm'), summary: 'Removes the container, and its anonymous volumes, as soon as it exits.' },
  { long: '--name', takesValue: true, lesson: runningContainersLessons.naming, apply: set('name'), summary: 'Names the container, so other commands and containers can refer to it by name.' },
  { long: '--hostname', short: 'h', takesValue: true, lesson: networkingLessons.networks, apply: set('hostname'), summary: 'Sets the host name the container sees for itself.' },
  { long: '--platform', takesValue: true, lesson: buildingImagesLessons.platforms, apply: set('platform'), summary: 'Picks the image variant for this platform (os/architecture), even when it is not the host\'s.' },
  {
    long: '--publish', short: 'p', takesValue: true, lesson: runningContainersLessons.publishingPorts, summary: 'Publishes a container port on the host.',
    apply: (state, value) => {
      const port = readPublish(value)
      if (!port.ok) return port.problem
      state.ports.push(port.value)
      return undefined
    },
    explain: (value) => {
      const port = readPublish(value)
      if (!port.ok) return undefined
      const { hostIp, hostPort, containerPort, protocol } = port.value
      const where = hostIp ? `only on ${hostIp}` : 'on every interface of the host'
      return `Here: container port ${containerPort}/${protocol} is reachable at ${hostPort ? `host port ${hostPort}` : 'a random host port'}, ${where}.`
    },
  },
  { long: '--publish-all', short: 'P', takesValue: false, lesson: runningContainersLessons.publishingPorts, apply: on('publishAll'), summary: 'Publishes every port the image exposes, each on a random host port.' },
  {
    long: '--env', short: 'e', takesValue: true, lesson: runningContainersLessons.environment, summary: 'Sets an environment variable in the container.',
    apply: (state, value) => {
      const eq = value.indexOf('=')
      if (eq === 0) return 'The variable has no name.'
      state.env.push(eq === -1 ? { name: value, value: '', fromHost: true } : { name: value.slice(0, eq), value: value.slice(eq + 1), fromHost: false })
      return undefined
    },
    explain: (value) => (value.includes('=') ? undefined : `Without =value, ${value} is copied from the shell that runs the command.`),
  },
  {
    long: '--env-file', takesValue: true, lesson: runningContainersLessons.envFiles, summary: 'Reads environment variables from a file of NAME=value lines.',
    apply: (state, value) => {
      state.envFiles.push({ path: value })
      return undefined
    },
  },
  {
    long: '--volume', short: 'v', takesValue: true, lesson: storageLessons.mountSyntax, summary: 'Mounts a volume (a name) or a host folder (a path) into the container.',
    apply: (state, value) => {
      const mount = readVolume(value)
      if (!mount.ok) return mount.problem
      addMount(state, 'short', mount.value)
      return undefined
    },
    explain: (value) => {
      const mount = readVolume(value)
      if (!mount.ok) return undefined
      const { type, source, target, readOnly } = mount.value
      const what = type === 'bind' ? `the host folder ${source}` : source ? `the volume ${source}` : 'a new anonymous volume'
      return `Here: ${what} appears at ${target}${readOnly ? ', read-only' : ''}.`
    },
  },
  {
    long: '--mount', takesValue: true, lesson: storageLessons.mountSyntax, summary: 'Mounts a volume, host folder or tmpfs, written as key=value fields.',
    apply: (state, value) => {
      const mount = readMount(value)
      if (!mount.ok) return mount.problem
      addMount(state, 'mount', mount.value)
      return undefined
    },
  },
  {
    long: '--tmpfs', takesValue: true, lesson: storageLessons.tmpfs, summary: 'Mounts a tmpfs: a folder kept in memory that disappears with the container.',
    apply: (state, value) => {
      const mount = readTmpfs(value)
      if (!mount.ok) return mount.problem
      addMount(state, 'short', mount.value)
      return undefined
    },
  },
  { long: '--network', takesValue: true, lesson: networkingLessons.networks, apply: set('network'), summary: 'Connects the container to a network instead of the default bridge.' },
  { long: '--net', takesValue: true, lesson: networkingLessons.networks, apply: set('network'), summary: 'The old name of --network.' },
  {
    long: '--restart', takesValue: true, lesson: runningContainersLessons.restartPolicies, summary: 'Sets when Docker restarts the container after it stops.',
    apply: (state, value) => {
      const [policy, retries] = value.split(':')
      if (!(RESTART_POLICIES as readonly string[]).includes(policy!)) return `${value} is not a restart policy (no, on-failure, always, unless-stopped).`
      if (retries !== undefined && policy !== 'on-failure') return `Only on-failure takes a number of retries, not ${policy}.`
      state.restart = policy as RunState['restart']
      state.restartRetries = retries ?? ''
      return undefined
    },
  },
  { long: '--user', short: 'u', takesValue: true, lesson: runningContainersLessons.workdirAndUser, apply: set('user'), summary: 'Runs the container\'s process as this user (name or UID, optionally :group).' },
  { long: '--workdir', short: 'w', takesValue: true, lesson: runningContainersLessons.workdirAndUser, apply: set('workdir'), summary: 'Sets the working directory inside the container.' },
  { long: '--entrypoint', takesValue: true, lesson: runningContainersLessons.overridingEntrypoint, apply: set('entrypoint'), summary: 'Replaces the image\'s ENTRYPOINT with this program (and drops the image\'s CMD).' },
  {
    long: '--label', short: 'l', takesValue: true, lesson: buildingImagesLessons.labels, summary: 'Attaches a key=value label to the container, for filtering and tools.',
    apply: (state, value) => {
      const eq = value.indexOf('=')
      if (eq === 0) return 'The label has no key.'
      state.labels.push(eq === -1 ? { key: value, value: '' } : { key: value.slice(0, eq), value: value.slice(eq + 1) })
      return undefined
    },
  },
  {
    long: '--log-opt', takesValue: true, lesson: orchestrationLessons.logRotation, summary: 'Sets an option of the logging driver.',
    apply: (state, value) => {
      const [key, ...rest] = value.split('=')
      if (key === 'max-size') state.logMaxSize = rest.join('=')
      else if (key === 'max-file') state.logMaxFile = rest.join('=')
      else return `The builder covers the max-size and max-file log options, not ${key}.`
      return undefined
    },
    explain: (value) =>
      value.startsWith('max-size=') ? 'Here: each log file grows to at most this size before Docker starts a new one.'
      : value.startsWith('max-file=') ? 'Here: Docker keeps at most this many log files, deleting the oldest.'
      : undefined,
  },
  { long: '--privileged', takesValue: false, lesson: securityLessons.privileged, apply: on('privileged'), summary: 'Gives the container every capability and all host devices: as good as root on the host.' },
  {
    long: '--cap-drop', takesValue: true, lesson: securityLessons.capabilities, summary: 'Takes Linux capabilities away from the container\'s root user.',
    apply: (state, value) => {
      if (value.toUpperCase() !== 'ALL') return `The builder drops ALL capabilities and adds back the ones needed; it does not drop ${value} alone.`
      state.capDropAll = true
      return undefined
    },
  },
  {
    long: '--cap-add', takesValue: true, lesson: securityLessons.capabilities, summary: 'Gives the container one Linux capability back, such as NET_BIND_SERVICE.',
    apply: (state, value) => {
      state.capAdd.push({ name: value })
      return undefined
    },
  },
  { long: '--read-only', takesValue: false, lesson: securityLessons.hardening, apply: on('readOnly'), summary: 'Makes the container\'s root file system read-only; write only to volumes and tmpfs mounts.' },
  {
    long: '--security-opt', takesValue: true, lesson: securityLessons.hardening, summary: 'Sets a security option: no-new-privileges, a seccomp profile, AppArmor or SELinux labels.',
    apply: (state, value) => {
      if (/^no-new-privileges([:=]true)?$/.test(value)) state.noNewPrivileges = true
      else if (/^no-new-privileges[:=]false$/.test(value)) state.noNewPrivileges = false
      else if (/^seccomp[:=]/.test(value)) state.seccomp = value.slice('seccomp='.length)
      else return `The builder covers no-new-privileges and seccomp, not ${value}.`
      return undefined
    },
    explain: (value) =>
      value.startsWith('no-new-privileges') ? 'Here: no process in the container can gain privileges, for example through setuid programs.'
      : value === 'seccomp=unconfined' ? 'Here: no seccomp filter at all, so every system call is allowed.'
      : value.startsWith('seccomp') ? 'Here: system calls are filtered by the profile in this file.'
      : undefined,
  },
  { long: '--init', takesValue: false, lesson: buildingImagesLessons.stopSignals, apply: on('init'), summary: 'Runs a tiny init process as PID 1 that forwards signals and reaps zombie processes.' },
  { long: '--memory', short: 'm', takesValue: true, lesson: foundationsLessons.resourceLimits, apply: set('memory'), summary: 'Limits the memory the container may use; above it, the kernel kills the process.' },
  { long: '--cpus', takesValue: true, lesson: foundationsLessons.resourceLimits, apply: set('cpus'), summary: 'Limits how many CPUs\' worth of time the container may use (1.5 = one and a half).' },
  { long: '--pids-limit', takesValue: true, lesson: foundationsLessons.resourceLimits, apply: set('pidsLimit'), summary: 'Limits how many processes the container may run at once (-1: no limit).' },
  { long: '--health-cmd', takesValue: true, lesson: buildingImagesLessons.healthchecks, apply: set('healthCmd'), summary: 'Command Docker runs in the container to check its health (exit 0 means healthy).' },
  { long: '--health-interval', takesValue: true, lesson: buildingImagesLessons.healthchecks, apply: set('healthInterval'), summary: 'Time between health checks.' },
  { long: '--health-timeout', takesValue: true, lesson: buildingImagesLessons.healthchecks, apply: set('healthTimeout'), summary: 'How long one health check may take before it counts as failed.' },
  { long: '--health-retries', takesValue: true, lesson: buildingImagesLessons.healthchecks, apply: set('healthRetries'), summary: 'Failures in a row before the container is marked unhealthy.' },
  { long: '--health-start-period', takesValue: true, lesson: buildingImagesLessons.healthchecks, apply: set('healthStartPeriod'), summary: 'Time the program gets to start before failed checks count.' },
  { long: '--no-healthcheck', takesValue: false, lesson: buildingImagesLessons.healthchecks, apply: on('noHealthcheck'), summary: 'Turns off the health check the image defines.' },
]

/** Options the builder does not cover: explained, and named as left out of the rebuilt command. */
const leftOut: Flag[] = [
  { long: '--add-host', takesValue: true, lesson: networkingLessons.networks, summary: 'Adds a host-name-to-IP line to the container\'s /etc/hosts (host.docker.internal:host-gateway reaches the host).' },
  { long: '--annotation', takesValue: true, summary: 'Adds an annotation passed through to the OCI runtime.' },
  { long: '--attach', short: 'a', takesValue: true, summary: 'Attaches only to the named streams (STDIN, STDOUT, STDERR).' },
  { long: '--blkio-weight', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets the container\'s relative share of block I/O.' },
  { long: '--blkio-weight-device', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets the relative block I/O share for one device.' },
  { long: '--cgroup-parent', takesValue: true, summary: 'Places the container under this parent cgroup.' },
  { long: '--cgroupns', takesValue: true, summary: 'Chooses the cgroup namespace: host or private.' },
  { long: '--cidfile', takesValue: true, summary: 'Writes the container ID to this file.' },
  { long: '--cpu-count', takesValue: true, summary: 'CPU count (Windows containers only).' },
  { long: '--cpu-percent', takesValue: true, summary: 'CPU percentage (Windows containers only).' },
  { long: '--cpu-period', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets the CPU scheduler period (the older way to limit CPU; --cpus is simpler).' },
  { long: '--cpu-quota', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets the CPU scheduler quota (the older way to limit CPU; --cpus is simpler).' },
  { long: '--cpu-rt-period', takesValue: true, summary: 'Limits the real-time CPU period.' },
  { long: '--cpu-rt-runtime', takesValue: true, summary: 'Limits the real-time CPU runtime.' },
  { long: '--cpu-shares', short: 'c', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets the container\'s relative CPU weight when CPUs are busy.' },
  { long: '--cpuset-cpus', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Pins the container to these CPUs (0-3, or 0,1).' },
  { long: '--cpuset-mems', takesValue: true, summary: 'Pins the container to these memory nodes.' },
  { long: '--detach-keys', takesValue: true, summary: 'Changes the key sequence that detaches from the container.' },
  { long: '--device', takesValue: true, summary: 'Gives the container access to a host device.' },
  { long: '--device-cgroup-rule', takesValue: true, summary: 'Adds a rule to the devices the container may use.' },
  { long: '--device-read-bps', takesValue: true, summary: 'Limits read rate from a device, in bytes per second.' },
  { long: '--device-read-iops', takesValue: true, summary: 'Limits read rate from a device, in operations per second.' },
  { long: '--device-write-bps', takesValue: true, summary: 'Limits write rate to a device, in bytes per second.' },
  { long: '--device-write-iops', takesValue: true, summary: 'Limits write rate to a device, in operations per second.' },
  { long: '--disable-content-trust', takesValue: false, summary: 'Skips image signature verification (the default).' },
  { long: '--dns', takesValue: true, lesson: networkingLessons.networks, summary: 'Sets the DNS server the container uses.' },
  { long: '--dns-option', takesValue: true, summary: 'Sets a DNS resolver option.' },
  { long: '--dns-opt', takesValue: true, summary: 'The old name of --dns-option.' },
  { long: '--dns-search', takesValue: true, summary: 'Sets a DNS search domain.' },
  { long: '--domainname', takesValue: true, summary: 'Sets the container\'s NIS domain name.' },
  { long: '--expose', takesValue: true, lesson: runningContainersLessons.publishingPorts, summary: 'Records a port as exposed without publishing it.' },
  { long: '--gpus', takesValue: true, summary: 'Gives the container GPUs (all, or a number or list).' },
  { long: '--group-add', takesValue: true, lesson: runningContainersLessons.workdirAndUser, summary: 'Adds the process to another group.' },
  { long: '--health-start-interval', takesValue: true, lesson: buildingImagesLessons.healthchecks, summary: 'Time between health checks during the start period.' },
  { long: '--help', takesValue: false, summary: 'Prints the help of docker run.' },
  { long: '--io-maxbandwidth', takesValue: true, summary: 'Limits I/O bandwidth (Windows only).' },
  { long: '--io-maxiops', takesValue: true, summary: 'Limits I/O operations (Windows only).' },
  { long: '--ip', takesValue: true, lesson: networkingLessons.networks, summary: 'Gives the container this IPv4 address on a user-defined network.' },
  { long: '--ip6', takesValue: true, lesson: networkingLessons.networks, summary: 'Gives the container this IPv6 address on a user-defined network.' },
  { long: '--ipc', takesValue: true, summary: 'Chooses the IPC namespace.' },
  { long: '--isolation', takesValue: true, summary: 'Chooses the isolation technology (Windows).' },
  { long: '--kernel-memory', takesValue: true, summary: 'Kernel memory limit (no longer supported by current kernels).' },
  { long: '--label-file', takesValue: true, summary: 'Reads labels from a file.' },
  { long: '--link', takesValue: true, lesson: networkingLessons.networks, summary: 'Legacy links between containers; use a user-defined network instead.' },
  { long: '--link-local-ip', takesValue: true, summary: 'Sets link-local addresses.' },
  { long: '--log-driver', takesValue: true, lesson: orchestrationLessons.logRotation, summary: 'Chooses the logging driver for this container.' },
  { long: '--mac-address', takesValue: true, summary: 'Sets the container\'s MAC address.' },
  { long: '--memory-reservation', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets a soft memory limit.' },
  { long: '--memory-swap', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets memory plus swap (-1: unlimited swap).' },
  { long: '--memory-swappiness', takesValue: true, summary: 'Tunes how readily the container\'s memory is swapped.' },
  { long: '--network-alias', takesValue: true, lesson: networkingLessons.networks, summary: 'Adds another name the container answers to on its network.' },
  { long: '--net-alias', takesValue: true, lesson: networkingLessons.networks, summary: 'The old name of --network-alias.' },
  { long: '--oom-kill-disable', takesValue: false, summary: 'Stops the kernel from killing the container when it runs out of memory.' },
  { long: '--oom-score-adj', takesValue: true, summary: 'Tunes how likely the kernel is to kill the container first.' },
  { long: '--pid', takesValue: true, summary: 'Chooses the PID namespace (host shares the host\'s processes).' },
  { long: '--pull', takesValue: true, summary: 'When to pull the image: always, missing (the default) or never.' },
  { long: '--quiet', short: 'q', takesValue: false, summary: 'Hides the pull progress.' },
  { long: '--runtime', takesValue: true, summary: 'Chooses the OCI runtime.' },
  { long: '--shm-size', takesValue: true, summary: 'Sets the size of /dev/shm.' },
  { long: '--sig-proxy', takesValue: false, summary: 'Passes signals you send to the container\'s process (on by default).' },
  { long: '--stop-signal', takesValue: true, lesson: buildingImagesLessons.stopSignals, summary: 'Sets the signal docker stop sends first.' },
  { long: '--stop-timeout', takesValue: true, lesson: runningContainersLessons.stopping, summary: 'Seconds docker stop waits before killing the container.' },
  { long: '--storage-opt', takesValue: true, summary: 'Sets storage driver options for the container.' },
  { long: '--sysctl', takesValue: true, summary: 'Sets a kernel parameter inside the container.' },
  { long: '--ulimit', takesValue: true, lesson: foundationsLessons.resourceLimits, summary: 'Sets a ulimit, such as nofile=1024:2048.' },
  { long: '--use-api-socket', takesValue: false, summary: 'Mounts the Docker API socket with credentials into the container.' },
  { long: '--userns', takesValue: true, summary: 'Chooses the user namespace.' },
  { long: '--uts', takesValue: true, summary: 'Chooses the UTS namespace (host name).' },
  { long: '--volume-driver', takesValue: true, lesson: storageLessons.volumes, summary: 'Chooses the volume driver for the container\'s volumes.' },
  { long: '--volumes-from', takesValue: true, lesson: storageLessons.volumes, summary: 'Mounts all the volumes of another container.' },
]

export const RUN_FLAGS: readonly Flag[] = [...covered, ...leftOut]
