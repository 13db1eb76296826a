// The `docker build` argv for the composed Dockerfile, run from the project's folder.
import type { Command } from '../../shell/quote'
import type { DockerfileState } from './state'

export function dockerBuildCommand(state: DockerfileState): Command {
  return { lines: [['docker', 'build'], ...(state.tag ? [['-t', state.tag]] : []), ['.']] }
}
