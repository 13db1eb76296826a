// Ports, IP addresses, host names and networks.
import { DOMAIN_COMPONENT } from './images'

export function port(value: string): string | undefined {
  if (!/^\d+$/.test(value)) return 'A port is a whole number from 1 to 65535.'
  const n = Number(value)
  return n >= 1 && n <= 65535 ? undefined : `${value} is outside the port range 1–65535.`
}

/** A port or a range such as 8000-8010. */
export function portOrRange(value: string): string | undefined {
  const range = /^(\d+)-(\d+)$/.exec(value)
  if (!range) return port(value) === undefined ? undefined : 'Enter a port from 1 to 65535, or a range such as 8000-8010.'
  const problem = port(range[1]!) ?? port(range[2]!)
  if (problem) return problem
  return Number(range[1]) <= Number(range[2]) ? undefined : 'A range goes from the lower port to the higher one.'
}

/** How many ports a port or range covers. */
export function portCount(value: string): number {
  const range = /^(\d+)-(\d+)$/.exec(value)
  return range ? Number(range[2]) - Number(range[1]) + 1 : 1
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

export function ipAddress(value: string): string | undefined {
  return IPV4.test(value) || isIpv6(value) ? undefined : 'Enter an IP address such as 127.0.0.1 or ::1.'
}

export function isIpv6(value: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(value) || !value.includes(':')) return false
  const doubles = value.split('::').length - 1
  if (doubles > 1) return false
  const groups = value.split(':').filter((group) => group !== '')
  const last = groups[groups.length - 1] ?? ''
  const ipv4Tail = last.includes('.')
  if (ipv4Tail && !IPV4.test(last)) return false
  const hexGroups = ipv4Tail ? groups.slice(0, -1) : groups
  if (!hexGroups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false
  const size = hexGroups.length + (ipv4Tail ? 2 : 0)
  return doubles === 1 ? size < 8 : size === 8
}

const HOST_NAME = new RegExp(`^${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*$`)

export function isIpv4(value: string): boolean {
  return IPV4.test(value)
}

/** A host name (registry.example.com, localhost) or an IPv4 address, as clients type it. */
export function hostName(value: string): string | undefined {
  if (value === '') return 'Enter the host name clients use, such as registry.example.com.'
  if (value.includes(':')) return 'Enter the host name without a port: the port has its own field.'
  if (isIpv4(value) || (HOST_NAME.test(value) && value.length <= 253 && !/^[\d.]+$/.test(value))) return undefined
  return 'Enter a host name (letters, digits and "-", parts joined by ".") or an IPv4 address such as 203.0.113.10.'
}

/** An IPv4 address as a 32-bit number. */
export function ipv4ToNumber(value: string): number {
  return value.split('.').reduce((n, part) => n * 256 + Number(part), 0)
}

/** An IPv4 network in CIDR notation, such as 172.28.0.0/16, with no host bits set. */
export function ipv4Cidr(value: string): string | undefined {
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(value)
  if (!match || !isIpv4(match[1]!) || Number(match[2]) > 32) return 'Enter a network in CIDR notation, such as 172.28.0.0/16.'
  const prefix = Number(match[2])
  const base = cidrBase(match[1]!, prefix)
  if (base !== ipv4ToNumber(match[1]!)) return `The address has bits set past the /${prefix} prefix: the network is ${numberToIpv4(base)}/${prefix}.`
  return undefined
}

/** The first address of the network an address falls in, for a prefix length. */
export function cidrBase(address: string, prefix: number): number {
  const size = 2 ** (32 - prefix)
  return Math.floor(ipv4ToNumber(address) / size) * size
}

export function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.')
}

/** Whether an IPv4 address or a CIDR network lies within a CIDR network (both assumed valid). */
export function inCidr(inner: string, outer: string): boolean {
  const [outerAddress, outerPrefix] = outer.split('/') as [string, string]
  const [innerAddress, innerPrefix = '32'] = inner.split('/') as [string, string?]
  return Number(innerPrefix) >= Number(outerPrefix) && cidrBase(innerAddress, Number(outerPrefix)) === ipv4ToNumber(outerAddress)
}
