// Names: of containers, networks and volumes, of environment variables and label keys, of users.
import { printable, type Check } from './basics'

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

/** `name`, `uid`, `name:group` or `uid:gid`. */
export function user(value: string): string | undefined {
  const part = '(?:[A-Za-z_][A-Za-z0-9_.-]*\\$?|\\d+)'
  return new RegExp(`^${part}(?::${part})?$`).test(value) ? undefined : 'Enter a user name or UID, optionally with :group or :GID (appuser, 1000:1000).'
}

export function labelKey(value: string): string | undefined {
  if (value === '') return 'Enter the label key.'
  if (value.includes('=')) return 'A label key cannot contain "=": put the value in the value field.'
  return /\s/.test(value) ? 'A label key has no spaces.' : printable(value)
}
