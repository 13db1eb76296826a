// Legal `docker run` choices a reader should understand before pasting the command.
import * as buildingImagesLessons from '../lessons/building-images'
import * as foundationsLessons from '../lessons/foundations'
import * as networkingLessons from '../lessons/networking'
import * as runningContainersLessons from '../lessons/running-containers'
import * as securityLessons from '../lessons/security'
import * as storageLessons from '../lessons/storage'
import { WarningList, type Warning } from '../model'
import { sensitiveBindProblem } from '../mounts'
import { isPortableEnvName } from '../validate/names'
import type { RunState } from './state'

const ALL_INTERFACES = ['', '0.0.0.0', '::']
const ROOT_USERS = ['', 'root', '0', 'root:root', '0:0']
const EXPANSION = /\$[A-Za-z_{(]|`/

export function runWarnings(state: RunState): Warning[] {
  const warnings = new WarningList()
  const warn = (warning: Parameters<WarningList['add']>[0]) => warnings.add(warning)

  if (state.image && (state.tag === '' || state.tag === 'latest' || state.tag.startsWith('latest@'))) {
    warn({
      id: 'latest',
      field: 'tag',
      lesson: foundationsLessons.latestTag,
      message: `${state.tag ? 'The tag latest' : 'With no tag, Docker uses latest, which'} is just the default name, not "the newest": it changes under you. Pin a version such as 1.27 so every run gets the same image.`,
    })
  }
  if (state.restart === 'always') {
    warn({
      id: 'restart-always',
      field: 'restart',
      lesson: runningContainersLessons.restartPolicies,
      message: 'always brings the container back whenever the Docker daemon starts, even after you stopped it with docker stop. unless-stopped does the same but respects a stop.',
    })
  }
  state.ports.forEach((port, i) => {
    if (port.containerPort && !port.hostPort) {
      warn({
        id: `random-port-${i}`,
        field: `ports.${i}.hostPort`,
        lesson: runningContainersLessons.randomHostPort,
        message: `No host port for container port ${port.containerPort}: Docker picks a random free one each time the container starts. Find it with docker port, or set one.`,
      })
    }
  })
  const open = state.ports.filter((port) => port.containerPort && ALL_INTERFACES.includes(port.hostIp))
  if (open.length > 0 || state.publishAll) {
    warn({
      id: 'all-interfaces',
      field: open.length > 0 ? `ports.${state.ports.indexOf(open[0]!)}.hostIp` : 'publishAll',
      lesson: runningContainersLessons.hostAddress,
      message: 'Published ports listen on every network interface, so other machines can reach them, and Docker\'s firewall rules go around ufw and firewalld. Set the host IP to 127.0.0.1 to keep a port on this machine.',
    })
  }
  if (state.publishAll) {
    warn({ id: 'publish-all', field: 'publishAll', lesson: runningContainersLessons.publishingPorts, message: '-P publishes every port the image exposes, each on a random host port.' })
  }
  if (state.network === 'host' && (state.ports.length > 0 || state.publishAll)) {
    warn({ id: 'host-network-ports', field: 'network', lesson: networkingLessons.hostNetwork, message: 'With the host network the container uses the host\'s ports directly, so Docker ignores published ports.' })
  }
  if (ROOT_USERS.includes(state.user) && !state.privileged) {
    warn({
      id: 'root',
      field: 'user',
      lesson: securityLessons.nonRootUsers,
      message: state.user
        ? 'The process runs as root. If anything breaks out of the container, it is root on the host too. Run as an unprivileged user such as 1000:1000.'
        : 'No user is set, so the process runs as the image\'s default user, which is root for most images. Set a user such as 1000:1000 when the image supports it.',
    })
  }
  if (state.privileged) {
    warn({
      id: 'privileged',
      field: 'privileged',
      level: 'danger',
      lesson: securityLessons.privileged,
      message: '--privileged gives the container every capability and all host devices, and turns off seccomp and AppArmor: it can take over the host. Add only the capabilities it needs instead.',
    })
  }
  if (state.capAdd.some((cap) => /^(CAP_)?SYS_ADMIN$/i.test(cap.name))) {
    warn({ id: 'sys-admin', field: 'capAdd', level: 'danger', lesson: securityLessons.capabilities, message: 'SYS_ADMIN is close to full root on the host: it allows mounting file systems and much more.' })
  }
  if (state.seccomp === 'unconfined') {
    warn({ id: 'seccomp-unconfined', field: 'seccomp', level: 'danger', lesson: securityLessons.seccomp, message: 'seccomp=unconfined removes the filter that blocks dangerous system calls.' })
  }
  state.mounts.forEach((mount, i) => {
    const problem = sensitiveBindProblem(mount)
    if (problem) warn({ id: `sensitive-bind-${i}`, field: `mounts.${i}.source`, level: 'danger', lesson: storageLessons.bindMountRisks, message: problem })
  })
  state.env.forEach((row, i) => {
    if (row.name && !row.name.includes('=') && !isPortableEnvName(row.name)) {
      warn({ id: `env-name-${i}`, field: `env.${i}.name`, lesson: runningContainersLessons.environment, message: `${row.name} is not a name shells can use ($${row.name} would not work); most programs expect letters, digits and _ only.` })
    }
    if (!row.fromHost && EXPANSION.test(row.value)) {
      warn({ id: `env-literal-${i}`, field: `env.${i}.value`, lesson: runningContainersLessons.environment, message: `The value of ${row.name || 'this variable'} is passed exactly as written, $ and all: the command is quoted so your shell does not expand it. Type the value itself if you meant your shell's variable.` })
    }
  })
  if (state.command.some((row) => EXPANSION.test(row.arg))) {
    warn({ id: 'command-literal', field: 'command', lesson: buildingImagesLessons.cmdAndEntrypoint, message: 'The command contains $ or `, passed as written: your shell does not expand it, and in the container only a shell would (as in sh -c "…").' })
  }
  if (state.interactive !== state.tty && !state.detach) {
    warn({ id: 'half-interactive', field: state.interactive ? 'tty' : 'interactive', lesson: runningContainersLessons.runModes, message: state.interactive ? '-i without -t keeps input open but gives no terminal: good for piping input, not for a shell prompt.' : '-t without -i gives a terminal that cannot read your typing. Use -it for an interactive shell.' })
  }
  return warnings.list
}
