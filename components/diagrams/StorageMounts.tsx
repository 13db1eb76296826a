import { arrange, Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Cylinder, Lines, Text } from './shapes'

interface Mount {
  kind: string
  target: string
  where: string[]
  survives: string[]
  keeps: boolean
  flag: string
}

const MOUNTS: Mount[] = [
  { kind: 'volume', target: '/data', flag: '-v app-data:/data', where: ['Docker-managed area', '/var/lib/docker/volumes'], survives: ['survives docker rm', 'until docker volume rm'], keeps: true },
  { kind: 'bind mount', target: '/app', flag: '-v ./src:/app', where: ['any host folder', 'such as ./src'], survives: ['survives docker rm:', "it is the host's folder"], keeps: true },
  { kind: 'tmpfs', target: '/run/cache', flag: '--tmpfs /run/cache', where: ['host memory (RAM)', 'nothing kept on disk'], survives: ['lost when the', 'container stops'], keeps: false },
]

function Store({ mount, x, y, w }: { mount: Mount; x: number; y: number; w: number }) {
  if (mount.kind === 'volume') return <Cylinder x={x} y={y} w={w} h={56} label={mount.where} labelSize="small" />
  return <Box x={x} y={y} w={w} h={56} tone={mount.kind === 'tmpfs' ? 'purple' : 'blue'} label={mount.where} labelSize="small" />
}

function Outcome({ mount, x, y, w }: { mount: Mount; x: number; y: number; w: number }) {
  return <Box x={x} y={y} w={w} h={44} tone={mount.keeps ? 'green' : 'red'} emphasis={mount.keeps ? 'ok' : 'danger'} label={mount.survives} labelSize="small" />
}

function wide(): Drawing {
  const column = 640 / 3
  const centre = (i: number) => column * i + column / 2
  const storeW = 184
  return {
    width: 640,
    height: 352,
    content: (
      <>
        <Box x={0} y={0} w={640} h={74} tone="plain">
          <Text x={12} y={14} anchor="start" size="strong">
            Container
          </Text>
        </Box>
        {MOUNTS.map((mount, i) => (
          <g key={mount.kind}>
            <Box x={centre(i) - 70} y={30} w={140} h={32} tone="subtle" label={mount.target} mono />
            <Arrow points={[[centre(i), 62], [centre(i), 152]]} both label={mount.flag} labelAt={[centre(i), 100]} mono />
            <Store mount={mount} x={centre(i) - storeW / 2} y={164} w={storeW} />
            <Text x={centre(i)} y={242} size="strong">
              {mount.kind}
            </Text>
            <Outcome mount={mount} x={centre(i) - storeW / 2} y={262} w={storeW} />
          </g>
        ))}
        <Box x={0} y={128} w={2 * column - 6} h={126} tone="none" dashed r={8} />
        <Text x={12} y={140} anchor="start" size="small" muted>
          host filesystem
        </Text>
        <Box x={2 * column + 6} y={128} w={column - 6} h={126} tone="none" dashed r={8} />
        <Text x={2 * column + 18} y={140} anchor="start" size="small" muted>
          host memory
        </Text>
        <Lines lines={['Mounts bypass the writable layer: the data lives on the host, not in the container.']} x={320} y={336} size="small" muted />
      </>
    ),
  }
}

function panel(mount: Mount) {
  return {
    width: 300,
    height: 244,
    content: (
      <>
        <Text x={150} y={8} size="heading">
          {mount.kind}
        </Text>
        <Box x={80} y={26} w={140} h={32} tone="subtle" label={mount.target} mono />
        <Text x={150} y={70} size="small" muted>
          in the container
        </Text>
        <Arrow points={[[150, 82], [150, 130]]} both label={mount.flag} labelAt={[150, 106]} mono />
        <Store mount={mount} x={55} y={136} w={190} />
        <Outcome mount={mount} x={55} y={200} w={190} />
      </>
    ),
  }
}

/** Diagram 7: where each kind of mount keeps its data, and what survives the container. */
export function StorageMountsDiagram() {
  return (
    <Diagram
      name="storage-mounts"
      title="Volume, bind mount and tmpfs mount compared"
      description="A container mounts /data from a volume, /app from a bind mount and /run/cache from a tmpfs mount. The volume's data lives in Docker's own area on the host disk (/var/lib/docker/volumes) and survives docker rm until the volume is removed. The bind mount is any host folder, such as ./src, and changes go both ways; it survives because it is the host's own folder. The tmpfs mount lives only in host memory and is lost when the container stops."
      wide={wide()}
      narrow={arrange(MOUNTS.map(panel), 'column', 20)}
    />
  )
}
