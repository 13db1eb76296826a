// How clients name the registry: host and port, except on 443, the HTTPS default, where the
// address is the host alone (and so is its certs.d folder).
import { isIpv4 } from '../validate/addresses'
import type { RegistryState } from './state'

export function registryAddress(state: RegistryState): string {
  return state.port === '443' ? state.host : `${state.host}:${state.port}`
}

/** The folder where the Docker daemon looks for the CA certificates of this registry. */
export function certsDir(state: RegistryState): string {
  return `/etc/docker/certs.d/${registryAddress(state)}`
}

/** The daemon talks plain HTTP to loopback registries without being told to. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || (isIpv4(host) && host.startsWith('127.'))
}

/** The subjectAltName entry for the host: IP: for an address, DNS: for a name. */
export function subjectAltName(host: string): string {
  return `subjectAltName=${isIpv4(host) ? 'IP' : 'DNS'}:${host}`
}

/** The image as the registry will hold it: address, repository, and the local image's tag. */
export function remoteImage(state: RegistryState): string {
  const tag = splitTag(state.image)
  return `${registryAddress(state)}/${state.repository}${tag ? `:${tag}` : ''}`
}

function splitTag(image: string): string {
  const name = image.split('@')[0]!
  const colon = name.lastIndexOf(':')
  return colon > name.lastIndexOf('/') ? name.slice(colon + 1) : ''
}
