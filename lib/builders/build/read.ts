// `docker build` arguments → the builder's state, with each part explained.
import { readFlags } from '../cli/flags'
import { fromCurrentFolder } from '../docker-command'
import { blankState } from '../fields'
import * as buildingImagesLessons from '../lessons/building-images'
import type { CommandReading } from '../reading'
import { BUILD_FLAGS } from './flags'
import { buildSpec, type BuildState } from './state'
import { isRemoteContext } from './validate'

/** Reads what follows `docker build`; options may come before or after the context. */
export function readBuildArgs(args: string[]): CommandReading<BuildState> {
  const state = blankState(buildSpec)
  const { parts, positionals, problems } = readFlags(args, BUILD_FLAGS, state, true, 'docker build')
  if (positionals.length !== 1) {
    problems.push(positionals.length === 0 ? 'The command names no build context: docker build needs one, usually . for this folder.' : `docker build takes one context, but the command has ${positionals.length}: ${positionals.join(' ')}.`)
    return { state, parts, problems }
  }
  state.context = fromCurrentFolder(positionals[0]!)
  parts.push({
    text: positionals[0]!,
    explanation: isRemoteContext(state.context)
      ? 'The build context, fetched from this URL: the build can COPY only files from it.'
      : `The build context: the folder ${state.context === '.' ? '(this one) ' : ''}whose files are sent to the builder; COPY and ADD can use only these, minus what .dockerignore excludes.`,
    lesson: buildingImagesLessons.buildContext,
    status: 'covered',
  })
  return { state, parts, problems }
}
