// Test support: valid states of the network builder. Subnets, gateways and ranges are made from
// numbers, so they are consistent by construction: the gateway inside the subnet, the range too.
import fc from 'fast-check'
import { NETWORK_DRIVERS, IPVLAN_MODES, type NetworkState } from '../network/state'
import { numberToIpv4 } from '../validate/addresses'
import { imageRepository } from './arbitraries'

const addressing = fc
  .record({ prefix: fc.integer({ min: 8, max: 29 }), address: fc.integer({ min: 0, max: 2 ** 32 - 1 }), gatewayAt: fc.double({ min: 0, max: 1, noNaN: true }), rangeExtra: fc.integer({ min: 0, max: 3 }) })
  .map(({ prefix, address, gatewayAt, rangeExtra }) => {
    const size = 2 ** (32 - prefix)
    const base = Math.floor(address / size) * size
    const rangePrefix = prefix + rangeExtra
    const rangeSize = 2 ** (32 - rangePrefix)
    const rangeBase = base + Math.floor(((address % size) / rangeSize)) * rangeSize
    return {
      subnet: `${numberToIpv4(base)}/${prefix}`,
      gateway: numberToIpv4(base + 1 + Math.floor(gatewayAt * (size - 2.0001))),
      ipRange: `${numberToIpv4(rangeBase)}/${rangePrefix}`,
    }
  })

const container = fc.record({
  name: fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{1,12}$/),
  image: fc.tuple(imageRepository, fc.constantFrom('', ':1.27-alpine', ':7.4')).map(([repository, tag]) => `${repository}${tag}`),
})

export const networkState: fc.Arbitrary<NetworkState> = fc
  .record({
    name: fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{1,12}$/).filter((name) => !['bridge', 'host', 'none'].includes(name)),
    driver: fc.constantFrom(...NETWORK_DRIVERS),
    attachable: fc.boolean(),
    parent: fc.constantFrom('eth0', 'eth0.50', 'enp3s0', 'br-lan', 'wlan0'),
    ipvlanMode: fc.constantFrom(...IPVLAN_MODES),
    addressing,
    withSubnet: fc.boolean(),
    withGateway: fc.boolean(),
    withRange: fc.boolean(),
    containers: fc.uniqueArray(container, { maxLength: 3, selector: (c) => c.name }),
    compareDefault: fc.boolean(),
  })
  .map(({ addressing: a, withSubnet, withGateway, withRange, ...s }): NetworkState => {
    const lan = s.driver === 'macvlan' || s.driver === 'ipvlan'
    const subnet = withSubnet || lan
    const l3 = s.driver === 'ipvlan' && s.ipvlanMode === 'l3'
    return {
      ...s,
      attachable: s.driver === 'overlay' && s.containers.length > 0 ? true : s.attachable,
      subnet: subnet ? a.subnet : '',
      gateway: subnet && withGateway && !l3 ? a.gateway : '',
      ipRange: subnet && withRange ? a.ipRange : '',
    }
  })
