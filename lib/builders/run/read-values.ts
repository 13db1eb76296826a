// Reads the values of `docker run` flags back into rows of the builder's state: the reverse of
// command.ts, for "explain this command" and for lesson examples.
import { fromCurrentFolder } from '../docker-command'
import { isIpv6 } from '../validate/addresses'
import { PROTOCOLS, type MountRow, type PortRow } from './state'

type Read<T> = { ok: true; value: T } | { ok: false; problem: string }

const fail = (problem: string): { ok: false; problem: string } => ({ ok: false, problem })

/** `[ip:][host-port:]container-port[/protocol]`, with an IPv6 address in brackets. */
export function readPublish(text: string): Read<PortRow> {
  const slash = text.lastIndexOf('/')
  const protocol = slash === -1 ? 'tcp' : text.slice(slash + 1)
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) return fail(`${protocol} is not a protocol Docker publishes (tcp, udp or sctp).`)
  let rest = slash === -1 ? text : text.slice(0, slash)
  let hostIp = ''
  if (rest.startsWith('[')) {
    const end = rest.indexOf(']:')
    if (end === -1) return fail(`Cannot read the IPv6 address in ${text}.`)
    hostIp = rest.slice(1, end)
    rest = rest.slice(end + 2)
    const [hostPort = '', containerPort, extra] = rest.split(':')
    if (containerPort === undefined || extra !== undefined) return fail(`Cannot read ${text} as [ip]:host-port:container-port.`)
    return { ok: true, value: { hostIp, hostPort, containerPort, protocol: protocol as PortRow['protocol'] } }
  }
  const parts = rest.split(':')
  if (parts.length > 3) {
    return isIpv6(parts.slice(0, -2).join(':')) ? fail('Write an IPv6 host address in brackets: [::1]:8080:80.') : fail(`Cannot read ${text} as ip:host-port:container-port.`)
  }
  const containerPort = parts[parts.length - 1]!
  const hostPort = parts.length >= 2 ? parts[parts.length - 2]! : ''
  hostIp = parts.length === 3 ? parts[0]! : ''
  return { ok: true, value: { hostIp, hostPort, containerPort, protocol: protocol as PortRow['protocol'] } }
}

const VOLUME_MODES = ['ro', 'rw']
/** Every option Docker reads after the last colon of -v. */
const ALL_VOLUME_OPTIONS = [...VOLUME_MODES, 'z', 'Z', 'nocopy', 'consistent', 'cached', 'delegated', 'shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate']

/** `-v [source:]target[:mode]`: a source that looks like a path (/, ., ~ or $) is a host folder, anything else a volume name. */
export function readVolume(text: string): Read<MountRow> {
  const parts = text.split(':')
  let mode = ''
  if (parts.length > 1 && parts[parts.length - 1]!.split(',').every((option) => ALL_VOLUME_OPTIONS.includes(option))) mode = parts.pop()!
  if (parts.length > 2) return fail(`Cannot read ${text} as source:target:mode.`)
  const [first, second] = parts as [string, string | undefined]
  const source = second === undefined ? '' : fromCurrentFolder(first)
  const target = second ?? first
  const modes = mode ? mode.split(',') : []
  const unsupported = modes.filter((m) => !VOLUME_MODES.includes(m))
  if (unsupported.length > 0) return fail(`The builder covers the ro and rw options of -v, not ${unsupported.join(', ')}.`)
  const type = /^[/.~$]/.test(source) ? 'bind' : 'volume'
  return { ok: true, value: { type, source, target, readOnly: modes.includes('ro'), size: '' } }
}

/** `--tmpfs target[:options]`. */
export function readTmpfs(text: string): Read<MountRow> {
  const colon = text.indexOf(':')
  const target = colon === -1 ? text : text.slice(0, colon)
  const options = colon === -1 ? [] : text.slice(colon + 1).split(',').filter(Boolean)
  let size = ''
  let readOnly = false
  for (const option of options) {
    if (option.startsWith('size=')) size = option.slice('size='.length)
    else if (option === 'ro' || option === 'rw') readOnly = option === 'ro'
    else return fail(`The builder covers the size, ro and rw options of --tmpfs, not ${option}.`)
  }
  return { ok: true, value: { type: 'tmpfs', source: '', target, readOnly, size } }
}

/** `--mount type=…,source=…,target=…,readonly`: one CSV record of key=value fields. */
export function readMount(text: string): Read<MountRow> {
  const fields = readCsvRecord(text)
  if (!fields) return fail(`Cannot read ${text}: a quote is not closed.`)
  const mount: MountRow = { type: 'volume', source: '', target: '', readOnly: false, size: '' }
  for (const field of fields) {
    const eq = field.indexOf('=')
    const key = (eq === -1 ? field : field.slice(0, eq)).toLowerCase()
    const value = eq === -1 ? undefined : field.slice(eq + 1)
    if (key === 'type') {
      if (value !== 'volume' && value !== 'bind' && value !== 'tmpfs') return fail(`The builder covers volume, bind and tmpfs mounts, not type=${value}.`)
      mount.type = value
    } else if (key === 'source' || key === 'src') mount.source = fromCurrentFolder(value ?? '')
    else if (key === 'target' || key === 'destination' || key === 'dst') mount.target = value ?? ''
    else if (key === 'readonly' || key === 'ro') {
      if (value !== undefined && !['true', 'false', '1', '0'].includes(value)) return fail(`${key}=${value} is not true or false.`)
      mount.readOnly = value === undefined || value === 'true' || value === '1'
    } else if (key === 'tmpfs-size') mount.size = value ?? ''
    else return fail(`The builder does not cover the ${key} option of --mount.`)
  }
  if (mount.type === 'tmpfs' && mount.source) return fail('A tmpfs mount has no source.')
  return { ok: true, value: mount }
}

/** One CSV record as Go's encoding/csv reads it (what --mount uses); undefined if a quote is left open. */
export function readCsvRecord(text: string): string[] | undefined {
  const fields: string[] = []
  let i = 0
  while (true) {
    let field = ''
    if (text[i] === '"') {
      i++
      while (true) {
        if (i >= text.length) return undefined
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += text[i++]
      }
    }
    while (i < text.length && text[i] !== ',') field += text[i++]
    fields.push(field)
    if (i >= text.length) return fields
    i++
  }
}
