// What makes an inspect or list command invalid, and what is worth knowing about its output.
import * as buildingImagesLessons from '../lessons/building-images'
import * as networkingLessons from '../lessons/networking'
import * as runningContainersLessons from '../lessons/running-containers'
import { ErrorList, WarningList, type FieldError, type Warning } from '../model'
import { required } from '../validate/basics'
import { imageReference } from '../validate/images'
import { containerName } from '../validate/names'
import { fieldInfo } from './catalog'
import type { InspectState } from './state'

const KIND_WORDS = { image: 'an image', container: 'a container', ps: 'the container list', images: 'the image list' } as const

/** Label keys go inside a Go string in the template, so they keep to the characters keys are made of. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/

export function validateInspect(state: InspectState): FieldError[] {
  const errors = new ErrorList()
  if (state.kind === 'image') errors.check('name', required(state.name, 'the image to inspect') ?? imageReference(state.name))
  if (state.kind === 'container') {
    errors.check('name', required(state.name, 'the container name or ID') ?? containerName(state.name))
  }
  if (state.fields.length === 0) errors.check('fields', 'Add at least one field to show.')
  state.fields.forEach((row, i) => {
    if (!fieldInfo(state.kind, row.field)) errors.check(`fields.${i}.field`, `This field is not available for ${KIND_WORDS[state.kind]}: pick another.`)
    else if (state.fields.findIndex((other) => other.field === row.field) !== i) errors.check(`fields.${i}.field`, 'This field is already in the list.')
  })
  if (state.kind === 'ps' && state.fields.some((row) => row.field === 'label')) {
    errors.check('labelKey', required(state.labelKey, 'the label key to show') ?? (LABEL_KEY.test(state.labelKey) ? undefined : 'Use letters, digits, ".", "_", "/" and "-" in the label key, such as com.example.project.'))
  }
  return errors.list
}

export function inspectWarnings(state: InspectState): Warning[] {
  const warnings = new WarningList()
  const picked = (key: string) => state.fields.some((row) => row.field === key)
  if (state.kind === 'container' && picked('health')) {
    warnings.add({
      id: 'health-needs-check',
      field: 'fields',
      lesson: buildingImagesLessons.healthchecks,
      message: 'A container has a health status only when its image has a HEALTHCHECK or docker run set --health-cmd; otherwise this prints "no healthcheck".',
    })
  }
  if (state.kind === 'container' && picked('ip')) {
    warnings.add({
      id: 'ip-per-network',
      field: 'fields',
      lesson: networkingLessons.networks,
      message: 'A container has one address per network it is on, and the addresses print run together. Containers on a user-defined network reach each other by name, so you rarely need the address.',
    })
  }
  if (state.kind === 'ps' && !state.all) {
    warnings.add({ id: 'running-only', field: 'all', lesson: runningContainersLessons.listingContainers, message: 'Without -a, docker ps lists running containers only: stopped ones are left out.' })
  }
  return warnings.list
}
