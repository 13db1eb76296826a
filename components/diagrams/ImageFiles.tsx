import { arrange, Diagram, type Panel } from './Diagram'
import { Arrow, Box, Lines, stackOffsets, Text, type Tone } from './shapes'

// The examples of the "Images as files" page: nginx:1.27-alpine saved and loaded, the web
// container exported and imported as my-web:imported.

const SIDE_W = 130
const RESULT_X = 300 - SIDE_W
const LAYERS_TOP = 44
const LAYERS_H = 84
const ARCHIVE = { x: 60, y: 188, w: 180, h: 52 }
/** Where the arrows leave the source and reach the result, clear of the archive's ends. */
const OUT_X = 30
const INTO_X = 270

interface Part {
  label: string
  tone: Tone
  dashed?: boolean
  /** Share of the stack's height. */
  weight: number
}

interface End {
  name: string
  parts: Part[]
}

/** An image or a container drawn as its name over a stack of parts (configuration, layers). */
function Stack({ x, end }: { x: number; end: End }) {
  const total = end.parts.reduce((sum, part) => sum + part.weight, 0)
  const heights = end.parts.map((part) => (part.weight / total) * LAYERS_H)
  const tops = stackOffsets(heights, LAYERS_TOP)
  return (
    <g>
      <Text x={x + SIDE_W / 2} y={LAYERS_TOP - 12} size="small" mono>
        {end.name}
      </Text>
      {end.parts.map((part, i) => (
        <Box key={i} x={x} y={tops[i]!} w={SIDE_W} h={heights[i]!} tone={part.tone} dashed={part.dashed} r={2} label={part.label} labelSize="small" />
      ))}
    </g>
  )
}

interface Pair {
  heading: string
  source: End
  out: string
  archive: string[]
  into: string
  result: End
  note: string[]
}

const layer = (label = 'layer'): Part => ({ label, tone: 'blue', weight: 1 })
const config = (label: string, dashed = false): Part => ({ label, tone: 'subtle', dashed, weight: 1 })

const PAIRS: Pair[] = [
  {
    heading: 'save / load: the whole image',
    source: { name: 'nginx:1.27-alpine', parts: [config('config, tags'), layer(), layer(), layer()] },
    out: 'docker save',
    archive: ['nginx-1.27-alpine.tar', 'layers, config, tags'],
    into: 'docker load',
    result: { name: 'nginx:1.27-alpine', parts: [config('config, tags'), layer(), layer(), layer()] },
    note: ['Loaded on any host: the same image,', 'same ID, layers and history.'],
  },
  {
    heading: 'export / import: files only',
    source: { name: 'container web', parts: [{ label: 'writable', tone: 'amber', dashed: true, weight: 1 }, layer(), layer(), layer()] },
    out: 'docker export',
    archive: ['web-fs.tar', 'merged files only'],
    into: 'docker import',
    result: { name: 'my-web:imported', parts: [config('empty config', true), { ...layer('one layer'), weight: 3 }] },
    note: ['One layer and no CMD, ENV or USER', 'unless you add them with --change.'],
  },
]

function panel(pair: Pair): Panel {
  const stackBottom = LAYERS_TOP + LAYERS_H
  const archiveMid = ARCHIVE.y + ARCHIVE.h / 2
  return {
    width: 300,
    height: ARCHIVE.y + ARCHIVE.h + 50,
    content: (
      <>
        <Stack x={0} end={pair.source} />
        <Stack x={RESULT_X} end={pair.result} />
        <Text x={150} y={8} size="strong">
          {pair.heading}
        </Text>
        <Arrow points={[[OUT_X, stackBottom], [OUT_X, archiveMid], [ARCHIVE.x, archiveMid]]} label={pair.out} labelAt={[SIDE_W / 2, stackBottom + 30]} mono />
        <Box {...ARCHIVE} tone="purple" label={pair.archive} labelSize="small" />
        <Arrow points={[[ARCHIVE.x + ARCHIVE.w, archiveMid], [INTO_X, archiveMid], [INTO_X, stackBottom]]} label={pair.into} labelAt={[RESULT_X + SIDE_W / 2, stackBottom + 30]} mono />
        <Lines lines={pair.note} x={150} y={ARCHIVE.y + ARCHIVE.h + 28} size="small" muted />
      </>
    ),
  }
}

const panels = PAIRS.map(panel)

/** What docker save/load and docker export/import each carry from one Docker host to another. */
export function ImageFilesDiagram() {
  return (
    <Diagram
      name="image-files"
      title="docker save and load compared with docker export and import"
      description="docker save writes the image nginx:1.27-alpine, with its configuration, tags and every layer, to nginx-1.27-alpine.tar, and docker load reads it back on any host as the same image, with the same ID, layers and history. docker export writes only the merged files of the container web, its writable layer included, to web-fs.tar, and docker import turns that archive into my-web:imported: an image with one layer and an empty configuration, with no CMD, ENV or USER unless --change adds them."
      wide={arrange(panels, 'row', 40)}
      narrow={arrange(panels, 'column', 28)}
    />
  )
}
