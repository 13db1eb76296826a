import { formatMegabytes, IMAGE_SIZES, type ImageSize } from '@/lib/diagrams/image-sizes'
import { Diagram, type Drawing } from './Diagram'
import { Box, Text, type Tone } from './shapes'

interface Bar {
  size: ImageSize
  label: string
  note: string
  tone: Tone
  /** Text after the size, for a result that adds your own files to a base image. */
  plus?: string
}

interface Group {
  heading: string
  bars: Bar[]
}

const GROUPS: Group[] = [
  {
    heading: 'The same Python 3.13 on three bases',
    bars: [
      { size: IMAGE_SIZES.pythonFull, label: 'python:3.13', note: 'full Debian, with compilers', tone: 'blue' },
      { size: IMAGE_SIZES.pythonSlim, label: 'python:3.13-slim', note: 'Debian, minimal packages', tone: 'blue' },
      { size: IMAGE_SIZES.pythonAlpine, label: 'python:3.13-alpine', note: 'Alpine Linux, musl libc', tone: 'blue' },
    ],
  },
  {
    heading: 'A Go service: one stage or multi-stage',
    bars: [
      { size: IMAGE_SIZES.golang, label: 'golang:1.26', note: 'ships the whole toolchain', tone: 'amber', plus: '+ app' },
      { size: IMAGE_SIZES.alpine, label: 'alpine:3.22', note: 'multi-stage: only the binary', tone: 'green', plus: '+ app' },
    ],
  },
]

const MAX_MB = 1200
const TICKS = [0, 250, 500, 750, 1000]

function sizeText(bar: Bar): string {
  return `${formatMegabytes(bar.size.megabytes)}${bar.plus ? ` ${bar.plus}` : ''}`
}

/** Wide: names on the left, bars on one scale to the right. */
function wide(): Drawing {
  const labelWidth = 210
  const barMax = 360
  const scale = barMax / MAX_MB
  const rowHeight = 40
  let y = 0
  const rows = GROUPS.map((group) => {
    const top = y
    y += 26 + group.bars.length * rowHeight + 10
    return (
      <g key={group.heading}>
        <Text x={0} y={top + 10} anchor="start" size="strong">
          {group.heading}
        </Text>
        {group.bars.map((bar, i) => {
          const rowTop = top + 26 + i * rowHeight
          const length = Math.max(bar.size.megabytes * scale, 2)
          return (
            <g key={bar.label}>
              <Text x={0} y={rowTop + 10} anchor="start" mono>
                {bar.label}
              </Text>
              <Text x={0} y={rowTop + 27} anchor="start" size="small" muted>
                {bar.note}
              </Text>
              <Box x={labelWidth} y={rowTop + 4} w={length} h={26} tone={bar.tone} r={2} />
              <Text x={labelWidth + length + 8} y={rowTop + 17} anchor="start" size="strong">
                {sizeText(bar)}
              </Text>
            </g>
          )
        })}
      </g>
    )
  })
  const axisY = y + 4
  return {
    width: labelWidth + barMax + 70,
    height: axisY + 30,
    content: (
      <>
        {rows}
        <line x1={labelWidth} y1={axisY} x2={labelWidth + 1000 * scale} y2={axisY} className="dg-line" />
        {TICKS.map((mb) => (
          <g key={mb}>
            <line x1={labelWidth + mb * scale} y1={axisY} x2={labelWidth + mb * scale} y2={axisY + 5} className="dg-line" />
            <Text x={labelWidth + mb * scale} y={axisY + 17} size="small" muted>
              {mb === 0 ? '0' : `${mb} MB`}
            </Text>
          </g>
        ))}
      </>
    ),
  }
}

/** Narrow: each name above its bar, the same scale across the width. */
function narrow(): Drawing {
  const width = 300
  const barMax = 210
  const scale = barMax / MAX_MB
  const rowHeight = 52
  let y = 0
  const rows = GROUPS.map((group) => {
    const top = y
    y += 26 + group.bars.length * rowHeight + 8
    return (
      <g key={group.heading}>
        <Text x={0} y={top + 10} anchor="start" size="strong">
          {group.heading}
        </Text>
        {group.bars.map((bar, i) => {
          const rowTop = top + 26 + i * rowHeight
          const length = Math.max(bar.size.megabytes * scale, 2)
          return (
            <g key={bar.label}>
              <Text x={0} y={rowTop + 8} anchor="start" mono>
                {bar.label}
              </Text>
              <Text x={0} y={rowTop + 24} anchor="start" size="small" muted>
                {bar.note}
              </Text>
              <Box x={0} y={rowTop + 33} w={length} h={16} tone={bar.tone} r={2} />
              <Text x={length + 6} y={rowTop + 41} anchor="start" size="small">
                {sizeText(bar)}
              </Text>
            </g>
          )
        })}
      </g>
    )
  })
  const axisY = y + 2
  const ticks = [0, 500, 1000]
  return {
    width,
    height: axisY + 28,
    content: (
      <>
        {rows}
        <line x1={0} y1={axisY} x2={1000 * scale} y2={axisY} className="dg-line" />
        {ticks.map((mb) => (
          <g key={mb}>
            <line x1={mb * scale} y1={axisY} x2={mb * scale} y2={axisY + 5} className="dg-line" />
            <Text x={mb * scale} y={axisY + 17} anchor={mb === 0 ? 'start' : 'middle'} size="small" muted>
              {mb === 0 ? '0' : `${mb} MB`}
            </Text>
          </g>
        ))}
      </>
    ),
  }
}

/** Diagram 4: real image sizes, drawn to scale, with the exact images they were measured on. */
export function ImageSizesDiagram() {
  const all = GROUPS.flatMap((group) => group.bars)
  return (
    <>
      <Diagram
        name="image-sizes"
        title="Image sizes drawn to scale"
        description={`Size on disk of each image: ${all.map((bar) => `${bar.size.resolved} ${formatMegabytes(bar.size.megabytes)}`).join(', ')}. A single-stage Go build ships the whole golang image plus the app; a multi-stage build ships only alpine plus the compiled app.`}
        wide={wide()}
        narrow={narrow()}
      />
      <p className="diagram-note">
        Measured on linux/amd64: {all.map((bar) => `${bar.size.tag} = ${bar.size.resolved}`).join(', ')}.
      </p>
    </>
  )
}
