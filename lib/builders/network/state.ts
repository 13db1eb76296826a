// The network builder's state: a network, the containers to start on it, and the proof that they
// find each other by name.
import { choice, flag, rows, text, type StateOf } from '../fields'

export const NETWORK_DRIVERS = ['bridge', 'overlay', 'macvlan', 'ipvlan'] as const
export const IPVLAN_MODES = ['l2', 'l3'] as const

export const networkSpec = {
  name: text('app-net'),
  driver: choice(NETWORK_DRIVERS, 'bridge'),
  /** overlay only: lets standalone containers (docker run) join, not only swarm services. */
  attachable: flag(true),
  /** macvlan and ipvlan: the host interface the containers sit on, such as eth0 or eth0.50. */
  parent: text('eth0'),
  ipvlanMode: choice(IPVLAN_MODES, 'l2'),
  /** Optional for bridge and overlay (Docker picks one), required on a LAN (macvlan, ipvlan). */
  subnet: text(),
  gateway: text(),
  /** The part of the subnet Docker hands out to containers. */
  ipRange: text(),
  containers: rows({ name: text(), image: text() }),
  /** Also show that the same lookup fails on the default bridge network. */
  compareDefault: flag(),
}

export type NetworkSpec = typeof networkSpec
export type NetworkState = StateOf<NetworkSpec>

/** The throwaway container that looks names up: busybox has ping and is a few megabytes. */
export const PROBE_IMAGE = 'busybox:1.37'
