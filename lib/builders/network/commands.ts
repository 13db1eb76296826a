// The commands for a valid network state: create the network, start the containers on it, prove
// they resolve each other's names, and remove it all again.
import type { Output } from '../model'
import { onLan } from './checks'
import { PROBE_IMAGE, type NetworkState } from './state'

const shell = (id: string, title: string, description: string, lines: string[][]): Output => ({ kind: 'shell', id, title, description, commands: [{ lines }] })

export function networkOutputs(state: NetworkState): Output[] {
  const outputs: Output[] = []
  if (state.driver === 'overlay') {
    outputs.push(shell('swarm', 'docker swarm init', 'Once, on the host that becomes the swarm manager, if it is not in a swarm yet. Other hosts join with the command it prints.', [['docker', 'swarm', 'init']]))
  }
  outputs.push(createNetwork(state))
  state.containers.forEach((container, i) => {
    outputs.push(
      shell(`run-${i}`, `Start ${container.name}`, `Runs ${container.image} in the background on ${state.name}, where the others find it as ${container.name}.`, [
        ['docker', 'run', '-d'],
        ['--name', container.name],
        ['--network', state.name],
        [container.image],
      ]),
    )
  })
  state.containers.forEach((container, i) => {
    outputs.push(
      shell(`ping-${i}`, `Reach ${container.name} by name`, `A throwaway busybox container on ${state.name} pings ${container.name}: Docker's DNS server answers with its address, and one reply proves the way is open.`, [
        ['docker', 'run', '--rm'],
        ['--network', state.name],
        [PROBE_IMAGE, 'ping', '-c', '1', container.name],
      ]),
    )
  })
  const first = state.containers[0]
  if (state.compareDefault && first) {
    outputs.push(
      shell('ping-default', `Try the same on the default bridge`, `Without --network the probe joins the default bridge, where ${first.name} is not a name: it fails with "bad address".`, [
        ['docker', 'run', '--rm'],
        [PROBE_IMAGE, 'ping', '-c', '1', first.name],
      ]),
    )
  }
  if (state.containers.length > 0) {
    outputs.push(shell('remove-containers', 'Clean up: the containers', 'Stops and removes the containers; a network in use cannot be removed.', [['docker', 'rm', '-f', ...state.containers.map((c) => c.name)]]))
  }
  outputs.push(shell('remove-network', 'Clean up: the network', `Removes ${state.name}.`, [['docker', 'network', 'rm', state.name]]))
  return outputs
}

function createNetwork(state: NetworkState): Output {
  const lines: string[][] = [['docker', 'network', 'create'], ['--driver', state.driver]]
  if (state.driver === 'overlay' && state.attachable) lines.push(['--attachable'])
  if (state.subnet) lines.push(['--subnet', state.subnet])
  if (state.gateway) lines.push(['--gateway', state.gateway])
  if (state.ipRange) lines.push(['--ip-range', state.ipRange])
  if (onLan(state)) lines.push(['-o', `parent=${state.parent}`])
  if (state.driver === 'ipvlan') lines.push(['-o', `ipvlan_mode=${state.ipvlanMode}`])
  lines.push([state.name])
  const addresses = state.subnet ? `addresses from ${state.subnet}` : 'a subnet Docker picks from its address pools'
  const what: Record<NetworkState['driver'], string> = {
    bridge: 'A virtual switch on this host',
    overlay: 'A network that spans the hosts of the swarm',
    macvlan: `Containers on the LAN behind ${state.parent}, each with a MAC address of its own`,
    ipvlan: `Containers on ${state.parent}'s network, sharing its MAC address`,
  }
  return shell('create', `docker network create ${state.name}`, `${what[state.driver]}, with ${addresses}. Containers on it find each other by name.`, lines)
}
