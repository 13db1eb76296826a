// The .dockerignore that goes with the Dockerfile: what every project leaves out of the build
// context, then the stack's own patterns.
import type { DockerfileState } from './state'

/** Version control history, the Docker files themselves and local secrets never belong in an image. */
export const ALWAYS_IGNORED = ['.git', '.dockerignore', 'Dockerfile', '**/.env', '**/.env.*']

export function dockerignoreText(state: DockerfileState): string {
  const lines = ['# Not sent to the builder, so COPY . . cannot copy them', ...ALWAYS_IGNORED]
  if (state.ignore.length > 0) lines.push('', '# This project', ...state.ignore.map((row) => row.pattern))
  return `${lines.join('\n')}\n`
}
