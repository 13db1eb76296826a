// Test support: valid states of the private registry builder. The realm is free text; everything
// else comes from the forms Docker, htpasswd and openssl accept.
import fc from 'fast-check'
import { CLIENT_TRUST, REGISTRY_LOG_LEVELS, REGISTRY_RESTART, type RegistryState } from '../registry/state'
import { freeText, imageRepository } from './arbitraries'

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/)
const hostName = fc.oneof(
  fc.constantFrom('localhost', 'registry.example.com', 'registry.lab', '127.0.0.1', '192.168.1.50', '203.0.113.10'),
  fc.array(label, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.')).filter((host) => !/^[\d.]+$/.test(host)),
)
const port = fc.integer({ min: 1, max: 65535 }).map(String)

export const registryState: fc.Arbitrary<RegistryState> = fc
  .record({
    name: fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{1,12}$/),
    port: fc.oneof(fc.constantFrom('5000', '443', '5001'), port),
    containerPort: fc.oneof(fc.constantFrom('5000', '443'), port),
    localOnly: fc.boolean(),
    restart: fc.constantFrom(...REGISTRY_RESTART),
    data: fc.oneof(fc.constantFrom('registry-data', '/srv/registry', './data', '/mnt/my disk/registry'), fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{1,12}$/)),
    logLevel: fc.constantFrom(...REGISTRY_LOG_LEVELS),
    auth: fc.boolean(),
    user: fc.stringMatching(/^[a-z0-9][a-z0-9._@-]{0,12}$/),
    realm: freeText.filter((realm) => realm.trim() !== ''),
    tls: fc.boolean(),
    days: fc.integer({ min: 1, max: 36500 }).map(String),
    host: hostName,
    trust: fc.constantFrom(...CLIENT_TRUST),
    image: fc.tuple(imageRepository, fc.constantFrom('', ':3.20', ':1.0', ':latest')).map(([repository, tag]) => `${repository}${tag}`),
    repository: fc.array(fc.stringMatching(/^[a-z0-9]+([_-][a-z0-9]+)?$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
  })
  .map((state): RegistryState => (state.trust === 'certs-d' && !state.tls ? { ...state, trust: 'none' } : state))
