// Checks any builder's fields use. Each validator in this folder returns the reason a value is wrong,
// in words a reader can act on, or undefined when it is fine. Empty values are the caller's business
// (`required`), so the same validator serves optional and required fields. One file per topic, so a
// builder's chunk carries only the validators it calls.

export type Check = (value: string) => string | undefined

export function required(value: string, what: string): string | undefined {
  return value.trim() === '' ? `Enter ${what}.` : undefined
}

/** No value can carry a NUL byte through a command line. */
export function printable(value: string): string | undefined {
  return value.includes('\0') ? 'Remove the NUL character: a command line cannot carry it.' : undefined
}

export function wholeNumber(value: string, min: number, max = Number.MAX_SAFE_INTEGER): string | undefined {
  if (!/^\d+$/.test(value)) return `Enter a whole number${min > 0 ? ` from ${min}` : ''}.`
  const n = Number(value)
  return n >= min && n <= max ? undefined : `Enter a number from ${min} to ${max}.`
}

export function positiveDecimal(value: string): string | undefined {
  return /^(\d+(\.\d+)?|\.\d+)$/.test(value) && Number(value) > 0 ? undefined : 'Enter a number greater than 0, such as 0.5 or 2.'
}
