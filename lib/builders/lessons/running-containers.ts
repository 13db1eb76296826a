// The Running containers lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const runModes = lesson({ id: 'runModes', route: '/running-containers/running-a-container/', anchor: 'choosing-the-mode', topic: 'foreground, interactive and detached containers' })
export const throwaway = lesson({ id: 'throwaway', route: '/running-containers/running-a-container/', anchor: 'throwaway-containers', topic: 'throwaway containers' })
export const naming = lesson({ id: 'naming', route: '/running-containers/naming-and-listing/', anchor: 'naming-a-container', topic: 'naming containers' })
export const publishingPorts = lesson({ id: 'publishingPorts', route: '/running-containers/publishing-ports/', anchor: 'publishing-a-port-with--p', topic: 'publishing ports' })
export const randomHostPort = lesson({ id: 'randomHostPort', route: '/running-containers/publishing-ports/', anchor: 'letting-docker-choose-the-host-port', topic: 'random host ports' })
export const hostAddress = lesson({ id: 'hostAddress', route: '/running-containers/publishing-ports/', anchor: 'choosing-the-host-address', topic: 'which address a port listens on' })
export const environment = lesson({ id: 'environment', route: '/running-containers/environment-and-configuration/', anchor: 'environment-variables-with--e', topic: 'environment variables' })
export const envFiles = lesson({ id: 'envFiles', route: '/running-containers/environment-and-configuration/', anchor: 'env-files-with---env-file', topic: 'env files' })
export const workdirAndUser = lesson({ id: 'workdirAndUser', route: '/running-containers/environment-and-configuration/', anchor: 'working-directory-and-user', topic: 'the working directory and user' })
export const overridingEntrypoint = lesson({ id: 'overridingEntrypoint', route: '/running-containers/environment-and-configuration/', anchor: 'overriding-the-entrypoint', topic: 'overriding the entrypoint' })
export const stopping = lesson({ id: 'stopping', route: '/running-containers/stopping-and-removing/', anchor: 'stopping-gracefully-docker-stop', topic: 'stopping containers' })
export const restartPolicies = lesson({ id: 'restartPolicies', route: '/running-containers/restart-policies/', anchor: 'what-each-policy-does', topic: 'restart policies' })
export const cleaningUp = lesson({ id: 'cleaningUp', route: '/running-containers/cleaning-up/', topic: 'cleaning up' })
export const pruningVolumes = lesson({ id: 'pruningVolumes', route: '/running-containers/cleaning-up/', anchor: 'volumes', topic: 'pruning volumes' })
export const pruningWithoutPrompt = lesson({ id: 'pruningWithoutPrompt', route: '/running-containers/cleaning-up/', anchor: 'skipping-the-prompt-and-filtering', topic: 'skipping the prompt and filtering' })
export const listingContainers = lesson({ id: 'listingContainers', route: '/running-containers/naming-and-listing/', anchor: 'listing-containers', topic: 'listing containers' })
