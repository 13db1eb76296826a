import { useId, type ReactNode } from 'react'
import { Arrow, Text } from './shapes'

/** One drawing of a diagram: its size in SVG user units and what it contains. */
export interface Drawing {
  width: number
  height: number
  content: ReactNode
}

interface DiagramProps {
  /** Stable name for tests and links: `data-diagram="…"`. */
  name: string
  /** What the diagram shows, read by screen readers as the image's name. */
  title: string
  /** The facts the drawing carries, for readers who cannot see it. */
  description: string
  wide: Drawing
  /** A vertical layout for narrow screens, where the wide drawing would shrink unreadably. */
  narrow?: Drawing
}

/**
 * The frame of every static diagram: an accessible SVG (role="img", <title>, <desc>) rendered on
 * the server, plus an optional vertical variant that CSS swaps in on narrow screens.
 */
export function Diagram({ name, title, description, wide, narrow }: DiagramProps) {
  const id = useId()
  return (
    <div className={narrow ? 'diagram diagram-responsive' : 'diagram'} data-diagram={name}>
      <DiagramSvg id={`${id}wide`} className="diagram-wide" title={title} description={description} drawing={wide} />
      {narrow && <DiagramSvg id={`${id}narrow`} className="diagram-narrow" title={title} description={description} drawing={narrow} />}
    </div>
  )
}

interface DiagramSvgProps {
  id: string
  className: string
  title: string
  description: string
  drawing: Drawing
}

/** Room around the drawing, so outlines on its edge are not cut in half. */
const MARGIN = 4

export function DiagramSvg({ id, className, title, description, drawing }: DiagramSvgProps) {
  return (
    <svg
      className={className}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`${-MARGIN} ${-MARGIN} ${drawing.width + 2 * MARGIN} ${drawing.height + 2 * MARGIN}`}
      width={drawing.width + 2 * MARGIN}
      height={drawing.height + 2 * MARGIN}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {drawing.content}
    </svg>
  )
}

export interface Panel {
  width: number
  height: number
  content: ReactNode
}

/** Where each panel goes in a row or a column, centred across the other axis, and the total size. */
export function placements(panels: { width: number; height: number }[], direction: 'row' | 'column', gap: number) {
  const across = Math.max(...panels.map((panel) => (direction === 'row' ? panel.height : panel.width)))
  const starts = panels.map((_, i) => panels.slice(0, i).reduce((sum, panel) => sum + (direction === 'row' ? panel.width : panel.height) + gap, 0))
  const last = panels[panels.length - 1]!
  const along = starts[starts.length - 1]! + (direction === 'row' ? last.width : last.height)
  const offsets = panels.map((panel, i) => {
    const centring = (across - (direction === 'row' ? panel.height : panel.width)) / 2
    return direction === 'row' ? { x: starts[i]!, y: centring } : { x: centring, y: starts[i]! }
  })
  return { offsets, width: direction === 'row' ? along : across, height: direction === 'row' ? across : along }
}

/**
 * Lays panels out in a row (the wide drawing) or a column (the narrow one), so one set of
 * hand-drawn panels gives both variants.
 */
export function arrange(panels: Panel[], direction: 'row' | 'column', gap: number): Drawing {
  const { offsets, width, height } = placements(panels, direction, gap)
  return {
    width,
    height,
    content: panels.map((panel, i) => (
      <g key={i} transform={`translate(${offsets[i]!.x} ${offsets[i]!.y})`}>
        {panel.content}
      </g>
    )),
  }
}

/**
 * A panel that is only an arrow between its neighbours: pointing right in a row, down in a
 * column, with its label beside it.
 */
export function link(direction: 'row' | 'column', label?: string, length = 64): Panel {
  if (direction === 'row') {
    return {
      width: length,
      height: 40,
      content: (
        <>
          <Arrow points={[[0, 26], [length, 26]]} />
          {label && (
            <Text x={length / 2} y={10} size="small">
              {label}
            </Text>
          )}
        </>
      ),
    }
  }
  return {
    width: 200,
    height: length,
    content: (
      <>
        <Arrow points={[[100, 0], [100, length]]} />
        {label && (
          <Text x={110} y={length / 2} anchor="start" size="small">
            {label}
          </Text>
        )}
      </>
    ),
  }
}
