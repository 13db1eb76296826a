// Paths inside the container and on the host.
import { printable } from './basics'

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
