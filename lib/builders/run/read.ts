// `docker run` arguments → the builder's state, with each part explained.
import { renderCommand } from '../../shell/quote'
import { readFlags, type ExplainedPart } from '../cli/flags'
import { blankState } from '../fields'
import * as buildingImagesLessons from '../lessons/building-images'
import * as foundationsLessons from '../lessons/foundations'
import type { CommandReading } from '../reading'
import { registryHost, splitImageReference } from '../validate/images'
import { RUN_FLAGS } from './flags'
import { runSpec, type RunState } from './state'

/** Reads what follows `docker run`. */
export function readRunArgs(args: string[]): CommandReading<RunState> {
  const state = blankState(runSpec)
  const { parts, positionals, problems } = readFlags(args, RUN_FLAGS, state, false, 'docker run')
  const [image, ...command] = positionals
  if (image === undefined) {
    problems.push('The command names no image: docker run needs one, after the options.')
    return { state, parts, problems }
  }
  const { repository, tag } = splitImageReference(image)
  state.image = repository
  state.tag = tag
  parts.push(imagePart(image, repository, tag))
  if (command.length > 0) {
    state.command = command.map((arg) => ({ arg }))
    parts.push({
      text: renderCommand({ lines: [command] }),
      explanation: state.entrypoint
        ? 'The arguments handed to the entrypoint set with --entrypoint.'
        : 'The command to run in the container, instead of the image\'s default CMD (it is passed to the image\'s ENTRYPOINT, if it has one).',
      lesson: buildingImagesLessons.cmdAndEntrypoint,
      status: 'covered',
    })
  }
  return { state, parts, problems }
}

function imagePart(text: string, repository: string, tag: string): ExplainedPart {
  const registry = registryHost(repository)
  const from = registry ? `from the registry ${registry}` : 'from Docker Hub unless it is already on this machine'
  const version =
    tag.includes('@') ? `tag ${tag.split('@')[0]}, pinned to a digest`
    : tag.includes(':') ? 'pinned to a digest'
    : tag ? `tag ${tag}`
    : 'tag latest, the default when none is given'
  return {
    text,
    explanation: `The image to create the container from, ${from}: repository ${repository}, ${version}.`,
    lesson: tag ? foundationsLessons.imageReferences : foundationsLessons.latestTag,
    status: 'covered',
  }
}
