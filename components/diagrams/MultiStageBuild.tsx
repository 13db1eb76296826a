import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, LayerStack, Text } from './shapes'

const LAYER = 30
const STACK_TOP = 44

function Stage({ x, y, w, from, role, layers, note, shipped }: {
  x: number
  y: number
  w: number
  from: string
  role: string
  layers: { label: string; tone: 'blue' | 'green' | 'amber' | 'plain' }[]
  note: string
  shipped: boolean
}) {
  const bottom = y + STACK_TOP + layers.length * LAYER
  return (
    <g>
      <Box x={x - 10} y={y - 8} w={w + 20} h={bottom - y + 44} tone="none" dashed={!shipped} emphasis={shipped ? 'ok' : undefined} r={8} />
      <Text x={x} y={y + 8} anchor="start" mono size="strong">
        {from}
      </Text>
      <Text x={x} y={y + 27} anchor="start" size="small" muted>
        {role}
      </Text>
      <LayerStack x={x} y={y + STACK_TOP} w={w} layers={layers.map((layer) => ({ ...layer, mono: true }))} />
      <Text x={x + w / 2} y={bottom + 18} size="small" muted>
        {note}
      </Text>
    </g>
  )
}

// The Dockerfile of the "Multi-stage builds" page.
function drawing(direction: 'row' | 'column'): Drawing {
  const w = direction === 'row' ? 256 : 262
  const build = { x: 10, y: 8 }
  const final = direction === 'row' ? { x: 374, y: 8 } : { x: 10, y: 226 }
  // The binary leaves the build stage from its top layer and lands in the final stage's top layer.
  const fromY = build.y + STACK_TOP + LAYER / 2
  const toY = final.y + STACK_TOP + LAYER / 2
  const arrow =
    direction === 'row' ? (
      <Arrow points={[[build.x + w, fromY], [final.x, toY]]} label="the binary" labelAt={[(build.x + w + final.x) / 2, fromY - 16]} />
    ) : (
      <>
        <Arrow points={[[build.x + w, fromY], [build.x + w + 18, fromY], [build.x + w + 18, toY], [final.x + w, toY]]} />
        <Text x={build.x + w + 8} y={final.y - 28} anchor="end" size="small">
          only the binary
        </Text>
      </>
    )
  return {
    width: direction === 'row' ? final.x + w + 10 : w + 38,
    height: direction === 'row' ? build.y + STACK_TOP + 3 * LAYER + 44 : final.y + STACK_TOP + 2 * LAYER + 44,
    content: (
      <>
        <Stage
          {...build}
          w={w}
          from="FROM golang:1.24 AS build"
          role="build stage: the whole Go toolchain"
          layers={[
            { label: 'RUN go build -o /out/helloworld', tone: 'blue' },
            { label: 'COPY . .', tone: 'blue' },
            { label: 'golang:1.24 layers', tone: 'amber' },
          ]}
          note="left behind: not in the image"
          shipped={false}
        />
        <Stage
          {...final}
          w={w}
          from="FROM alpine:3.20"
          role="final stage: a small base"
          layers={[
            { label: 'COPY --from=build …', tone: 'green' },
            { label: 'alpine:3.20 layers', tone: 'green' },
          ]}
          note="the image you ship"
          shipped
        />
        {arrow}
      </>
    ),
  }
}

/** Diagram 5: a build stage with the toolchain, and a small runtime stage that copies only the result. */
export function MultiStageBuildDiagram() {
  return (
    <Diagram
      name="multi-stage-build"
      title="A multi-stage build: COPY --from takes only the result of the build stage"
      description="The build stage starts FROM golang:1.24, with the whole Go toolchain, copies the source in and compiles it to /out/helloworld. The final stage starts FROM alpine:3.20 and runs COPY --from=build to take only that binary. Only the final stage becomes the image you ship; the build stage and its toolchain are left behind."
      wide={drawing('row')}
      narrow={drawing('column')}
    />
  )
}
