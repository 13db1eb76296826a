// Validators every builder shares. Each returns the reason a value is wrong, in words a reader
// can act on, or undefined when it is fine. Empty values are the caller's business (`required`),
// so the same validator serves optional and required fields.

export type Check = (value: string) => string | undefined

export function required(value: string, what: string): string | undefined {
  return value.trim() === '' ? `Enter ${what}.` : undefined
}

/** No value can carry a NUL byte through a command line. */
export function printable(value: string): string | undefined {
  return value.includes('\0') ? 'Remove the NUL character: a command line cannot carry it.' : undefined
}

// Image references, after the grammar of distribution/reference, which Docker uses.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const HOST = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`)
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/

/** Splits `registry/repo:tag@digest` into the repository and what follows it (`tag`, `sha256:…` or `tag@sha256:…`). */
export function splitImageReference(reference: string): { repository: string; tag: string } {
  const at = reference.indexOf('@')
  const nameAndTag = at === -1 ? reference : reference.slice(0, at)
  const digest = at === -1 ? '' : reference.slice(at + 1)
  const colon = nameAndTag.lastIndexOf(':')
  const hasTag = colon > nameAndTag.lastIndexOf('/')
  const repository = hasTag ? nameAndTag.slice(0, colon) : nameAndTag
  const tag = hasTag ? nameAndTag.slice(colon + 1) : ''
  return { repository, tag: digest ? (tag ? `${tag}@${digest}` : digest) : tag }
}

/** The reverse of splitImageReference. */
export function joinImageReference(repository: string, tag: string): string {
  if (tag === '') return repository
  return DIGEST.test(tag) ? `${repository}@${tag}` : `${repository}:${tag}`
}

/** A repository with an optional registry host and port: `nginx`, `ghcr.io/org/app`, `localhost:5000/app`. */
export function imageRepository(value: string): string | undefined {
  if (value === '') return 'Enter an image name, such as nginx or ghcr.io/org/app.'
  if (/\s/.test(value)) return 'An image name has no spaces.'
  const slash = value.indexOf('/')
  const first = slash === -1 ? '' : value.slice(0, slash)
  const isRegistry = slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())
  if (isRegistry && !HOST.test(first)) return `"${first}" is not a registry host name (host, or host:port).`
  const path = isRegistry ? value.slice(slash + 1) : value
  if (path.includes('@')) return 'Put the digest in the tag field, without @.'
  if (path.includes(':')) return 'Put the tag in the tag field, without the colon.'
  if (path !== path.toLowerCase()) return `Repository names are lowercase: ${isRegistry ? `${first}/` : ''}${path.toLowerCase()}.`
  const bad = path.split('/').find((component) => !PATH_COMPONENT.test(component))
  if (bad !== undefined) {
    return bad === '' ? 'A repository name has no empty parts: check the slashes.' : `"${bad}" is not a valid part of a repository name: use lowercase letters and digits, joined by ".", "_", "__" or "-".`
  }
  if (value.length > 255) return 'An image name is at most 255 characters long.'
  return undefined
}

/** A tag (`1.27-alpine`), a digest (`sha256:…`), or both (`1.27@sha256:…`). Empty means latest. */
export function imageTag(value: string): string | undefined {
  if (value === '') return undefined
  const at = value.indexOf('@')
  const tag = at === -1 ? value : value.slice(0, at)
  const digest = at === -1 ? '' : value.slice(at + 1)
  if (at === -1 && DIGEST.test(value)) return digestProblem(value)
  if (!TAG.test(tag)) {
    return 'A tag is up to 128 letters, digits, "_", "." and "-", and cannot start with "." or "-".'
  }
  return digest ? (DIGEST.test(digest) ? digestProblem(digest) : 'After @ comes a digest such as sha256: and 64 hex digits.') : undefined
}

function digestProblem(digest: string): string | undefined {
  return digest.startsWith('sha256:') && digest.length !== 'sha256:'.length + 64 ? 'A sha256 digest has exactly 64 hex digits.' : undefined
}

/** A whole reference in one string, for builders with a single image field. */
export function imageReference(value: string): string | undefined {
  const { repository, tag } = splitImageReference(value)
  return imageRepository(repository) ?? imageTag(tag)
}

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

/** Environment variable names: Docker only forbids "=", but shells and most programs read only portable names. */
export function envName(value: string): string | undefined {
  if (value === '') return 'Enter the variable name.'
  if (value.includes('=')) return 'A name cannot contain "=": put the value in the value field.'
  if (/\s/.test(value)) return 'A variable name has no spaces.'
  return printable(value)
}

export function isPortableEnvName(value: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(value)
}

const OBJECT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

function objectName(what: string): Check {
  return (value) =>
    OBJECT_NAME.test(value)
      ? undefined
      : `A ${what} name starts with a letter or digit, has at least 2 characters, and uses only letters, digits, "_", "." and "-".`
}

export const containerName = objectName('container')
export const networkName = objectName('network')
export const volumeName = objectName('volume')

/** An absolute path inside the container. */
export function containerPath(value: string): string | undefined {
  if (value === '') return 'Enter the path inside the container.'
  if (!value.startsWith('/')) return 'Paths inside the container are absolute: start with /.'
  return printable(value)
}

/** A path on the host: absolute, or relative to the current folder when it starts with ./ or ../ */
export function hostPath(value: string): string | undefined {
  if (value === '') return 'Enter the path on the host.'
  if (value.startsWith('~')) return 'Write the full path (/home/you/…) or one starting with ./: the command quotes every value, so no shell expands ~.'
  if (value.includes('$')) return 'Write the path itself, or one starting with ./ instead of $(pwd): the command quotes every value, so no shell expands $.'
  if (!/^(\/|\.\/|\.\.\/|\.$|\.\.$)/.test(value)) return 'Start the path with / (absolute) or ./ (relative to the current folder); a bare name would be a volume.'
  return printable(value)
}

/** A relative or absolute file path, such as a Dockerfile or an env file. */
export function filePath(value: string): string | undefined {
  if (value === '') return 'Enter a path.'
  if (value.startsWith('~') || value.includes('$')) return 'Write the path itself: the command quotes every value, so no shell expands ~ or $.'
  return printable(value)
}

const SIZE = /^(\d+(?:\.\d+)?) ?([kmgtp]?)i?b?$/i
const UNIT_POWER: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4, p: 5 }

/** A size such as 512m, 1g or 64k, as Docker reads it (binary units: 1k = 1024 bytes). */
export function size(value: string): string | undefined {
  return SIZE.test(value) ? undefined : 'Enter a number and a unit, such as 512m or 1g (b, k, m or g).'
}

export function sizeInBytes(value: string): number | undefined {
  const match = SIZE.exec(value)
  return match ? Number(match[1]) * 1024 ** UNIT_POWER[match[2]!.toLowerCase()]! : undefined
}

const DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/

/** A Go duration such as 30s, 1m30s, 500ms or 2h: what Docker's duration flags read. */
export function duration(value: string): string | undefined {
  if (!DURATION.test(value)) return 'Enter a duration with units, such as 30s, 1m30s, 500ms or 2h.'
  return durationInMs(value) === 0 ? 'Enter a duration longer than 0.' : undefined
}

export function durationInMs(value: string): number {
  const factor: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
  let total = 0
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * factor[unit!]!
  return total
}

/** `until` filters take a duration (24h) or a timestamp (2024-05-01, 2024-05-01T10:00:00, a Unix time). */
export function durationOrTimestamp(value: string): string | undefined {
  if (DURATION.test(value) || /^\d{10}(\.\d+)?$/.test(value)) return undefined
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value))) return undefined
  return 'Enter an age such as 24h or 30m, or a date such as 2025-01-31.'
}

export function wholeNumber(value: string, min: number, max = Number.MAX_SAFE_INTEGER): string | undefined {
  if (!/^\d+$/.test(value)) return `Enter a whole number${min > 0 ? ` from ${min}` : ''}.`
  const n = Number(value)
  return n >= min && n <= max ? undefined : `Enter a number from ${min} to ${max}.`
}

export function positiveDecimal(value: string): string | undefined {
  return /^(\d+(\.\d+)?|\.\d+)$/.test(value) && Number(value) > 0 ? undefined : 'Enter a number greater than 0, such as 0.5 or 2.'
}

/** `name`, `uid`, `name:group` or `uid:gid`. */
export function user(value: string): string | undefined {
  const part = '(?:[A-Za-z_][A-Za-z0-9_.-]*\\$?|\\d+)'
  return new RegExp(`^${part}(?::${part})?$`).test(value) ? undefined : 'Enter a user name or UID, optionally with :group or :GID (appuser, 1000:1000).'
}

/** Linux capabilities Docker can add or drop. */
export const CAPABILITIES = [
  'AUDIT_CONTROL', 'AUDIT_READ', 'AUDIT_WRITE', 'BLOCK_SUSPEND', 'BPF', 'CHECKPOINT_RESTORE', 'CHOWN', 'DAC_OVERRIDE',
  'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'IPC_LOCK', 'IPC_OWNER', 'KILL', 'LEASE', 'LINUX_IMMUTABLE', 'MAC_ADMIN',
  'MAC_OVERRIDE', 'MKNOD', 'NET_ADMIN', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_RAW', 'PERFMON', 'SETFCAP', 'SETGID',
  'SETPCAP', 'SETUID', 'SYSLOG', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_CHROOT', 'SYS_MODULE', 'SYS_NICE', 'SYS_PACCT', 'SYS_PTRACE',
  'SYS_RAWIO', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'WAKE_ALARM',
] as const

export function capability(value: string): string | undefined {
  const name = value.toUpperCase().replace(/^CAP_/, '')
  return name === 'ALL' || (CAPABILITIES as readonly string[]).includes(name) ? undefined : `${value} is not a Linux capability (such as NET_BIND_SERVICE or CHOWN).`
}

/** `os/arch` or `os/arch/variant`: linux/amd64, linux/arm64, linux/arm/v7. */
export function platform(value: string): string | undefined {
  return /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/.test(value) ? undefined : 'Enter a platform as os/architecture, such as linux/amd64 or linux/arm64.'
}

export function labelKey(value: string): string | undefined {
  if (value === '') return 'Enter the label key.'
  if (value.includes('=')) return 'A label key cannot contain "=": put the value in the value field.'
  return /\s/.test(value) ? 'A label key has no spaces.' : printable(value)
}

// Host names and networks, for the registry and network builders.

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
