// What makes a save or a flatten invalid, and what it is worth knowing before running it.
import * as managingImagesLessons from '../lessons/managing-images'
import * as securityLessons from '../lessons/security'
import { ErrorList, WarningList, type FieldError, type Warning } from '../model'
import { port } from '../validate/addresses'
import { printable, required } from '../validate/basics'
import { imageReference, splitImageReference } from '../validate/images'
import { containerName, envName, isPortableEnvName, user } from '../validate/names'
import type { ImageFilesState } from './state'

/**
 * The archive path. It is relative, so the commands write where the reader runs them (and tests can
 * run the shell's `> file` safely in a scratch folder); no $ or ~, which the quoting would keep literal.
 */
export function archivePath(value: string): string | undefined {
  if (value === '') return 'Enter the archive file name, such as web.tar.'
  if (value.startsWith('/') || value.startsWith('~')) return 'Write a file name or a path under the current folder, such as web.tar or backups/web.tar: cd to where the file should go first.'
  if (value.startsWith('-')) return 'A file name starting with - would be read as an option: rename it, or write ./ in front.'
  if (value.split('/').includes('..')) return 'Keep the file under the current folder: no ".." in the path.'
  if (value.endsWith('/')) return 'End the path with a file name, such as web.tar.'
  if (value.includes('$')) return 'Write the path itself: the command quotes every value, so no shell expands $.'
  if (/[\n\r]/.test(value)) return 'A file name has no line breaks.'
  return printable(value)
}

/** One line of a Dockerfile instruction: a line break would start another instruction. */
function oneLine(value: string): string | undefined {
  return /[\n\r]/.test(value) ? 'Remove the line break: each --change is one Dockerfile instruction on one line.' : printable(value)
}

function workdir(value: string): string | undefined {
  if (!value.startsWith('/')) return 'Use an absolute path, such as /app.'
  if (/[$\\]/.test(value)) return 'Leave out $ and \\: Docker would read them as variables and escapes in WORKDIR.'
  return oneLine(value)
}

const IMAGE_ID = /^(sha256:)?[0-9a-f]{12,64}$/

export function validateImageFiles(state: ImageFilesState): FieldError[] {
  const errors = new ErrorList()
  if (state.mode === 'save') {
    if (state.images.length === 0) errors.check('images', 'Add at least one image to save.')
    state.images.forEach((row, i) => {
      errors.check(`images.${i}.name`, required(row.name, 'the image, such as nginx:1.27-alpine') ?? (IMAGE_ID.test(row.name) ? undefined : imageReference(row.name)))
    })
    errors.check('file', archivePath(state.file))
    return errors.list
  }
  if (state.source === 'image') errors.check('sourceImage', required(state.sourceImage, 'the image to flatten') ?? imageReference(state.sourceImage))
  errors.check('container', required(state.container, 'a container name') ?? containerName(state.container))
  errors.check('target', required(state.target, 'a name for the new image, such as my-app:flat') ?? imageReference(state.target))
  if (state.source === 'image' && state.target === state.sourceImage) errors.check('target', 'Give the flattened image a name of its own, so the original keeps its tag.')
  state.env.forEach((row, i) => {
    errors.check(`env.${i}.name`, envName(row.name) ?? (isPortableEnvName(row.name) ? undefined : 'Use letters, digits and _ in the name, not starting with a digit.'))
    errors.check(`env.${i}.value`, oneLine(row.value))
  })
  if (state.workdir) errors.check('workdir', workdir(state.workdir))
  state.expose.forEach((row, i) => errors.check(`expose.${i}.port`, required(row.port, 'the port') ?? port(row.port)))
  if (state.user) errors.check('user', user(state.user))
  state.entrypoint.forEach((row, i) => errors.check(`entrypoint.${i}.arg`, printable(row.arg)))
  state.cmd.forEach((row, i) => errors.check(`cmd.${i}.arg`, printable(row.arg)))
  errors.check('message', printable(state.message))
  return errors.list
}

export function imageFilesWarnings(state: ImageFilesState): Warning[] {
  const warnings = new WarningList()
  if (state.mode === 'save') {
    state.images.forEach((row, i) => {
      if (IMAGE_ID.test(row.name)) {
        warnings.add({ id: 'saved-by-id', field: `images.${i}.name`, lesson: managingImagesLessons.saveAndLoad, message: `${row.name} is an image ID: the archive keeps no name for it, so docker load gives back an untagged image. Save it by name:tag instead.` })
      } else if (!splitImageReference(row.name).tag) {
        warnings.add({ id: 'all-tags', field: `images.${i}.name`, lesson: managingImagesLessons.saveAndLoad, message: `Without a tag, docker save writes every tagged version of ${row.name} on this machine. Add the tag you mean.` })
      }
    })
    if (state.gzip && !/\.(gz|tgz)$/.test(state.file)) {
      warnings.add({ id: 'gzip-name', field: 'file', lesson: managingImagesLessons.saveAndLoad, message: 'The archive is gzip-compressed: end its name in .tar.gz so people and tools know what it is.' })
    }
    return warnings.list
  }
  warnings.add({
    id: 'flat-loses-layers',
    field: 'target',
    lesson: managingImagesLessons.flatteningCosts,
    message: 'The new image has one layer and no history. It shares no layers with its base image, so every pull downloads all of it, and it is rarely smaller.',
  })
  if (state.cmd.length === 0 && state.entrypoint.length === 0) {
    warnings.add({ id: 'no-command', field: 'cmd', lesson: managingImagesLessons.importing, message: 'An imported image has no command: without CMD or ENTRYPOINT, docker run fails with "no command specified" unless you name one.' })
  }
  if (!state.user) {
    warnings.add({ id: 'root-user', field: 'user', lesson: securityLessons.nonRootUsers, message: 'No USER: the imported image runs as root even if the original ran as another user. Copy User from the inspect output.' })
  }
  return warnings.list
}
