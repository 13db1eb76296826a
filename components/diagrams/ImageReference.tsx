import { Diagram, type Drawing } from './Diagram'
import { Box, Text, textWidth } from './shapes'

interface Part {
  text: string
  /** What the part is; where it sits (above or below) alternates so neighbours never collide. */
  label: string
  /** A shorter name for the narrow drawing, where it sits beside the part. */
  brief: string
  /** The punctuation written before it. */
  before?: string
  implied?: boolean
}

const FULL: Part[] = [
  { text: 'registry.example.com:5000', label: 'registry host:port', brief: 'registry' },
  { text: 'team', label: 'namespace', brief: 'namespace', before: '/' },
  { text: 'api', label: 'repository', brief: 'repository', before: '/' },
  { text: '2.3.1', label: 'tag', brief: 'tag', before: ':' },
  { text: 'sha256:9f86d0…', label: 'digest (optional)', brief: 'digest', before: '@' },
]

const SHORT: Part[] = [
  { text: 'docker.io', label: 'Docker Hub', brief: 'default', implied: true },
  { text: 'library', label: 'official images', brief: 'default', before: '/', implied: true },
  { text: 'nginx', label: 'repository', brief: 'repository', before: '/' },
  { text: '1.27-alpine', label: 'tag', brief: 'tag', before: ':' },
]

const SEPARATOR = 14
const H = 30

function boxWidth(part: Part): number {
  return textWidth(part.text, 'label') + 16
}

/** One reference written out as boxes, with each part's name above or below it. */
function Row({ parts, y, heading }: { parts: Part[]; y: number; heading: string }) {
  // Each box starts after the boxes and separators before it, and its own separator.
  const lefts = parts.map((part, i) => parts.slice(0, i).reduce((x, previous) => x + boxWidth(previous) + (previous.before ? SEPARATOR : 0), 0) + (part.before ? SEPARATOR : 0))
  return (
    <g>
      <Text x={0} y={y} anchor="start" size="strong">
        {heading}
      </Text>
      {parts.map((part, i) => {
        const x = lefts[i]!
        const w = boxWidth(part)
        const top = y + 34
        const above = i % 2 === 1
        return (
          <g key={part.text}>
            {part.before && (
              <Text x={x - SEPARATOR / 2} y={top + H / 2} mono size="strong">
                {part.before}
              </Text>
            )}
            <Box x={x} y={top} w={w} h={H} tone={part.implied ? 'subtle' : 'blue'} dashed={part.implied} label={part.text} mono />
            <Text x={x + w / 2} y={above ? top - 10 : top + H + 12} size="small" muted>
              {part.label}
            </Text>
          </g>
        )
      })}
    </g>
  )
}

function wide(): Drawing {
  return {
    width: 560,
    height: 212,
    content: (
      <>
        <Row parts={FULL} y={8} heading="A full reference" />
        <Row parts={SHORT} y={116} heading="nginx:1.27-alpine, with the defaults filled in" />
      </>
    ),
  }
}

/** Narrow: one part per row, its name beside it. */
function Column({ parts, y, heading }: { parts: Part[]; y: number; heading: string }) {
  return (
    <g>
      <Text x={0} y={y} anchor="start" size="strong">
        {heading}
      </Text>
      {parts.map((part, i) => {
        const top = y + 20 + i * (H + 8)
        return (
          <g key={part.text}>
            <Text x={8} y={top + H / 2} mono size="strong">
              {part.before ?? ''}
            </Text>
            <Box x={18} y={top} w={boxWidth(part)} h={H} tone={part.implied ? 'subtle' : 'blue'} dashed={part.implied} label={part.text} mono />
            <Text x={300} y={top + H / 2} anchor="end" size="small" muted>
              {part.brief}
            </Text>
          </g>
        )
      })}
    </g>
  )
}

function narrow(): Drawing {
  const second = 20 + FULL.length * (H + 8) + 34
  return {
    width: 300,
    height: second + 20 + SHORT.length * (H + 8),
    content: (
      <>
        <Column parts={FULL} y={8} heading="A full reference" />
        <Column parts={SHORT} y={second} heading="nginx:1.27-alpine in full" />
      </>
    ),
  }
}

/** The parts of an image reference, and the defaults Docker fills in. */
export function ImageReferenceDiagram() {
  return (
    <Diagram
      name="image-reference"
      title="The parts of an image reference"
      description="registry.example.com:5000/team/api:2.3.1@sha256:9f86d0… is made of the registry host and port registry.example.com:5000, the namespace team, the repository api, the tag 2.3.1 and the optional digest. nginx:1.27-alpine is short for docker.io/library/nginx:1.27-alpine: Docker fills in Docker Hub, docker.io, as the registry and library, the namespace of the official images."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
