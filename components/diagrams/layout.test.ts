import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { placements } from './Diagram'
import { stackOffsets } from './shapes'

const panel = fc.record({ width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 400 }) })

describe('placements', () => {
  it('puts panels one after another with the gap between, never overlapping, inside the total size', () => {
    fc.assert(
      fc.property(fc.array(panel, { minLength: 1, maxLength: 6 }), fc.constantFrom('row' as const, 'column' as const), fc.integer({ min: 0, max: 60 }), (panels, direction, gap) => {
        const { offsets, width, height } = placements(panels, direction, gap)
        panels.forEach((p, i) => {
          const { x, y } = offsets[i]!
          expect(x).toBeGreaterThanOrEqual(0)
          expect(y).toBeGreaterThanOrEqual(0)
          expect(x + p.width).toBeLessThanOrEqual(width)
          expect(y + p.height).toBeLessThanOrEqual(height)
          if (i > 0) {
            const previous = offsets[i - 1]!
            if (direction === 'row') expect(x).toBe(previous.x + panels[i - 1]!.width + gap)
            else expect(y).toBe(previous.y + panels[i - 1]!.height + gap)
          }
        })
      }),
    )
  })

  it('centres a smaller panel across the other axis', () => {
    const { offsets, width, height } = placements([{ width: 100, height: 50 }, { width: 60, height: 90 }], 'row', 10)
    expect({ width, height }).toEqual({ width: 170, height: 90 })
    expect(offsets).toEqual([{ x: 0, y: 20 }, { x: 110, y: 0 }])
  })
})

describe('stackOffsets', () => {
  it('starts each item after the ones before it and the gaps between them', () => {
    expect(stackOffsets([30, 42, 10], 24, 6)).toEqual([24, 60, 108])
  })
})
