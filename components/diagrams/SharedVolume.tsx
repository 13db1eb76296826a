import { Diagram } from './Diagram'
import { Arrow, Box, Cylinder, Lines, Text } from './shapes'

const CONTAINERS = [
  { name: 'web-1', mount: 'app-data:/data', mode: 'read-write' },
  { name: 'web-2', mount: 'app-data:/data', mode: 'read-write' },
  { name: 'backup', mount: 'app-data:/data:ro', mode: 'read-only' },
]
const W = 300
const BOX_W = 96
const GAP = (W - 3 * BOX_W) / 2

/** Diagram 8: several containers mounting one named volume at the same time. */
export function SharedVolumeDiagram() {
  const volume = { x: 75, y: 150, w: 150, h: 64 }
  return (
    <Diagram
      name="shared-volume"
      title="Three containers sharing one volume"
      description="Containers web-1 and web-2 mount the volume app-data read-write at /data; a backup container mounts the same volume read-only with :ro. All three see the same files at the same time, and the data stays in the volume when any of them is removed."
      wide={{
        width: W,
        height: 262,
        content: (
          <>
            {CONTAINERS.map((container, i) => {
              const x = i * (BOX_W + GAP)
              return (
                <g key={container.name}>
                  <Box x={x} y={0} w={BOX_W} h={62} tone="blue">
                    <Text x={x + BOX_W / 2} y={14} size="strong">
                      {container.name}
                    </Text>
                    <Text x={x + BOX_W / 2} y={32} size="small" mono>
                      /data
                    </Text>
                    <Text x={x + BOX_W / 2} y={49} size="small">
                      {container.mode}
                    </Text>
                  </Box>
                  {container.mode === 'read-write' ? (
                    <Arrow points={[[x + BOX_W / 2, 62], [volume.x + volume.w * (0.2 + 0.3 * i), volume.y]]} both />
                  ) : (
                    <Arrow points={[[volume.x + volume.w * (0.2 + 0.3 * i), volume.y], [x + BOX_W / 2, 62]]} dashed />
                  )}
                </g>
              )
            })}
            <Cylinder {...volume} label={['volume', 'app-data']} />
            <Lines lines={['Every container sees the same files;', 'the volume outlives all of them.']} x={W / 2} y={242} size="small" muted />
          </>
        ),
      }}
    />
  )
}
