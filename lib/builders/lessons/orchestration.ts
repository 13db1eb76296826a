// The Orchestration lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const compose = lesson({ id: 'compose', route: '/orchestration/compose/', anchor: 'a-composeyaml', topic: 'Docker Compose' })
export const logRotation = lesson({ id: 'logRotation', route: '/orchestration/logging/', anchor: 'per-container-settings', topic: 'rotating logs' })
export const logGrowth = lesson({ id: 'logGrowth', route: '/orchestration/logging/', anchor: 'logs-grow-unbounded', topic: 'why logs fill the disk' })
export const readingLogs = lesson({ id: 'readingLogs', route: '/orchestration/logging/', anchor: 'reading-logs', topic: 'reading logs' })
