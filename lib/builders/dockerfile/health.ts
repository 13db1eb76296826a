// The health check's command. HEALTHCHECK runs it in exec form, so it needs no shell, and it can
// only use a program the image has: slim and Alpine images have no curl, distroless no shell.
import { splitImageReference } from '../validate/images'
import { baseKind, isFullDebian } from './base'
import type { DockerfileState } from './state'

type Tool = DockerfileState['healthTool']

/** The exec-form argv of the check, or undefined when there is none. */
export function healthArgv(state: DockerfileState): string[] | undefined {
  if (state.healthKind === 'exec') return state.healthCommand.map((row) => row.arg)
  if (state.healthKind !== 'http') return undefined
  const url = JSON.stringify(state.healthUrl)
  switch (state.healthTool) {
    case 'curl':
      return ['curl', '--fail', '--silent', '--show-error', state.healthUrl]
    case 'wget':
      return ['wget', '-q', '--spider', state.healthUrl]
    case 'node':
      // fetch is built into Node 18 and later; any answer but 2xx, or no answer, exits 1.
      return ['node', '-e', `fetch(${url}).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`]
    case 'python':
      // urlopen raises for HTTP errors and timeouts, and an uncaught exception exits 1.
      return ['python', '-c', `import urllib.request; urllib.request.urlopen(${url}, timeout=5)`]
  }
}

/** Whether the runtime image has the tool: in its packages, or in the base itself. */
export function hasHealthTool(state: DockerfileState, tool: Tool): boolean {
  if (state.packages.some((p) => p.name.split('=')[0] === tool)) return true
  const kind = baseKind(state.image)
  const { repository } = splitImageReference(state.image)
  if (tool === 'node') return /(^|\/)node$/.test(repository)
  if (tool === 'python') return /(^|\/)python$/.test(repository)
  // Full language images are built on buildpack-deps, which has curl and wget; php builds on Debian
  // slim and adds curl only. BusyBox, Alpine's included, has a wget.
  if (tool === 'wget') return kind === 'alpine' || kind === 'busybox' || (isFullDebian(state.image) && !/(^|\/)php$/.test(repository))
  return isFullDebian(state.image)
}
