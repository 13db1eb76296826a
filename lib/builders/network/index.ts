// The network builder: a network of any driver, containers on it, and the proof that they reach
// each other by name.
import { stateWith, type BuilderModel } from '../model'
import { networkWarnings, validateNetwork } from './checks'
import { networkOutputs } from './commands'
import { networkSpec, type NetworkSpec, type NetworkState } from './state'

const state = (values: Partial<NetworkState>) => stateWith(networkSpec, values)

const webAndCache = [
  { name: 'web', image: 'nginx:1.27-alpine' },
  { name: 'cache', image: 'redis:7.4-alpine' },
]

export const networkBuilder: BuilderModel<NetworkSpec> = {
  id: 'network',
  route: '/tools/network/',
  spec: networkSpec,
  start: state({ containers: webAndCache, compareDefault: true }),
  presets: [
    { id: 'bridge', label: 'Two containers on a bridge network', state: state({ containers: webAndCache, compareDefault: true }) },
    { id: 'subnet', label: 'Bridge with a chosen subnet', state: state({ name: 'lab-net', subnet: '10.10.0.0/24', gateway: '10.10.0.1', containers: webAndCache }) },
    { id: 'overlay', label: 'Overlay across a swarm', state: state({ name: 'app-overlay', driver: 'overlay', containers: webAndCache }) },
    {
      id: 'macvlan',
      label: 'macvlan on the LAN',
      state: state({ name: 'lan-net', driver: 'macvlan', subnet: '192.168.1.0/24', gateway: '192.168.1.1', ipRange: '192.168.1.192/27', containers: [{ name: 'printer-proxy', image: 'nginx:1.27-alpine' }] }),
    },
    { id: 'ipvlan-l3', label: 'ipvlan L3, a routed subnet', state: state({ name: 'routed-l3', driver: 'ipvlan', ipvlanMode: 'l3', subnet: '10.50.0.0/24', containers: webAndCache }) },
  ],
  validate: validateNetwork,
  warnings: networkWarnings,
  outputs: networkOutputs,
}
