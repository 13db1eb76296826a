// What makes a `docker build` state invalid.
import { ErrorList, type FieldError } from '../model'
import { printable } from '../validate/basics'
import { imageReference, platform } from '../validate/images'
import { envName, labelKey } from '../validate/names'
import { filePath } from '../validate/paths'
import type { BuildState } from './state'

/** Remote contexts Docker fetches itself: Git repositories and tarball URLs. */
export function isRemoteContext(context: string): boolean {
  return /^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(context)
}

export function validateBuild(state: BuildState): FieldError[] {
  const errors = new ErrorList()
  if (state.context === '') errors.check('context', 'Enter the build context: the folder whose files the build may copy, usually . (this folder).')
  else if (state.context === '-') errors.check('context', 'Reading the context from standard input (-) needs a redirection the builder cannot write: give a folder instead.')
  else if (state.context.startsWith('-')) errors.check('context', `Docker would read ${state.context} as an option: write ./${state.context} for a folder of that name.`)
  else if (!isRemoteContext(state.context)) errors.check('context', filePath(state.context))
  if (state.file) errors.check('file', filePath(state.file))
  const tags = new Set<string>()
  state.tags.forEach((tag, i) => {
    errors.check(`tags.${i}.name`, tag.name === '' ? 'Enter a name such as my-app:1.0, or remove this tag.' : imageReference(tag.name))
    if (tag.name.includes('@')) errors.check(`tags.${i}.name`, 'A build tag cannot contain a digest: the digest is made from the image once it is built.')
    if (tags.has(tag.name)) errors.check(`tags.${i}.name`, `${tag.name} is already in the list.`)
    tags.add(tag.name)
  })
  state.buildArgs.forEach((arg, i) => {
    errors.check(`buildArgs.${i}.name`, envName(arg.name))
    if (!arg.fromHost) errors.check(`buildArgs.${i}.value`, printable(arg.value))
  })
  if (state.target && !/^[a-zA-Z][a-zA-Z0-9_.-]*$/.test(state.target)) {
    errors.check('target', 'A stage name (FROM … AS name) starts with a letter and uses letters, digits, "_", "." and "-".')
  }
  if (state.platform) errors.check('platform', platform(state.platform))
  state.labels.forEach((label, i) => {
    errors.check(`labels.${i}.key`, labelKey(label.key))
    errors.check(`labels.${i}.value`, printable(label.value))
  })
  return errors.list
}
