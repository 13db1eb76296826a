import { Diagram, type Drawing } from './Diagram'
import { Box, Text, textWidth } from './shapes'

const LAYER = 30

interface Column {
  x: number
  w: number
  containers: string[]
  /** The image's own layers, top first. */
  layers: string[]
  image: string
}

function Legend({ y, width, stacked }: { y: number; width: number; stacked: boolean }) {
  const items = [
    { tone: 'amber' as const, dashed: true, text: 'writable, one per container' },
    { tone: 'blue' as const, dashed: false, text: 'read-only image layers' },
    { tone: 'green' as const, dashed: false, text: 'shared base, stored once' },
  ]
  if (stacked) {
    return items.map((item, i) => (
      <g key={item.text}>
        <Box x={0} y={y + i * 22} w={22} h={14} tone={item.tone} dashed={item.dashed} r={2} />
        <Text x={30} y={y + i * 22 + 7} anchor="start" size="small">
          {item.text}
        </Text>
      </g>
    ))
  }
  // Side by side, spread evenly across the width.
  const widths = items.map((item) => 30 + textWidth(item.text, 'small'))
  const spacing = (width - widths.reduce((sum, w) => sum + w, 0)) / (items.length - 1)
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w + spacing, 0))
  return items.map((item, i) => (
    <g key={item.text}>
      <Box x={starts[i]!} y={y} w={22} h={14} tone={item.tone} dashed={item.dashed} r={2} />
      <Text x={starts[i]! + 30} y={y + 7} anchor="start" size="small">
        {item.text}
      </Text>
    </g>
  ))
}

interface Variant {
  width: number
  columns: Column[]
  /** Narrow drawings use shorter labels and a stacked legend. */
  narrow: boolean
}

function drawing({ width, columns, narrow }: Variant): Drawing {
  const top = 20
  const imageTop = top + LAYER + 24
  const rows = Math.max(...columns.map((column) => column.layers.length))
  const baseTop = imageTop + rows * LAYER
  const legendTop = baseTop + 2 * LAYER + 22
  const content = (
    <>
      {columns.map((column) => {
        const slot = (column.w - (column.containers.length - 1) * 8) / column.containers.length
        return (
          <g key={column.image}>
            {column.containers.map((name, i) => {
              const x = column.x + i * (slot + 8)
              return (
                <g key={name}>
                  <Text x={x + slot / 2} y={top - 10} size="small" muted>
                    {narrow ? name : `container ${name}`}
                  </Text>
                  <Box x={x} y={top} w={slot} h={LAYER} tone="amber" dashed r={2} label={narrow ? 'writable' : 'writable layer'} />
                </g>
              )
            })}
            <Text x={column.x + column.w / 2} y={imageTop - 12} size="small" muted>
              {narrow ? column.image : `image ${column.image}`}
            </Text>
            {column.layers.map((layer, i) => (
              <Box key={layer} x={column.x} y={imageTop + i * LAYER} w={column.w} h={LAYER} tone="blue" r={2}>
                <Text x={column.x + 10} y={imageTop + i * LAYER + LAYER / 2} anchor="start" size={narrow ? 'small' : 'label'} mono>
                  {layer}
                </Text>
              </Box>
            ))}
          </g>
        )
      })}
      <Box x={0} y={baseTop} w={width} h={LAYER} tone="green" r={2} label={narrow ? 'python:3.13-slim layers' : 'python:3.13-slim: Python runtime layers'} />
      <Box x={0} y={baseTop + LAYER} w={width} h={LAYER} tone="green" r={2} label={narrow ? 'Debian base layer' : 'python:3.13-slim: Debian base layer'} />
      <Legend y={legendTop} width={width} stacked={narrow} />
    </>
  )
  return { width, height: legendTop + (narrow ? 3 * 22 - 8 : 14), content }
}

const wide = drawing({
  width: 640,
  narrow: false,
  columns: [
    { x: 0, w: 400, containers: ['api-1', 'api-2'], image: 'my-api:1.0', layers: ['COPY . .', 'RUN pip install -r requirements.txt'] },
    { x: 416, w: 224, containers: ['worker-1'], image: 'my-worker:1.0', layers: ['COPY . .', 'RUN pip install celery'] },
  ],
})

const narrow = drawing({
  width: 300,
  narrow: true,
  columns: [
    { x: 0, w: 160, containers: ['api-1', 'api-2'], image: 'my-api:1.0', layers: ['COPY . .', 'RUN pip install'] },
    { x: 168, w: 132, containers: ['worker-1'], image: 'my-worker:1.0', layers: ['COPY . .', 'RUN pip install'] },
  ],
})

/** Diagram 2: read-only layers shared by two images, and a writable layer per container. */
export function ImageLayersDiagram() {
  return (
    <Diagram
      name="image-layers"
      title="Image layers shared by two images, and each container's writable layer"
      description="Two images, my-api and my-worker, are both built from python:3.13-slim, so its read-only base layers are stored once and shared by both. Each image adds its own read-only layers on top. Three containers run: api-1 and api-2 from my-api, worker-1 from my-worker. Each container has its own thin writable layer on top of its image's layers, and that layer is deleted with the container."
      wide={wide}
      narrow={narrow}
    />
  )
}
