import { arrange, Diagram } from './Diagram'
import { Box, stackOffsets, Text, type Tone } from './shapes'

const W = 300
const GAP = 8
const COLUMN = (W - 2 * GAP) / 3
const TOP = 30

interface Row {
  height: number
  tone: Tone
  /** One label per column, or one label across the whole width. */
  cells: string[] | string
  sub?: string
  emphasis?: boolean
}

function Stack({ heading, rows, note }: { heading: string; rows: Row[]; note: string }) {
  const tops = stackOffsets(rows.map((row) => row.height), TOP)
  const bottom = tops[tops.length - 1]! + rows[rows.length - 1]!.height
  return (
    <>
      <Text x={W / 2} y={10} size="heading">
        {heading}
      </Text>
      {rows.map((row, i) => {
        const top = tops[i]!
        if (typeof row.cells === 'string') {
          return (
            <Box key={i} x={0} y={top} w={W} h={row.height} tone={row.tone} r={2} emphasis={row.emphasis ? 'accent' : undefined}>
              <Text x={W / 2} y={top + (row.sub ? row.height / 2 - 8 : row.height / 2)} size="strong">
                {row.cells}
              </Text>
              {row.sub && (
                <Text x={W / 2} y={top + row.height / 2 + 9} size="small">
                  {row.sub}
                </Text>
              )}
            </Box>
          )
        }
        return row.cells.map((cell, c) => (
          <Box key={`${i}-${c}`} x={c * (COLUMN + GAP)} y={top} w={COLUMN} h={row.height} tone={row.tone} r={2}>
            <Text x={c * (COLUMN + GAP) + COLUMN / 2} y={top + (row.sub ? row.height / 2 - 8 : row.height / 2)}>
              {cell}
            </Text>
            {row.sub && (
              <Text x={c * (COLUMN + GAP) + COLUMN / 2} y={top + row.height / 2 + 9} size="small">
                {row.sub}
              </Text>
            )}
          </Box>
        ))
      })}
      <Text x={W / 2} y={bottom + 18} size="small" muted>
        {note}
      </Text>
    </>
  )
}

const HEIGHT = TOP + 30 + 30 + 42 + 42 + 30 + 30

const vms = (
  <Stack
    heading="Virtual machines"
    note="Each VM boots its own OS and kernel"
    rows={[
      { height: 30, tone: 'blue', cells: ['App A', 'App B', 'App C'] },
      { height: 30, tone: 'green', cells: ['Libraries', 'Libraries', 'Libraries'] },
      { height: 42, tone: 'amber', cells: ['Guest OS', 'Guest OS', 'Guest OS'], sub: '+ kernel' },
      { height: 42, tone: 'purple', cells: 'Hypervisor', sub: 'virtual CPUs, memory, disks' },
      { height: 30, tone: 'subtle', cells: 'Hardware' },
    ]}
  />
)

const containers = (
  <Stack
    heading="Containers"
    note="Every container shares the host's kernel"
    rows={[
      { height: 30, tone: 'blue', cells: ['App A', 'App B', 'App C'] },
      { height: 30, tone: 'green', cells: ['Libraries', 'Libraries', 'Libraries'] },
      { height: 42, tone: 'purple', cells: 'Container engine', sub: 'Docker: dockerd, containerd, runc' },
      { height: 42, tone: 'amber', cells: 'Host OS', sub: 'one Linux kernel, shared by all', emphasis: true },
      { height: 30, tone: 'subtle', cells: 'Hardware' },
    ]}
  />
)

const panels = [
  { width: W, height: HEIGHT, content: vms },
  { width: W, height: HEIGHT, content: containers },
]

/** Diagram 1: the two stacks side by side (one above the other on a phone). */
export function ContainersVsVmsDiagram() {
  return (
    <Diagram
      name="containers-vs-vms"
      title="Virtual machines compared with containers"
      description="Left: three virtual machines, each with its app, libraries and a guest operating system with its own kernel, on a hypervisor on the hardware. Right: three containers, each with only its app and libraries, started by the container engine on one host operating system whose Linux kernel they all share, on the hardware."
      wide={arrange(panels, 'row', 36)}
      narrow={arrange(panels, 'column', 24)}
    />
  )
}
