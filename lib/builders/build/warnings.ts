// Legal `docker build` choices worth a second look.
import * as buildingImagesLessons from '../lessons/building-images'
import * as foundationsLessons from '../lessons/foundations'
import { WarningList, type Warning } from '../model'
import { splitImageReference } from '../validate/images'
import type { BuildState } from './state'

const SECRET_NAME = /pass(word)?|secret|token|api_?key|private_?key|credential/i

/** `/`, `~`, `$HOME`, or a home folder such as /home/ana or /Users/ana. */
export function isRootOrHome(context: string): boolean {
  const path = context.replace(/\/+$/, '') || '/'
  return path === '/' || path === '~' || path === '$HOME' || path === '${HOME}' || path === '/root' || /^\/(home|Users)(\/[^/]+)?$/.test(path)
}

export function buildWarnings(state: BuildState): Warning[] {
  const warnings = new WarningList()
  if (isRootOrHome(state.context)) {
    const disk = (state.context.replace(/\/+$/, '') || '/') === '/'
    warnings.add({
      id: 'context-too-big',
      field: 'context',
      level: 'danger',
      lesson: buildingImagesLessons.buildContext,
      message: `${state.context} as the build context hands the builder ${disk ? 'your whole disk' : 'your whole home folder'}: a slow build, and private files such as SSH keys can end up in the image. Build from the project's own folder, with a .dockerignore.`,
    })
  }
  if (state.tags.length === 0) {
    warnings.add({ id: 'no-tag', field: 'tags', lesson: buildingImagesLessons.buildingImages, message: 'Without a tag the image gets only an ID: add one such as my-app:1.0 to run and push it by name.' })
  }
  state.tags.forEach((tag, i) => {
    const { tag: version } = splitImageReference(tag.name)
    if (tag.name && (version === '' || version === 'latest')) {
      warnings.add({
        id: `latest-${i}`,
        field: `tags.${i}.name`,
        lesson: foundationsLessons.latestTag,
        message: `${tag.name}${version ? '' : ' has no version, so it is tagged latest, which'} is only a default name: every build moves it. Add a version tag (my-app:1.4.2) so a deployment can name exactly this build.`,
      })
    }
  })
  state.buildArgs.forEach((arg, i) => {
    if (SECRET_NAME.test(arg.name)) {
      warnings.add({
        id: `secret-arg-${i}`,
        field: `buildArgs.${i}.name`,
        level: 'danger',
        lesson: buildingImagesLessons.buildSecrets,
        message: `${arg.name} looks like a secret. Build arguments are kept in the image's history for anyone to read: pass secrets with --secret and RUN --mount=type=secret instead.`,
      })
    }
  })
  if (state.noCache) {
    warnings.add({ id: 'no-cache', field: 'noCache', lesson: buildingImagesLessons.buildCache, message: '--no-cache rebuilds every step from scratch: slower, but useful to pick up new package versions.' })
  }
  return warnings.list
}
