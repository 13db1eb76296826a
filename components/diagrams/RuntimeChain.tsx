import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Lines, Text, type Tone } from './shapes'

interface Program {
  name: string
  role: string
  tone: Tone
}

const CHAIN: Program[] = [
  { name: 'docker', role: 'the CLI you type in', tone: 'blue' },
  { name: 'dockerd', role: 'the Docker daemon', tone: 'purple' },
  { name: 'containerd', role: 'manages containers', tone: 'purple' },
  { name: 'shim', role: 'one per container', tone: 'amber' },
  { name: 'runc', role: 'creates it, then exits', tone: 'amber' },
  { name: 'your app', role: 'PID 1 in the container', tone: 'green' },
]
/** What each program uses to reach the next one. */
const HOPS = ['REST API', 'gRPC', 'starts', 'calls', 'starts']

const W = 170
const H = 50

function ProgramBox({ program, x, y, w = W }: { program: Program; x: number; y: number; w?: number }) {
  return (
    <Box x={x} y={y} w={w} h={H} tone={program.tone} dashed={program.name === 'runc'}>
      <Text x={x + w / 2} y={y + 16} size="strong" mono={program.name !== 'your app'}>
        {program.name}
      </Text>
      <Text x={x + w / 2} y={y + 34} size="small">
        {program.role}
      </Text>
    </Box>
  )
}

/** Wide: the first three left to right, then the next three right to left below them. */
function wide(): Drawing {
  const gap = 65
  const column = (i: number) => i * (W + gap)
  const row2 = 118
  const place = [
    { x: column(0), y: 0 },
    { x: column(1), y: 0 },
    { x: column(2), y: 0 },
    { x: column(2), y: row2 },
    { x: column(1), y: row2 },
    { x: column(0), y: row2 },
  ]
  const mid = H / 2
  return {
    width: column(2) + W,
    height: row2 + H + 56,
    content: (
      <>
        {CHAIN.map((program, i) => (
          <ProgramBox key={program.name} program={program} {...place[i]!} />
        ))}
        <Arrow points={[[W, mid], [column(1), mid]]} />
        <Text x={W + gap / 2} y={mid - 14} size="small">
          {HOPS[0]}
        </Text>
        <Arrow points={[[column(1) + W, mid], [column(2), mid]]} />
        <Text x={column(1) + W + gap / 2} y={mid - 14} size="small">
          {HOPS[1]}
        </Text>
        <Arrow points={[[column(2) + W / 2, H], [column(2) + W / 2, row2]]} />
        <Text x={column(2) + W / 2 + 8} y={(H + row2) / 2} anchor="start" size="small">
          {HOPS[2]}
        </Text>
        <Arrow points={[[column(2), row2 + mid], [column(1) + W, row2 + mid]]} />
        <Text x={column(1) + W + gap / 2} y={row2 + mid - 14} size="small">
          {HOPS[3]}
        </Text>
        <Arrow points={[[column(1), row2 + mid], [W, row2 + mid]]} />
        <Text x={W + gap / 2} y={row2 + mid - 14} size="small">
          {HOPS[4]}
        </Text>
        <Arrow points={[[column(2) + W / 2, row2 + H], [column(2) + W / 2, row2 + H + 30], [W / 2, row2 + H + 30], [W / 2, row2 + H]]} dashed label="the shim stays as its parent" labelAt={[column(1) + W / 2, row2 + H + 30]} />
      </>
    ),
  }
}

/** Narrow: one column, top to bottom. */
function narrow(): Drawing {
  const step = H + 30
  return {
    width: 300,
    height: CHAIN.length * step - 30 + 40,
    content: (
      <>
        {CHAIN.map((program, i) => (
          <g key={program.name}>
            <ProgramBox program={program} x={40} y={i * step} w={220} />
            {i < HOPS.length && (
              <>
                <Arrow points={[[150, i * step + H], [150, (i + 1) * step]]} />
                <Text x={160} y={i * step + H + 15} anchor="start" size="small">
                  {HOPS[i]}
                </Text>
              </>
            )}
          </g>
        ))}
        <Arrow
          points={[[40, 3 * step + H / 2], [14, 3 * step + H / 2], [14, 5 * step + H / 2], [40, 5 * step + H / 2]]}
          dashed
        />
        <Lines lines={['dashed: the shim stays as the', "app's parent after runc exits"]} x={150} y={CHAIN.length * step - 30 + 22} size="small" muted />
      </>
    ),
  }
}

/** The programs between `docker run` and the container's process. */
export function RuntimeChainDiagram() {
  return (
    <Diagram
      name="runtime-chain"
      title="Who starts a container"
      description="The docker CLI sends the request over the Docker daemon's REST API to dockerd. dockerd asks containerd over gRPC to run the container. containerd starts a shim process, containerd-shim-runc-v2, one per container. The shim calls runc, which creates the container's namespaces and cgroup, starts your app in them as PID 1, and exits. The shim stays behind as the app's parent process."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
