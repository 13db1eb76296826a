// What makes a network setup invalid, and what is worth knowing before creating it.
import * as networkingLessons from '../lessons/networking'
import * as runningContainersLessons from '../lessons/running-containers'
import { ErrorList, WarningList, type FieldError, type Warning } from '../model'
import { cidrBase, inCidr, ipv4Cidr, ipv4ToNumber, isIpv4 } from '../validate/addresses'
import { required } from '../validate/basics'
import { imageReference, splitImageReference } from '../validate/images'
import { containerName, networkName } from '../validate/names'
import type { NetworkState } from './state'

/** The networks every Docker host has already. */
const BUILT_IN = ['bridge', 'host', 'none']
/** Images whose default command is a shell, which exits at once in a detached container. */
const SHELL_IMAGES = ['alpine', 'busybox', 'ubuntu', 'debian']

export const onLan = (state: NetworkState) => state.driver === 'macvlan' || state.driver === 'ipvlan'
const isL3 = (state: NetworkState) => state.driver === 'ipvlan' && state.ipvlanMode === 'l3'

function interfaceName(value: string): string | undefined {
  if (value === '') return 'Enter the host interface the containers sit on, such as eth0 (ip link lists them).'
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,14}$/.test(value) ? undefined : 'An interface name is up to 15 letters, digits, ".", "_" and "-", such as eth0 or eth0.50.'
}

export function validateNetwork(state: NetworkState): FieldError[] {
  const errors = new ErrorList()
  errors.check('name', BUILT_IN.includes(state.name) ? `${state.name} is one of the networks Docker creates itself: choose another name.` : networkName(state.name))
  if (onLan(state)) {
    errors.check('parent', interfaceName(state.parent))
    errors.check('subnet', required(state.subnet, `the subnet: ${state.driver} containers get addresses from it`))
  }
  if (state.subnet) errors.check('subnet', ipv4Cidr(state.subnet))
  const subnetOk = state.subnet !== '' && !errors.has('subnet')
  if (state.gateway) {
    if (isL3(state)) errors.check('gateway', 'ipvlan L3 takes no gateway: the host routes the traffic.')
    errors.check('gateway', isIpv4(state.gateway) ? undefined : 'Enter an IPv4 address such as 172.28.0.1.')
    if (!state.subnet) errors.check('gateway', 'A gateway needs a subnet to be in: enter the subnet too.')
    else if (subnetOk && !inCidr(state.gateway, state.subnet)) errors.check('gateway', `The gateway must be an address inside ${state.subnet}.`)
    else if (subnetOk && ipv4ToNumber(state.gateway) === cidrBase(state.gateway, Number(state.subnet.split('/')[1]))) {
      errors.check('gateway', 'That is the network address itself: the gateway is a host address inside it, usually the first (.1).')
    }
  }
  if (state.ipRange) {
    errors.check('ipRange', ipv4Cidr(state.ipRange))
    if (!state.subnet) errors.check('ipRange', 'An IP range is part of a subnet: enter the subnet too.')
    else if (subnetOk && !errors.has('ipRange') && !inCidr(state.ipRange, state.subnet)) errors.check('ipRange', `The range must lie inside ${state.subnet}.`)
  }
  if (state.driver === 'overlay' && !state.attachable && state.containers.length > 0) {
    errors.check('attachable', 'docker run can only join an attachable overlay network: tick it, or start swarm services instead of containers.')
  }
  state.containers.forEach((container, i) => {
    const name = containerName(container.name)
    errors.check(`containers.${i}.name`, name ?? (state.containers.findIndex((c) => c.name === container.name) < i ? 'Another container already has this name.' : undefined))
    errors.check(`containers.${i}.image`, required(container.image, 'an image, such as nginx:1.27-alpine') ?? imageReference(container.image))
  })
  return errors.list
}

export function networkWarnings(state: NetworkState): Warning[] {
  const warnings = new WarningList()
  if (state.driver === 'overlay') {
    warnings.add({
      id: 'overlay-swarm',
      field: 'driver',
      lesson: networkingLessons.overlayNetworks,
      message: 'Overlay networks need a swarm: docker swarm init on a manager, other hosts joined, and ports 2377/tcp, 7946/tcp and udp, and 4789/udp open between them.',
    })
  }
  if (state.driver === 'macvlan') {
    warnings.add({
      id: 'macvlan-limits',
      field: 'parent',
      lesson: networkingLessons.macvlanNetworks,
      message: `${state.parent || 'The parent'} and the switch behind it must accept many MAC addresses (promiscuous mode); most cloud networks block that. The host itself cannot reach its macvlan containers.`,
    })
  }
  if (state.driver === 'ipvlan') {
    warnings.add({ id: 'ipvlan-host', field: 'parent', lesson: networkingLessons.ipvlanNetworks, message: "The containers cannot reach the host's own addresses on the parent interface." })
  }
  if (onLan(state) && !isL3(state) && !state.ipRange) {
    warnings.add({
      id: 'ip-range',
      field: 'ipRange',
      lesson: networkingLessons.macvlanNetworks,
      message: "Docker hands out the subnet's addresses itself, without asking the LAN's DHCP server: give an IP range the DHCP server does not use, or addresses will clash.",
    })
  }
  state.containers.forEach((container, i) => {
    const repository = splitImageReference(container.image).repository.replace(/^(docker\.io\/)?(library\/)?/, '')
    if (SHELL_IMAGES.includes(repository)) {
      warnings.add({
        id: `exits-${i}`,
        field: `containers.${i}.image`,
        lesson: runningContainersLessons.runModes,
        message: `${container.image} starts a shell by default, which exits at once in a detached container: the name ${container.name || 'it'} then resolves to nothing. Use a server image such as nginx.`,
      })
    }
  })
  if (state.compareDefault) {
    warnings.add({
      id: 'default-bridge',
      field: 'compareDefault',
      lesson: networkingLessons.defaultBridgeNames,
      message: 'The last command is meant to fail with "bad address": on the default bridge network there is no DNS by container name.',
    })
  }
  return warnings.list
}
