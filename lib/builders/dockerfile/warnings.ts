// Legal Dockerfile choices worth a second look, each with the lesson that explains it.
import { looksSecret } from '../dockerfile-lint/secret-names'
import * as buildingImagesLessons from '../lessons/building-images'
import * as foundationsLessons from '../lessons/foundations'
import * as securityLessons from '../lessons/security'
import { WarningList, type Warning } from '../model'
import { splitImageReference } from '../validate/images'
import { baseKind, isDeprecatedJavaImage, isFullDebian, MAINTAINED_JDK_IMAGES } from './base'
import { hasHealthTool } from './health'
import type { DockerfileState } from './state'

function unpinned(image: string): boolean {
  const { repository, tag } = splitImageReference(image)
  return repository !== 'scratch' && (tag === '' || tag === 'latest')
}

export function dockerfileWarnings(state: DockerfileState): Warning[] {
  const warnings = new WarningList()
  for (const field of state.multiStage ? (['buildImage', 'image'] as const) : (['image'] as const)) {
    if (state[field] && unpinned(state[field])) {
      warnings.add({ id: `latest-${field}`, field, lesson: foundationsLessons.latestTag, message: `${state[field]} ${splitImageReference(state[field]).tag ? 'is' : 'has no tag, so it means'} latest, which moves with every release: name a version (node:24-trixie-slim) so the build gives the same image next month.` })
    }
    if (state[field] && isDeprecatedJavaImage(state[field])) {
      warnings.add({ id: `deprecated-${field}`, field, lesson: buildingImagesLessons.fromInstruction, message: `${splitImageReference(state[field]).repository} is a deprecated official image: it gets no security fixes. Use a maintained JDK image such as ${MAINTAINED_JDK_IMAGES}.` })
    }
  }
  if (state.image && isFullDebian(state.image)) {
    warnings.add({ id: 'full-runtime', field: 'image', lesson: buildingImagesLessons.smallImages, message: `${state.image} ships compilers and headers the application does not need at run time: use the -slim or -alpine variant${state.multiStage ? '' : ', or build in a separate stage'}.` })
  }
  if (state.userMode === 'root') {
    warnings.add({ id: 'root', field: 'userMode', lesson: securityLessons.nonRootUsers, message: 'Without a USER the container runs as root: anyone who breaks into the application is root inside it. Create a user, or use one the image has.' })
  }
  for (const field of ['args', 'env'] as const) {
    state[field].forEach((row, i) => {
      if (looksSecret(row.name)) {
        warnings.add({ id: `secret-${field}-${i}`, field: `${field}.${i}.name`, level: 'danger', lesson: buildingImagesLessons.buildSecrets, message: `${row.name} looks like a secret. ${field === 'args' ? 'ARG' : 'ENV'} values are kept in the image for anyone to read: use a build secret (RUN --mount=type=secret) or pass it when the container starts.` })
      }
    })
  }
  if (state.healthKind === 'http' && !hasHealthTool(state, state.healthTool)) {
    const kind = baseKind(state.image)
    const alternative = /node/.test(state.image) ? 'node' : /python/.test(state.image) ? 'python' : kind === 'alpine' || kind === 'busybox' ? 'wget' : undefined
    warnings.add({
      id: 'health-tool',
      field: 'healthTool',
      lesson: buildingImagesLessons.healthchecks,
      message: `${state.image} has no ${state.healthTool}, so every check would fail and the container would turn unhealthy. ${alternative ? `Check with ${alternative}, which the image has, or add` : 'Add'} ${state.healthTool === 'node' || state.healthTool === 'python' ? 'an image with it' : `the ${state.healthTool} package`}.`,
    })
  }
  if (state.entrypoint.length === 0 && state.cmd.length === 0) {
    warnings.add({ id: 'no-command', field: 'cmd', lesson: buildingImagesLessons.cmdAndEntrypoint, message: 'There is no CMD or ENTRYPOINT, so the container runs whatever the base image starts (often a shell or a REPL): say what the image runs.' })
  }
  if (state.multiStage && state.artifacts.length === 0) {
    warnings.add({ id: 'no-artifacts', field: 'artifacts', lesson: buildingImagesLessons.multiStageBuilds, message: 'The runtime stage copies nothing from the build stage, so the build stage is wasted work: add what it produces, such as /src/app or /app/dist.' })
  }
  if (state.install && state.manifests.length === 0) {
    warnings.add({ id: 'install-without-manifests', field: 'manifests', lesson: buildingImagesLessons.cacheOrder, message: 'The install step runs before any file is copied: copy the dependency manifests (package.json, requirements.txt, go.mod…) first, so it has them and stays cached until they change.' })
  }
  if (!state.tag) {
    warnings.add({ id: 'no-tag', field: 'tag', lesson: buildingImagesLessons.buildingImages, message: 'Without a name the image gets only an ID: add one such as my-app:1.0 to run and push it by name.' })
  }
  return warnings.list
}
