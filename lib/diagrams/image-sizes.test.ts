import { describe, expect, it } from 'vitest'
import { formatMegabytes, IMAGE_SIZES } from './image-sizes'

describe('formatMegabytes', () => {
  it('uses three significant figures, like docker image ls', () => {
    expect(formatMegabytes(1110)).toBe('1.11 GB')
    expect(formatMegabytes(126.25)).toBe('126 MB')
    expect(formatMegabytes(45.58)).toBe('45.6 MB')
    expect(formatMegabytes(8.3)).toBe('8.3 MB')
    expect(formatMegabytes(874.05)).toBe('874 MB')
  })
})

describe('IMAGE_SIZES', () => {
  it('names for every tag the exact image it was measured on', () => {
    for (const size of Object.values(IMAGE_SIZES)) {
      expect(size.resolved.split(':')[0]).toBe(size.tag.split(':')[0])
      expect(size.resolved.split(':')[1]!.startsWith(size.tag.split(':')[1]!.replace(/-.*/, ''))).toBe(true)
      expect(size.megabytes).toBeGreaterThan(0)
    }
  })
})
