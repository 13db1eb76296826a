import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Cylinder, Lines, Text } from './shapes'

// The example of the "Volumes" page: a builder writes the site into the volume, web servers read it.
const CONTAINERS = [
  { name: 'builder', path: '/output', mode: 'writes', readOnly: false },
  { name: 'web-1', path: '/usr/share/nginx/html', mode: 'reads (:ro)', readOnly: true },
  { name: 'web-2', path: '/usr/share/nginx/html', mode: 'reads (:ro)', readOnly: true },
]
const BOX_H = 62

function ContainerBox({ container, x, y, w }: { container: (typeof CONTAINERS)[number]; x: number; y: number; w: number }) {
  return (
    <Box x={x} y={y} w={w} h={BOX_H} tone="blue">
      <Text x={x + w / 2} y={y + 14} size="strong">
        {container.name}
      </Text>
      <Text x={x + w / 2} y={y + 32} size="small" mono>
        {container.path}
      </Text>
      <Text x={x + w / 2} y={y + 49} size="small">
        {container.mode}
      </Text>
    </Box>
  )
}

function wide(): Drawing {
  const widths = [140, 175, 175]
  const lefts = [0, 155, 345]
  const volume = { x: 185, y: 150, w: 150, h: 64 }
  return {
    width: 520,
    height: 262,
    content: (
      <>
        {CONTAINERS.map((container, i) => {
          const top: [number, number] = [lefts[i]! + widths[i]! / 2, BOX_H]
          const bottom: [number, number] = [volume.x + volume.w * (0.2 + 0.3 * i), volume.y]
          return (
            <g key={container.name}>
              <ContainerBox container={container} x={lefts[i]!} y={0} w={widths[i]!} />
              <Arrow points={container.readOnly ? [bottom, top] : [top, bottom]} dashed={container.readOnly} />
            </g>
          )
        })}
        <Cylinder {...volume} label={['volume', 'site']} />
        <Lines lines={['The same files, mounted at different paths; the volume outlives every container.']} x={260} y={246} size="small" muted />
      </>
    ),
  }
}

function narrow(): Drawing {
  const step = BOX_H + 16
  const volume = { x: 232, y: 0, w: 68, h: CONTAINERS.length * step - 16 }
  return {
    width: 300,
    height: volume.h + 44,
    content: (
      <>
        {CONTAINERS.map((container, i) => {
          const y = i * step + BOX_H / 2
          return (
            <g key={container.name}>
              <ContainerBox container={container} x={0} y={i * step} w={190} />
              <Arrow points={container.readOnly ? [[volume.x, y], [190, y]] : [[190, y], [volume.x, y]]} dashed={container.readOnly} />
            </g>
          )
        })}
        <Cylinder {...volume} label={['volume', 'site']} />
        <Lines lines={['The same files at different paths;', 'the volume outlives them all.']} x={150} y={volume.h + 26} size="small" muted />
      </>
    ),
  }
}

/** Diagram 8: several containers mounting one named volume at the same time. */
export function SharedVolumeDiagram() {
  return (
    <Diagram
      name="shared-volume"
      title="Three containers sharing one volume"
      description="The volume site is mounted by three containers at once. builder mounts it read-write at /output and writes the site into it. web-1 and web-2, two nginx containers, mount the same volume read-only (:ro) at /usr/share/nginx/html and serve the files. All three see the same files, at different paths, and the data stays in the volume when any of them is removed."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
