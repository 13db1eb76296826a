// Test support: valid logging builder states, in a file of their own so builders added in
// parallel do not all edit arbitraries.ts.
import fc from 'fast-check'
import type { LoggingState } from '../logging/state'
import { imageRepository } from './arbitraries'

export const loggingState: fc.Arbitrary<LoggingState> = fc
  .record({
    driver: fc.constantFrom('json-file', 'local'),
    maxSize: fc.oneof(fc.constant(''), fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('k', 'm', 'g', 'M', 'mb')).map(([n, unit]) => `${n}${unit}`)),
    maxFile: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 20 }).map(String)),
    compress: fc.boolean(),
    container: fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{1,12}$/),
    image: fc.tuple(imageRepository, fc.constantFrom('', ':1.27-alpine', ':3.20')).map(([repository, tag]) => `${repository}${tag}`),
    follow: fc.boolean(),
    tail: fc.oneof(fc.constantFrom('', 'all', '0'), fc.integer({ min: 1, max: 10_000 }).map(String)),
    since: fc.constantFrom('', '10m', '2h', '1h30m', '45s', '2025-01-31', '2025-01-31T10:00:00Z', '2025-01-31T10:00:00+01:00', '1700000000'),
    timestamps: fc.boolean(),
  })
  .map((state): LoggingState => {
    // Combinations the daemon refuses are left out here; the unit tests cover them.
    const s = { ...state }
    const json = s.driver === 'json-file'
    const files = Number(s.maxFile || (json ? '1' : '5'))
    if (json && !s.maxSize && files > 1) s.maxFile = ''
    if (json && s.compress && (!s.maxSize || Number(s.maxFile || '1') < 2)) s.compress = false
    if (!json && s.compress && files < 2) s.compress = false
    return s
  })
