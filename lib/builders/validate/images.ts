// Image references, after the grammar of distribution/reference, which Docker uses, and platforms.

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
export const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
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

/**
 * The registry a repository names, as Docker reads it: a first part with a dot, a colon or capitals,
 * or localhost (`ghcr.io/org/app`, `localhost/app`); undefined for Docker Hub (`nginx`, `org/app`).
 */
export function registryHost(repository: string): string | undefined {
  const slash = repository.indexOf('/')
  if (slash === -1) return undefined
  const first = repository.slice(0, slash)
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase() ? first : undefined
}

/** A repository with an optional registry host and port: `nginx`, `ghcr.io/org/app`, `localhost:5000/app`. */
export function imageRepository(value: string): string | undefined {
  if (value === '') return 'Enter an image name, such as nginx or ghcr.io/org/app.'
  if (/\s/.test(value)) return 'An image name has no spaces.'
  const registry = registryHost(value)
  if (registry !== undefined && !HOST.test(registry)) return `"${registry}" is not a registry host name (host, or host:port).`
  const path = registry !== undefined ? value.slice(registry.length + 1) : value
  if (path.includes('@')) return 'Put the digest in the tag field, without @.'
  if (path.includes(':')) return 'Put the tag in the tag field, without the colon.'
  if (path !== path.toLowerCase()) return `Repository names are lowercase: ${registry !== undefined ? `${registry}/` : ''}${path.toLowerCase()}.`
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

/** `os/arch` or `os/arch/variant`: linux/amd64, linux/arm64, linux/arm/v7. */
export function platform(value: string): string | undefined {
  return /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/.test(value) ? undefined : 'Enter a platform as os/architecture, such as linux/amd64 or linux/arm64.'
}
