// The Security lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const nonRootUsers = lesson({ id: 'nonRootUsers', route: '/security/non-root-users/', anchor: 'why-root-in-a-container-matters', topic: 'running as a non-root user' })
export const capabilities = lesson({ id: 'capabilities', route: '/security/capabilities-and-seccomp/', anchor: 'least-privilege-drop-everything-add-back-what-is-needed', topic: 'capabilities' })
export const seccomp = lesson({ id: 'seccomp', route: '/security/capabilities-and-seccomp/', anchor: 'seccomp-filtering-system-calls', topic: 'seccomp' })
export const privileged = lesson({ id: 'privileged', route: '/security/capabilities-and-seccomp/', anchor: 'privileged-mode-turns-it-all-off', topic: 'privileged mode' })
export const hardening = lesson({ id: 'hardening', route: '/security/capabilities-and-seccomp/', anchor: 'two-more-flags-worth-adding', topic: 'read-only containers and no-new-privileges' })
