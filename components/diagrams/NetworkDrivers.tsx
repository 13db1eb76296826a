import type { ReactNode } from 'react'
import { arrange, Diagram } from './Diagram'
import { Arrow, Box, Lines, Text } from './shapes'

const P = 206
const H = 156

function Lan({ y }: { y: number }) {
  return (
    <>
      <line x1={4} y1={y} x2={P - 4} y2={y} className="dg-line" />
      <Text x={P - 6} y={y + 10} anchor="end" size="small" muted>
        LAN
      </Text>
    </>
  )
}

const DRIVERS: { name: string; caption: string[]; drawing: ReactNode }[] = [
  {
    name: 'bridge',
    caption: ['Default. A private subnet', 'with NAT; -p publishes ports'],
    drawing: (
      <>
        <Box x={2} y={46} w={54} h={30} tone="blue" label="web" labelSize="small" />
        <Arrow points={[[56, 61], [80, 61]]} both />
        <Box x={80} y={46} w={60} h={30} tone="purple" label="bridge" labelSize="small" />
        <Arrow points={[[140, 61], [158, 61]]} />
        <Box x={158} y={46} w={46} h={30} tone="amber" label="eth0" labelSize="small" />
        <Text x={149} y={90} size="small" muted>
          NAT
        </Text>
      </>
    ),
  },
  {
    name: 'host',
    caption: ['No isolation: the container', "shares the host's IP, ports"],
    drawing: (
      <Box x={4} y={34} w={198} h={68} tone="amber">
        <Text x={P / 2} y={47} size="small">
          host network stack
        </Text>
        <Box x={50} y={62} w={106} h={30} tone="blue" label="web" labelSize="small" />
      </Box>
    ),
  },
  {
    name: 'none',
    caption: ['No networking at all: only', 'the loopback interface lo.'],
    drawing: (
      <Box x={53} y={34} w={100} h={68} tone="blue">
        <Text x={P / 2} y={47} size="small">
          web
        </Text>
        <Box x={78} y={62} w={50} h={28} tone="plain" label="lo" labelSize="small" mono />
      </Box>
    ),
  },
  {
    name: 'overlay',
    caption: ['One network across hosts', '(Swarm), over VXLAN tunnels'],
    drawing: (
      <>
        <Box x={2} y={34} w={88} h={68} tone="none" dashed>
          <Text x={46} y={47} size="small" muted>
            host 1
          </Text>
          <Box x={14} y={62} w={64} h={28} tone="blue" label="web" labelSize="small" />
        </Box>
        <Box x={116} y={34} w={88} h={68} tone="none" dashed>
          <Text x={160} y={47} size="small" muted>
            host 2
          </Text>
          <Box x={128} y={62} w={64} h={28} tone="blue" label="api" labelSize="small" />
        </Box>
        <Arrow points={[[78, 76], [128, 76]]} both dashed />
      </>
    ),
  },
  {
    name: 'macvlan',
    caption: ['Each container is on the LAN', 'with its own MAC and IP.'],
    drawing: (
      <>
        {['host', 'web', 'api'].map((name, i) => (
          <g key={name}>
            <line x1={34 + i * 70} y1={76} x2={34 + i * 70} y2={100} className="dg-line" />
            <Box x={4 + i * 70} y={38} w={60} h={38} tone={i === 0 ? 'amber' : 'blue'} label={[name, 'own MAC']} labelSize="small" />
          </g>
        ))}
        <Lan y={100} />
      </>
    ),
  },
  {
    name: 'ipvlan',
    caption: ['Own IP per container, but', "the host's MAC address."],
    drawing: (
      <>
        <line x1={P / 2} y1={84} x2={P / 2} y2={100} className="dg-line" />
        <Box x={4} y={30} w={198} h={54} tone="amber">
          <Text x={P / 2} y={42} size="small">
            host eth0: one MAC
          </Text>
          <Box x={10} y={54} w={90} h={24} tone="blue" label="web: own IP" labelSize="small" />
          <Box x={106} y={54} w={90} h={24} tone="blue" label="api: own IP" labelSize="small" />
        </Box>
        <Lan y={100} />
      </>
    ),
  },
]

const panels = DRIVERS.map((driver) => ({
  width: P,
  height: H,
  content: (
    <>
      <Text x={0} y={9} anchor="start" mono size="strong">
        {driver.name}
      </Text>
      {driver.drawing}
      <Lines lines={driver.caption} x={0} y={134} anchor="start" size="small" />
    </>
  ),
}))

function grid(columns: number) {
  const rows = []
  for (let i = 0; i < panels.length; i += columns) rows.push(arrange(panels.slice(i, i + columns), 'row', 10))
  return arrange(rows, 'column', 18)
}

/** Diagram 10: the network drivers side by side. */
export function NetworkDriversDiagram() {
  return (
    <Diagram
      name="network-drivers"
      title="Docker's network drivers compared"
      description="bridge, the default: containers get a private subnet behind the host with NAT, and -p publishes ports. host: no network isolation, the container uses the host's IP address and ports. none: no networking, only the loopback interface. overlay: one network spanning several hosts in a Swarm, carried over VXLAN tunnels. macvlan: each container appears on the LAN with its own MAC and IP address. ipvlan: each container gets its own IP address but shares the host's MAC address."
      wide={grid(3)}
      narrow={grid(1)}
    />
  )
}
