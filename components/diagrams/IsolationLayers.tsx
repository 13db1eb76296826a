import { arrange, Diagram, type Panel } from './Diagram'
import { Arrow, Box, Lines, Text } from './shapes'

const GATES = [
  { name: ['seccomp'], question: ['which system', 'calls at all?'] },
  { name: ['capabilities'], question: ['which of root’s', 'powers?'] },
  { name: ['AppArmor /', 'SELinux'], question: ['which files', 'and objects?'] },
]

function gate(g: (typeof GATES)[number], horizontal: boolean): Panel {
  const w = horizontal ? 110 : 300
  const h = horizontal ? 150 : 56
  return {
    width: w,
    height: h,
    content: horizontal ? (
      <Box x={0} y={0} w={w} h={h} tone="amber">
        <Lines lines={g.name} x={w / 2} y={44} size="strong" />
        <Lines lines={g.question} x={w / 2} y={104} size="small" />
      </Box>
    ) : (
      <Box x={0} y={0} w={w} h={h} tone="amber">
        <Text x={w / 2} y={19} size="strong">
          {g.name.join(' ')}
        </Text>
        <Text x={w / 2} y={38} size="small">
          {g.question.join(' ')}
        </Text>
      </Box>
    ),
  }
}

function kernel(horizontal: boolean): Panel {
  const w = horizontal ? 150 : 300
  const rows = horizontal
    ? [
        { y: 52, lines: ['namespaces'], strong: true },
        { y: 82, lines: ['PID, network, IPC,', 'UTS, mount, user'] },
        { y: 116, lines: ['what it can see'], muted: true },
        { y: 150, lines: ['cgroups'], strong: true },
        { y: 176, lines: ['memory, CPU, PIDs'] },
        { y: 200, lines: ['what it can use'], muted: true },
      ]
    : [
        { y: 46, lines: ['namespaces: what it can see'], strong: true },
        { y: 66, lines: ['PID, network, IPC, UTS, mount, user'] },
        { y: 94, lines: ['cgroups: what it can use'], strong: true },
        { y: 114, lines: ['memory, CPU time, number of PIDs'] },
      ]
  const h = horizontal ? 220 : 134
  return {
    width: w,
    height: h,
    content: (
      <Box x={0} y={0} w={w} h={h} tone="purple" emphasis="accent">
        <Text x={w / 2} y={18} size="heading">
          Linux kernel
        </Text>
        {rows.map((row) => (
          <Lines key={row.lines[0]} lines={row.lines} x={w / 2} y={row.y} size={row.strong ? 'strong' : 'small'} muted={row.muted} />
        ))}
      </Box>
    ),
  }
}

function process(horizontal: boolean): Panel {
  const w = horizontal ? 80 : 300
  const h = horizontal ? 100 : 50
  return {
    width: w,
    height: h,
    content: <Box x={0} y={0} w={w} h={h} tone="blue" label={horizontal ? ['container', 'process'] : 'container process'} labelSize="strong" />,
  }
}

function step(horizontal: boolean, label?: string): Panel {
  if (horizontal) {
    return { width: 18, height: 20, content: <Arrow points={[[0, 10], [18, 10]]} /> }
  }
  return {
    width: 300,
    height: 34,
    content: (
      <>
        <Arrow points={[[150, 0], [150, 34]]} />
        {label && (
          <Text x={160} y={17} anchor="start" size="small">
            {label}
          </Text>
        )}
      </>
    ),
  }
}

function drawing(horizontal: boolean) {
  const direction = horizontal ? 'row' : 'column'
  const panels = [process(horizontal), step(horizontal, 'a system call')]
  for (const g of GATES) panels.push(gate(g, horizontal), step(horizontal))
  panels.push(kernel(horizontal))
  const flow = arrange(panels, direction, 0)
  const note = horizontal
    ? 'Each check can refuse the call; namespaces and cgroups shape what it reaches.'
    : 'Each check can refuse the call.'
  return {
    width: flow.width,
    height: flow.height + 30,
    content: (
      <>
        {flow.content}
        <Text x={flow.width / 2} y={flow.height + 20} size="small" muted>
          {note}
        </Text>
      </>
    ),
  }
}

/** Diagram 14: what stands between a container's process and the kernel it shares. */
export function IsolationLayersDiagram() {
  return (
    <Diagram
      name="isolation-layers"
      title="The layers of container isolation"
      description="A container process makes a system call. seccomp decides which system calls it may make at all, capabilities decide which of root's powers it holds, and AppArmor or SELinux decide which files and objects it may touch; each check can refuse the call. The shared Linux kernel then serves it inside the container's namespaces (PID, network, IPC, UTS, mount and optionally user), which decide what it can see, and its cgroups, which limit the memory, CPU time and number of processes it can use."
      wide={drawing(true)}
      narrow={drawing(false)}
    />
  )
}
