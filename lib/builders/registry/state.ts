// The private registry builder's state: the registry container, its optional password file and
// certificate, and the client side (trusting the certificate, logging in, pushing and pulling).
import { choice, flag, text, type StateOf } from '../fields'

export const REGISTRY_RESTART = ['no', 'on-failure', 'always', 'unless-stopped'] as const
/** `default` leaves the image's own configuration alone: registry:3 ships with `debug`. */
export const REGISTRY_LOG_LEVELS = ['default', 'error', 'warn', 'info', 'debug'] as const
/** How client hosts come to trust the registry: nothing to do, certs.d, or insecure-registries. */
export const CLIENT_TRUST = ['none', 'certs-d', 'insecure'] as const

export const registrySpec = {
  name: text('registry'),
  /** The port on the host; the registry inside listens on containerPort. */
  port: text('5000'),
  /** The port the registry listens on inside its container (REGISTRY_HTTP_ADDR when not 5000). */
  containerPort: text('5000'),
  /** Publish on 127.0.0.1 only, so other machines cannot reach it. */
  localOnly: flag(),
  restart: choice(REGISTRY_RESTART, 'always'),
  /** Where /var/lib/registry lives: a volume name, or a host path starting with / or ./ */
  data: text('registry-data'),
  logLevel: choice(REGISTRY_LOG_LEVELS, 'info'),
  /** htpasswd authentication: the first user's name, and the realm of the login challenge. */
  auth: flag(),
  user: text('admin'),
  realm: text('Registry Realm'),
  /** A self-signed certificate for `host`, made with openssl. */
  tls: flag(),
  days: text('365'),
  /** The name (or IPv4 address) clients use to reach the registry. */
  host: text('localhost'),
  trust: choice(CLIENT_TRUST, 'none'),
  /** A local image to push, and the repository it gets in the registry. */
  image: text('alpine:3.20'),
  repository: text('tools/alpine'),
}

export type RegistrySpec = typeof registrySpec
export type RegistryState = StateOf<RegistrySpec>

/** Where the password file and the certificate live, relative to the folder the commands run in. */
export const FILES = {
  authDir: 'auth',
  certsDir: 'certs',
  htpasswd: 'auth/htpasswd',
  key: 'certs/domain.key',
  cert: 'certs/domain.crt',
} as const

/** The registry's image: version 3 of CNCF Distribution, the current major version. */
export const REGISTRY_IMAGE = 'registry:3'
/** The htpasswd tool ships in the Apache httpd image; the registry image stopped shipping it. */
export const HTPASSWD_IMAGE = 'httpd:2'
