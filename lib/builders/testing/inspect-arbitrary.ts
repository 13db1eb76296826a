// Test support: valid states of the inspect and format builder.
import fc from 'fast-check'
import { CATALOG, KINDS } from '../inspect/catalog'
import type { InspectState } from '../inspect/state'
import { joinImageReference } from '../validate/images'
import { imageRepository, imageTag } from './arbitraries'

const containerName = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,20}$/)

export const inspectState: fc.Arbitrary<InspectState> = fc.constantFrom(...KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    name:
      kind === 'image'
        ? fc.tuple(imageRepository, imageTag).map(([repo, tag]) => joinImageReference(repo, tag))
        : kind === 'container'
          ? containerName
          : fc.constant(''),
    fields: fc.uniqueArray(fc.constantFrom(...Object.keys(CATALOG[kind])), { minLength: 1, maxLength: 6 }).map((keys) => keys.map((field) => ({ field }))),
    layout: fc.constantFrom('lines' as const, 'values' as const),
    table: fc.boolean(),
    all: fc.boolean(),
    labelKey: fc.constantFrom('com.example.project', 'org.opencontainers.image.version', 'env', 'com.docker.compose.service'),
  }),
)
