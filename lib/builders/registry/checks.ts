// What makes a registry setup invalid, and what is worth knowing before running it.
import * as registriesLessons from '../lessons/registries'
import * as runningContainersLessons from '../lessons/running-containers'
import { ErrorList, WarningList, type FieldError, type Warning } from '../model'
import { hostName, port } from '../validate/addresses'
import { printable, required, wholeNumber } from '../validate/basics'
import { imageReference, imageRepository } from '../validate/images'
import { containerName, volumeName } from '../validate/names'
import { hostPath } from '../validate/paths'
import { isLoopback, registryAddress } from './address'
import type { RegistryState } from './state'

/** A path in the registry, without its host: `team/app`. */
function repositoryPath(value: string): string | undefined {
  const first = value.split('/')[0] ?? ''
  if (value.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    return 'Enter only the path inside the registry (team/app): its address is added for you.'
  }
  return imageRepository(value)
}

function dataLocation(value: string): string | undefined {
  if (value === '') return 'Enter a volume name (registry-data) or a host path (/srv/registry).'
  if (!/^[/.~$]/.test(value)) return volumeName(value)
  return value.includes(':') ? 'A host path for -v cannot contain ":", which separates it from the path in the container.' : hostPath(value)
}

export function validateRegistry(state: RegistryState): FieldError[] {
  const errors = new ErrorList()
  errors.check('name', containerName(state.name))
  errors.check('port', port(state.port))
  errors.check('containerPort', port(state.containerPort))
  errors.check('data', dataLocation(state.data))
  errors.check('host', hostName(state.host))
  if (state.auth) {
    errors.check('user', /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(state.user) ? undefined : 'A user name is letters, digits, ".", "_", "@" and "-", starting with a letter or digit.')
    errors.check('realm', required(state.realm, 'the realm, the name the login challenge shows') ?? printable(state.realm))
  }
  if (state.tls) errors.check('days', wholeNumber(state.days, 1, 36500))
  if (state.trust === 'certs-d' && !state.tls) errors.check('trust', 'certs.d holds the certificate clients trust: turn on TLS to make one.')
  errors.check('image', required(state.image, 'the local image to push, such as alpine:3.20') ?? imageReference(state.image))
  errors.check('repository', repositoryPath(state.repository))
  return errors.list
}

export function registryWarnings(state: RegistryState): Warning[] {
  const warnings = new WarningList()
  const address = registryAddress(state)
  const loopback = isLoopback(state.host)
  if (!state.auth && !state.localOnly) {
    warnings.add({ id: 'open', field: 'auth', lesson: registriesLessons.registryOpenByDefault, message: `Without a password, anyone who can reach port ${state.port} can pull every image, push new ones and move your tags.` })
  }
  if (state.auth && !state.tls) {
    warnings.add({
      id: 'auth-without-tls',
      field: 'tls',
      level: 'danger',
      lesson: registriesLessons.registryOpenByDefault,
      message: 'Over plain HTTP the password travels readable with every request. The registry documentation requires TLS before you turn on authentication.',
    })
  }
  if (!state.tls && !loopback && state.trust !== 'insecure') {
    warnings.add({
      id: 'plain-http',
      field: 'tls',
      lesson: registriesLessons.registryCertificate,
      message: `Docker talks plain HTTP only to registries on localhost: a push to ${address} fails with "server gave HTTP response to HTTPS client". Turn on TLS.`,
    })
  }
  // Docker treats registries on 127.0.0.0/8 and ::1 as insecure, so it accepts any certificate there.
  if (state.tls && state.trust === 'none' && !loopback) {
    warnings.add({
      id: 'untrusted',
      field: 'trust',
      lesson: registriesLessons.certsD,
      message: `Until a Docker host trusts this self-signed certificate, login and push fail with "x509: certificate signed by unknown authority". Install it through certs.d on each client.`,
    })
  }
  if (state.trust === 'insecure') {
    warnings.add({
      id: 'insecure-registries',
      field: 'trust',
      level: 'danger',
      lesson: registriesLessons.insecureRegistries,
      message: `insecure-registries turns off certificate checks for ${address}: anyone between a host and the registry can pose as it and serve their own images under your tags. Use certs.d instead.`,
    })
  }
  if (state.localOnly && !loopback) {
    warnings.add({ id: 'local-only', field: 'localOnly', lesson: runningContainersLessons.hostAddress, message: `Published on 127.0.0.1 only, the registry cannot be reached from other machines as ${address}.` })
  }
  if (state.logLevel === 'default' || state.logLevel === 'debug') {
    warnings.add({
      id: 'log-level',
      field: 'logLevel',
      lesson: registriesLessons.registryConfig,
      message: `${state.logLevel === 'default' ? 'The configuration bundled with registry:3 logs at debug' : `${state.logLevel} logging is`} noisy for a registry you keep: info still logs every request and every error.`,
    })
  }
  if (state.restart === 'no') {
    warnings.add({ id: 'restart', field: 'restart', lesson: runningContainersLessons.restartPolicies, message: 'Without a restart policy the registry stays down after it exits or the host reboots: always or unless-stopped keep it running.' })
  }
  return warnings.list
}
