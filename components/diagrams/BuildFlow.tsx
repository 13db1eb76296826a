import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Text } from './shapes'

// The example of the "Dockerfile basics" page: a folder with a Dockerfile and index.html, built
// into custom-nginx and run as the container web.

const H = 132
const ROW = 22

/** A stage of the flow: a frame with a heading and rows of parts, top first. */
function Stage({ x, y, w, heading, rows }: { x: number; y: number; w: number; heading: string; rows: { label: string; tone: 'plain' | 'blue' | 'green' | 'amber' | 'subtle'; dashed?: boolean; mono?: boolean }[] }) {
  // Rows centred in the space under the heading.
  const top = y + 30 + (H - 42 - rows.length * ROW) / 2
  return (
    <>
      <Box x={x} y={y} w={w} h={H} tone="none" r={8} />
      <Text x={x + w / 2} y={y + 16} size="strong">
        {heading}
      </Text>
      {rows.map((row, i) => (
        <Box key={row.label} x={x + 12} y={top + i * ROW} w={w - 24} h={ROW} r={2} tone={row.tone} dashed={row.dashed} label={row.label} labelSize="small" mono={row.mono} />
      ))}
    </>
  )
}

const CONTEXT = { heading: 'build context .', rows: [{ label: 'Dockerfile', tone: 'plain' as const, mono: true }, { label: 'index.html', tone: 'plain' as const, mono: true }] }
const IMAGE = {
  heading: 'image custom-nginx',
  rows: [
    { label: 'CMD, EXPOSE 80', tone: 'subtle' as const },
    { label: 'COPY index.html', tone: 'blue' as const },
    { label: 'RUN … nginx', tone: 'blue' as const },
    { label: 'ubuntu:24.04', tone: 'green' as const },
  ],
}
const CONTAINER = { heading: 'container web', rows: [{ label: 'writable layer', tone: 'amber' as const, dashed: true }, { label: 'nginx on port 80', tone: 'plain' as const }] }

function wide(): Drawing {
  const [a, b, c] = [{ x: 0, w: 140 }, { x: 230, w: 180 }, { x: 500, w: 140 }]
  const mid = H / 2 + 8
  return {
    width: 640,
    height: H + 26,
    content: (
      <>
        <Stage {...a} y={0} {...CONTEXT} />
        <Arrow points={[[a.x + a.w, mid], [b.x, mid]]} />
        <Text x={(a.x + a.w + b.x) / 2} y={mid - 14} size="small" mono>
          docker build
        </Text>
        <Stage {...b} y={0} {...IMAGE} />
        <Arrow points={[[b.x + b.w, mid], [c.x, mid]]} />
        <Text x={(b.x + b.w + c.x) / 2} y={mid - 14} size="small" mono>
          docker run
        </Text>
        <Stage {...c} y={0} {...CONTAINER} />
        <Text x={640} y={H + 16} anchor="end" size="small" muted>
          on localhost:8080 with --publish 8080:80
        </Text>
      </>
    ),
  }
}

function narrow(): Drawing {
  const x = 40
  const w = 220
  const gap = 48
  const ys = [0, H + gap, 2 * (H + gap)]
  return {
    width: 300,
    height: ys[2]! + H + 26,
    content: (
      <>
        <Stage x={x} y={ys[0]!} w={w} {...CONTEXT} />
        <Arrow points={[[150, H], [150, ys[1]!]]} label="docker build" labelAt={[150, H + gap / 2]} mono />
        <Stage x={x} y={ys[1]!} w={w} {...IMAGE} />
        <Arrow points={[[150, ys[1]! + H], [150, ys[2]!]]} label="docker run" labelAt={[150, ys[1]! + H + gap / 2]} mono />
        <Stage x={x} y={ys[2]!} w={w} {...CONTAINER} />
        <Text x={150} y={ys[2]! + H + 16} size="small" muted>
          on localhost:8080 with --publish 8080:80
        </Text>
      </>
    ),
  }
}

/** From a folder with a Dockerfile to a running container: docker build, then docker run. */
export function BuildFlowDiagram() {
  return (
    <Diagram
      name="build-flow"
      title="From a Dockerfile to a running container"
      description="The build context, the current folder (.), holds the Dockerfile and index.html. docker build -t custom-nginx . turns them into the image custom-nginx: the ubuntu:24.04 base layers, a layer from RUN that installs nginx, a layer from COPY index.html, and the configuration from CMD and EXPOSE 80. docker run starts the container web from that image: it adds a writable layer and runs nginx on port 80, published on localhost:8080 with --publish 8080:80."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
