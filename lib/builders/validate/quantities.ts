// Sizes and durations, as Docker's flags read them.

const SIZE = /^(\d+(?:\.\d+)?) ?([kmgtp]?)i?b?$/i
const UNIT_POWER: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4, p: 5 }

/** A size such as 512m, 1g or 64k, as Docker reads it (binary units: 1k = 1024 bytes). */
export function size(value: string): string | undefined {
  return SIZE.test(value) ? undefined : 'Enter a number and a unit, such as 512m or 1g (b, k, m or g).'
}

export function sizeInBytes(value: string): number | undefined {
  const match = SIZE.exec(value)
  return match ? Number(match[1]) * 1024 ** UNIT_POWER[match[2]!.toLowerCase()]! : undefined
}

const DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/

/** Whether the text has the form of a Go duration (30s, 1m30s, 2h), zero included. */
export function isDuration(value: string): boolean {
  return DURATION.test(value)
}

/** A Go duration such as 30s, 1m30s, 500ms or 2h: what Docker's duration flags read. */
export function duration(value: string): string | undefined {
  if (!isDuration(value)) return 'Enter a duration with units, such as 30s, 1m30s, 500ms or 2h.'
  return durationInMs(value) === 0 ? 'Enter a duration longer than 0.' : undefined
}

export function durationInMs(value: string): number {
  const factor: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
  let total = 0
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * factor[unit!]!
  return total
}

/** `until` filters take a duration (24h) or a timestamp (2024-05-01, 2024-05-01T10:00:00, a Unix time). */
export function durationOrTimestamp(value: string): string | undefined {
  if (isDuration(value) || /^\d{10}(\.\d+)?$/.test(value)) return undefined
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value))) return undefined
  return 'Enter an age such as 24h or 30m, or a date such as 2025-01-31.'
}
