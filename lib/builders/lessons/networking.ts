// The Networking lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const networks = lesson({ id: 'networks', route: '/networking/user-defined-networks/', anchor: 'finding-containers-by-name', topic: 'user-defined networks' })
export const hostNetwork = lesson({ id: 'hostNetwork', route: '/networking/network-drivers/', anchor: 'host', topic: 'the host network' })
export const defaultBridgeNames = lesson({ id: 'defaultBridgeNames', route: '/networking/container-networking/', anchor: 'no-names-on-the-default-bridge', topic: 'names on the default bridge' })
export const overlayNetworks = lesson({ id: 'overlayNetworks', route: '/networking/network-drivers/', anchor: 'overlay', topic: 'overlay networks' })
export const macvlanNetworks = lesson({ id: 'macvlanNetworks', route: '/networking/network-drivers/', anchor: 'macvlan', topic: 'macvlan networks' })
export const ipvlanNetworks = lesson({ id: 'ipvlanNetworks', route: '/networking/network-drivers/', anchor: 'ipvlan', topic: 'ipvlan networks' })
