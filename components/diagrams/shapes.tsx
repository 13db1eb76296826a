import type { ReactNode } from 'react'

// The shared primitives every diagram is drawn with. Colours, the stroke width and the type scale
// come from classes in diagrams.css, so a drawing never names a colour or a font size itself.

export type Tone = 'plain' | 'subtle' | 'blue' | 'green' | 'amber' | 'red' | 'purple' | 'none' | 'canvas'
export type TextSize = 'heading' | 'label' | 'strong' | 'small'
export type Emphasis = 'accent' | 'ok' | 'warn' | 'danger'

/** Font size of each step of the type scale, in user units (mirrors diagrams.css). */
export const FONT_SIZE: Record<TextSize, number> = { heading: 15, label: 13, strong: 13, small: 12 }
export const LINE_HEIGHT = 1.35

/**
 * A generous width estimate for laying out text: the widest common UI font (DejaVu Sans, the
 * Linux default) averages about 0.6 em per character, as monospace fonts do.
 */
export function textWidth(text: string, size: TextSize = 'label'): number {
  return text.length * FONT_SIZE[size] * 0.6
}

interface TextProps {
  x: number
  y: number
  size?: TextSize
  anchor?: 'start' | 'middle' | 'end'
  muted?: boolean
  mono?: boolean
  children: ReactNode
}

/** Real SVG text, vertically centred on y. */
export function Text({ x, y, size = 'label', anchor = 'middle', muted, mono, children }: TextProps) {
  const classes = ['dg-text', `dg-size-${size}`, muted && 'dg-text-muted', mono && 'dg-text-mono'].filter(Boolean).join(' ')
  return (
    <text x={x} y={y} textAnchor={anchor} className={classes}>
      {children}
    </text>
  )
}

interface LinesProps extends Omit<TextProps, 'children'> {
  lines: string[]
}

/** Several lines of text centred as a block on y. */
export function Lines({ lines, y, size = 'label', ...rest }: LinesProps) {
  const step = FONT_SIZE[size] * LINE_HEIGHT
  const first = y - ((lines.length - 1) * step) / 2
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} {...rest} size={size} y={first + i * step}>
          {line}
        </Text>
      ))}
    </>
  )
}

interface BoxProps {
  x: number
  y: number
  w: number
  h: number
  tone?: Tone
  dashed?: boolean
  emphasis?: Emphasis
  /** Centred text: one line or several. */
  label?: string | string[]
  labelSize?: TextSize
  mono?: boolean
  muted?: boolean
  /** Corner radius. */
  r?: number
  children?: ReactNode
}

export function Box({ x, y, w, h, tone = 'plain', dashed, emphasis, label, labelSize = 'label', mono, muted, r = 6, children }: BoxProps) {
  const classes = ['dg-shape', `dg-fill-${tone}`, dashed && 'dg-dashed', emphasis && `dg-stroke-${emphasis}`].filter(Boolean).join(' ')
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={r} className={classes} />
      {label !== undefined && (
        <Lines lines={typeof label === 'string' ? [label] : label} x={x + w / 2} y={y + h / 2} size={labelSize} mono={mono} muted={muted} />
      )}
      {children}
    </g>
  )
}

type Point = readonly [number, number]

interface ArrowProps {
  /** The path: start, any corners, end. The head points at the last point. */
  points: Point[]
  /** A head at the start too (a two-way connection). */
  both?: boolean
  dashed?: boolean
  emphasis?: Emphasis
  label?: string
  /** Where the label's centre sits; defaults to the middle of the first segment. */
  labelAt?: Point
  labelSize?: TextSize
  mono?: boolean
}

const HEAD = 8

function head(tip: Point, from: Point, className: string) {
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0])
  const corner = (offset: number): Point => [tip[0] - HEAD * Math.cos(angle + offset), tip[1] - HEAD * Math.sin(angle + offset)]
  const [a, b] = [corner(0.45), corner(-0.45)]
  return <polygon points={`${tip[0]},${tip[1]} ${a[0]},${a[1]} ${b[0]},${b[1]}`} className={className} />
}

/** A connector with an arrowhead, and an optional label on a background that hides the line. */
export function Arrow({ points, both, dashed, emphasis, label, labelAt, labelSize = 'small', mono }: ArrowProps) {
  const emphasisClass = emphasis ? ` dg-stroke-${emphasis}` : ''
  const headClass = `dg-head${emphasisClass}`
  // Stop the line short of the tip so its round cap does not poke through the head.
  const trim = (tip: Point, from: Point): Point => {
    const length = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1
    return [tip[0] - ((tip[0] - from[0]) / length) * (HEAD - 2), tip[1] - ((tip[1] - from[1]) / length) * (HEAD - 2)]
  }
  const last = points.length - 1
  const drawn = points.map((point, i) =>
    i === last ? trim(point, points[last - 1]!) : i === 0 && both ? trim(point, points[1]!) : point,
  )
  const [lx, ly] = labelAt ?? [(points[0]![0] + points[1]![0]) / 2, (points[0]![1] + points[1]![1]) / 2]
  return (
    <g>
      <polyline points={drawn.map((p) => p.join(',')).join(' ')} className={`dg-line${dashed ? ' dg-dashed' : ''}${emphasisClass}`} />
      {head(points[last]!, points[last - 1]!, headClass)}
      {both && head(points[0]!, points[1]!, headClass)}
      {label && <Tag x={lx} y={ly} text={label} size={labelSize} mono={mono} />}
    </g>
  )
}

interface TagProps {
  x: number
  y: number
  text: string
  size?: TextSize
  mono?: boolean
  tone?: Tone
}

/** Text on a background the size of the text, for labels that sit on lines or over shapes. */
export function Tag({ x, y, text, size = 'small', mono, tone = 'canvas' }: TagProps) {
  const w = textWidth(text, size) + 8
  const h = FONT_SIZE[size] * LINE_HEIGHT + 4
  return (
    <g>
      <rect x={x - w / 2} y={y - h / 2} width={w} height={h} rx={3} className={`dg-fill-${tone}`} />
      <Text x={x} y={y} size={size} mono={mono}>
        {text}
      </Text>
    </g>
  )
}

export interface Layer {
  label: string
  tone?: Tone
  dashed?: boolean
  mono?: boolean
  /** Text at the right end of the layer, such as a size or a state. */
  note?: string
}

interface LayerStackProps {
  x: number
  /** The top edge of the stack. */
  y: number
  w: number
  /** Listed top first, as they are drawn. */
  layers: Layer[]
  layerHeight?: number
}

/** Layers drawn as a stack of bars, touching, top layer first. */
export function LayerStack({ x, y, w, layers, layerHeight = 30 }: LayerStackProps) {
  return (
    <g>
      {layers.map((layer, i) => {
        const top = y + i * layerHeight
        return (
          <g key={i}>
            <Box x={x} y={top} w={w} h={layerHeight} tone={layer.tone} dashed={layer.dashed} r={2} />
            <Text x={layer.note ? x + 10 : x + w / 2} y={top + layerHeight / 2} anchor={layer.note ? 'start' : 'middle'} mono={layer.mono}>
              {layer.label}
            </Text>
            {layer.note && (
              <Text x={x + w - 10} y={top + layerHeight / 2} anchor="end" size="small" muted>
                {layer.note}
              </Text>
            )}
          </g>
        )
      })}
    </g>
  )
}

interface CylinderProps {
  x: number
  y: number
  w: number
  h: number
  tone?: Tone
  label?: string | string[]
  labelSize?: TextSize
  mono?: boolean
}

/** A storage drum, for volumes and registries: a box with an elliptical top and bottom. */
export function Cylinder({ x, y, w, h, tone = 'green', label, labelSize, mono }: CylinderProps) {
  const ry = Math.min(8, h / 6)
  const body = `M ${x} ${y + ry} A ${w / 2} ${ry} 0 0 0 ${x + w} ${y + ry} V ${y + h - ry} A ${w / 2} ${ry} 0 0 1 ${x} ${y + h - ry} Z`
  return (
    <g>
      <path d={body} className={`dg-shape dg-fill-${tone}`} />
      <ellipse cx={x + w / 2} cy={y + ry} rx={w / 2} ry={ry} className={`dg-shape dg-fill-${tone}`} />
      {label !== undefined && (
        <Lines lines={typeof label === 'string' ? [label] : label} x={x + w / 2} y={y + ry + (h - ry) / 2} size={labelSize} mono={mono} />
      )}
    </g>
  )
}

/** Where each of a run of stacked items starts, from their sizes and the gap between them. */
export function stackOffsets(sizes: number[], start = 0, gap = 0): number[] {
  return sizes.map((_, i) => start + sizes.slice(0, i).reduce((sum, size) => sum + size + gap, 0))
}
