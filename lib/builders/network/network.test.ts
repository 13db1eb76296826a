import { describe, expect, it } from 'vitest'
import { networkBuilder } from '.'
import { evaluate, stateWith, type Output } from '../model'
import { outputText } from '../output'
import { networkSpec, type NetworkState } from './state'

const state = (values: Partial<NetworkState>) => stateWith(networkSpec, values)
const run = (values: Partial<NetworkState>) => evaluate(networkBuilder, state(values))
const texts = (outputs: Output[]) => Object.fromEntries(outputs.map((o) => [o.id, outputText(o, 'single')]))
const errors = (values: Partial<NetworkState>) => Object.fromEntries(run(values).errors.map((e) => [e.field, e.message]))
const web = [{ name: 'web', image: 'nginx:1.27-alpine' }]

describe('the network builder', () => {
  it('creates a bridge network, starts containers on it, proves they resolve by name, and cleans up', () => {
    expect(texts(evaluate(networkBuilder, networkBuilder.start).outputs)).toEqual({
      create: 'docker network create --driver bridge app-net',
      'run-0': 'docker run -d --name web --network app-net nginx:1.27-alpine',
      'run-1': 'docker run -d --name cache --network app-net redis:7.4-alpine',
      'ping-0': 'docker run --rm --network app-net busybox:1.37 ping -c 1 web',
      'ping-1': 'docker run --rm --network app-net busybox:1.37 ping -c 1 cache',
      'ping-default': 'docker run --rm busybox:1.37 ping -c 1 web',
      'remove-containers': 'docker rm -f web cache',
      'remove-network': 'docker network rm app-net',
    })
  })

  it('writes each driver with its own options', () => {
    expect(texts(run({ name: 'ov', driver: 'overlay', containers: web }).outputs)).toMatchObject({ swarm: 'docker swarm init', create: 'docker network create --driver overlay --attachable ov' })
    expect(texts(run({ name: 'lan', driver: 'macvlan', subnet: '192.168.1.0/24', gateway: '192.168.1.1', ipRange: '192.168.1.192/27', parent: 'eth0.50' }).outputs).create).toBe(
      'docker network create --driver macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 --ip-range 192.168.1.192/27 -o parent=eth0.50 lan',
    )
    expect(texts(run({ name: 'l3', driver: 'ipvlan', ipvlanMode: 'l3', subnet: '10.50.0.0/24' }).outputs).create).toBe('docker network create --driver ipvlan --subnet 10.50.0.0/24 -o parent=eth0 -o ipvlan_mode=l3 l3')
    // Options that belong to other drivers leave no trace.
    expect(texts(run({ attachable: true, parent: 'eth9' }).outputs).create).toBe('docker network create --driver bridge app-net')
  })

  it('checks the subnet, and that the gateway and the IP range lie inside it', () => {
    expect(errors({ subnet: '10.0.0.0/33' })).toEqual({ subnet: 'Enter a network in CIDR notation, such as 172.28.0.0/16.' })
    expect(errors({ subnet: '10.0.0.5/24' })).toEqual({ subnet: 'The address has bits set past the /24 prefix: the network is 10.0.0.0/24.' })
    expect(errors({ subnet: '10.0.0.0/24', gateway: '10.0.1.1' })).toEqual({ gateway: 'The gateway must be an address inside 10.0.0.0/24.' })
    expect(errors({ subnet: '10.0.0.0/24', gateway: '10.0.0.0' })).toHaveProperty('gateway', expect.stringContaining('network address itself'))
    expect(errors({ gateway: '10.0.0.1' })).toEqual({ gateway: 'A gateway needs a subnet to be in: enter the subnet too.' })
    expect(errors({ subnet: '10.0.0.0/24', gateway: 'x' })).toEqual({ gateway: 'Enter an IPv4 address such as 172.28.0.1.' })
    expect(errors({ subnet: '10.0.0.0/24', ipRange: '10.0.0.0/23' })).toEqual({ ipRange: 'The range must lie inside 10.0.0.0/24.' })
    expect(errors({ subnet: '10.0.0.0/16', gateway: '10.0.255.254', ipRange: '10.0.128.0/17' })).toEqual({})
    expect(errors({ driver: 'ipvlan', ipvlanMode: 'l3', subnet: '10.50.0.0/24', gateway: '10.50.0.1' })).toEqual({ gateway: 'ipvlan L3 takes no gateway: the host routes the traffic.' })
  })

  it('refuses built-in network names, LAN drivers without a parent or subnet, duplicate names and a closed overlay', () => {
    expect(Object.keys(errors({ name: 'bridge' }))).toEqual(['name'])
    expect(Object.keys(errors({ driver: 'macvlan', parent: '' }))).toEqual(['parent', 'subnet'])
    expect(Object.keys(errors({ driver: 'ipvlan', parent: 'a very long name', subnet: '10.0.0.0/8' }))).toEqual(['parent'])
    expect(errors({ containers: [...web, ...web] })).toEqual({ 'containers.1.name': 'Another container already has this name.' })
    expect(Object.keys(errors({ containers: [{ name: 'x', image: 'Nginx' }] }))).toEqual(['containers.0.name', 'containers.0.image'])
    expect(Object.keys(errors({ driver: 'overlay', attachable: false, containers: web }))).toEqual(['attachable'])
    expect(errors({ driver: 'overlay', attachable: false })).toEqual({})
    expect(run({ name: 'none' }).outputs).toEqual([])
  })

  it('warns about swarm, promiscuous mode, clashing addresses, containers that exit and the default bridge', () => {
    const ids = (values: Partial<NetworkState>) => run(values).warnings.map((w) => [w.id, w.lesson.id])
    expect(ids({})).toEqual([])
    expect(ids({ driver: 'overlay' })).toEqual([['overlay-swarm', 'overlayNetworks']])
    expect(ids({ driver: 'macvlan', subnet: '192.168.1.0/24' })).toEqual([
      ['macvlan-limits', 'macvlanNetworks'],
      ['ip-range', 'macvlanNetworks'],
    ])
    expect(ids({ driver: 'ipvlan', ipvlanMode: 'l3', subnet: '10.50.0.0/24' })).toEqual([['ipvlan-host', 'ipvlanNetworks']])
    expect(ids({ containers: [{ name: 'tools', image: 'alpine:3.20' }], compareDefault: true })).toEqual([
      ['exits-0', 'runModes'],
      ['default-bridge', 'defaultBridgeNames'],
    ])
  })
})
