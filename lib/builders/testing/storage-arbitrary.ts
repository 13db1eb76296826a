// Test support: valid storage builder states, in a file of their own so builders added in
// parallel do not all edit arbitraries.ts.
import fc from 'fast-check'
import type { StorageState } from '../storage/state'
import { freeText, imageRepository } from './arbitraries'

const name = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{1,12}$/)
const pathPart = fc.stringMatching(/^[a-z0-9][a-z0-9_. -]{0,8}$/)
/** Container paths, some with a colon or comma that only --mount can carry. */
const containerPath = fc.oneof(
  fc.array(pathPart, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`),
  fc.constantFrom('/data', '/srv/my app', '/a:b', '/x,y'),
)
const hostPath = fc.oneof(
  fc.array(pathPart, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`),
  fc.array(pathPart, { minLength: 1, maxLength: 2 }).map((parts) => `./${parts.join('/')}`),
  fc.constantFrom('.', '../shared', '/var/run/docker.sock', '/', '/srv/a:b'),
)
const image = fc.tuple(imageRepository, fc.constantFrom('', ':1.27-alpine', ':3.20', ':17')).map(([repository, tag]) => `${repository}${tag}`)
const size = fc.tuple(fc.integer({ min: 1, max: 4096 }), fc.constantFrom('k', 'm', 'g', 'M')).map(([n, unit]) => `${n}${unit}`)

export const storageState: fc.Arbitrary<StorageState> = fc
  .record({
    type: fc.constantFrom('volume', 'bind', 'tmpfs'),
    volume: fc.oneof(fc.constant(''), name),
    bind: hostPath,
    target: containerPath,
    readOnly: fc.boolean(),
    size: fc.oneof(fc.constant(''), size),
    image,
    name: fc.oneof(fc.constant(''), name),
    detach: fc.boolean(),
    command: fc.array(freeText.map((arg) => ({ arg })), { maxLength: 3 }),
    sharing: fc.array(fc.record({ name, image, target: containerPath, readOnly: fc.boolean() }), { maxLength: 3 }),
    backup: fc.boolean(),
    backupDir: fc.oneof(hostPath.filter((path) => !path.includes(':')), fc.constant('./backups')),
    archive: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}\.(tar\.gz|tgz)$/),
  })
  .map(({ volume, bind, ...rest }): StorageState => {
    const s: StorageState = { ...rest, source: rest.type === 'volume' ? volume : rest.type === 'bind' ? bind : '', size: rest.type === 'tmpfs' ? rest.size : '' }
    // Combinations the builder refuses are left out here; the unit tests cover them.
    if (s.type === 'tmpfs') s.sharing = []
    const names = new Set(s.name ? [s.name] : [])
    s.sharing = s.sharing.filter((row) => !names.has(row.name) && names.add(row.name))
    if (s.type === 'volume' && !s.source && s.sharing.length > 0) s.source = 'shared-data'
    if (s.type !== 'volume') s.backup = false
    if (s.backup && !s.source) s.source = 'backed-up'
    return s
  })
