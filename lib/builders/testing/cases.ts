// Test support: every builder with its generator of valid states and, where it has one, the reader
// that turns its command back into a state. The shared property tests run over this list.
import type fc from 'fast-check'
import { buildBuilder } from '../build'
import { readBuildArgs } from '../build/read'
import type { BuildState } from '../build/state'
import { cleanupBuilder } from '../cleanup'
import { dockerfileBuilder } from '../dockerfile'
import type { StateOf, StateSpec } from '../fields'
import type { BuilderModel } from '../model'
import type { CommandReading } from '../reading'
import { networkBuilder } from '../network'
import { registryBuilder } from '../registry'
import { runBuilder } from '../run'
import { readRunArgs } from '../run/read'
import type { RunState } from '../run/state'
import { loggingBuilder } from '../logging'
import { storageBuilder } from '../storage'
import { buildState, cleanupState, runState } from './arbitraries'
import { dockerfileState } from './dockerfile-arbitrary'
import { loggingState } from './logging-arbitrary'
import { networkState } from './network-arbitrary'
import { registryState } from './registry-arbitrary'
import { storageState } from './storage-arbitrary'
import { inspectBuilder } from '../inspect'
import { inspectState } from './inspect-arbitrary'
import { imageFilesBuilder } from '../image-files'
import { imageFilesState } from './image-files-arbitrary'

export interface BuilderCase<S extends StateSpec> {
  model: BuilderModel<S>
  arbitrary: fc.Arbitrary<StateOf<S>>
  /** Reads the argv after `docker <subcommand>` back into a state. */
  read?: { subcommand: string[]; args: (args: string[]) => CommandReading<StateOf<S>> }
  /** The state a reader gives back: choices that leave no trace in the command are set to their defaults. */
  canonical: (state: StateOf<S>) => StateOf<S>
  /** Fields that take any text at all: hostile strings must pass through them unchanged. */
  freeTextFields: string[]
}

const asIs = <T>(state: T) => state

export const runCase: BuilderCase<typeof runBuilder.spec> = {
  model: runBuilder,
  arbitrary: runState,
  read: { subcommand: ['run'], args: readRunArgs },
  // The command leaves no trace of the mount syntax when there are no mounts, of a value typed
  // for a variable taken from the host, or of values that do not apply (retries without on-failure,
  // a source for tmpfs, a size for anything else).
  canonical: (state: RunState) => ({
    ...state,
    mountSyntax: state.mounts.length === 0 ? 'short' : state.mountSyntax,
    restartRetries: state.restart === 'on-failure' ? state.restartRetries : '',
    mounts: state.mounts.map((m) => (m.type === 'tmpfs' ? { ...m, source: '' } : { ...m, size: '' })),
    env: state.env.map((row) => (row.fromHost ? { ...row, value: '' } : row)),
  }),
  freeTextFields: ['env.value', 'entrypoint', 'command.arg', 'labels.value', 'healthCmd'],
}

const buildCase: BuilderCase<typeof buildBuilder.spec> = {
  model: buildBuilder,
  arbitrary: buildState,
  read: { subcommand: ['build'], args: readBuildArgs },
  canonical: (state: BuildState) => ({ ...state, buildArgs: state.buildArgs.map((row) => (row.fromHost ? { ...row, value: '' } : row)) }),
  freeTextFields: ['buildArgs.value', 'labels.value'],
}

const cleanupCase: BuilderCase<typeof cleanupBuilder.spec> = {
  model: cleanupBuilder,
  arbitrary: cleanupState,
  canonical: asIs,
  freeTextFields: ['labels.value'],
}

const storageCase: BuilderCase<typeof storageBuilder.spec> = {
  model: storageBuilder,
  arbitrary: storageState,
  canonical: asIs,
  freeTextFields: ['command.arg'],
}

const loggingCase: BuilderCase<typeof loggingBuilder.spec> = {
  model: loggingBuilder,
  arbitrary: loggingState,
  canonical: asIs,
  freeTextFields: [],
}

const dockerfileCase: BuilderCase<typeof dockerfileBuilder.spec> = {
  model: dockerfileBuilder,
  arbitrary: dockerfileState,
  canonical: asIs,
  freeTextFields: ['args.value', 'env.value', 'install', 'steps.command', 'healthCommand.arg', 'entrypoint.arg', 'cmd.arg', 'ignore.pattern'],
}

const registryCase: BuilderCase<typeof registryBuilder.spec> = {
  model: registryBuilder,
  arbitrary: registryState,
  canonical: asIs,
  freeTextFields: ['realm'],
}

const networkCase: BuilderCase<typeof networkBuilder.spec> = {
  model: networkBuilder,
  arbitrary: networkState,
  canonical: asIs,
  freeTextFields: [],
}

const inspectCase: BuilderCase<typeof inspectBuilder.spec> = {
  model: inspectBuilder,
  arbitrary: inspectState,
  canonical: asIs,
  // Every value is a name Docker restricts or a choice: the template is built from the catalog.
  freeTextFields: [],
}

const imageFilesCase: BuilderCase<typeof imageFilesBuilder.spec> = {
  model: imageFilesBuilder,
  arbitrary: imageFilesState,
  canonical: asIs,
  // Arguments of CMD and ENTRYPOINT travel as JSON inside one --change value; ENV values and the message as text.
  freeTextFields: ['cmd.arg', 'entrypoint.arg', 'env.value', 'message'],
}

export const BUILDER_CASES = [runCase, buildCase, cleanupCase, dockerfileCase, registryCase, networkCase, storageCase, loggingCase, inspectCase, imageFilesCase] as unknown as BuilderCase<StateSpec>[]
