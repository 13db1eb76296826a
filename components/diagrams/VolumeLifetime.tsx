import { arrange, Diagram, type Panel } from './Diagram'
import { Arrow, Box, Cylinder, Text } from './shapes'

// The steps of "Keeping a database's data" on the Volumes page: db writes to db-data, is removed,
// and db2 finds the data in the same volume.

const W = 200
const CONTAINER = { x: 20, y: 26, w: 160, h: 50 }
const VOLUME = { x: 30, y: 106, w: 140, h: 64 }

interface Moment {
  heading: string
  /** The container's two lines, or undefined once it is gone. */
  container?: string[]
  gone?: string[]
  volume: string[]
}

const MOMENTS: Moment[] = [
  { heading: '1. db writes its data', container: ['db', 'postgres:17'], volume: ['db-data', 'table notes'] },
  { heading: '2. docker rm --force db', gone: ['db is removed with', 'its writable layer'], volume: ['db-data', 'still on disk'] },
  { heading: '3. db2 mounts db-data', container: ['db2', 'postgres:17'], volume: ['db-data', 'notes: still here'] },
]

function panel(moment: Moment): Panel {
  return {
    width: W,
    height: VOLUME.y + VOLUME.h,
    content: (
      <>
        <Text x={W / 2} y={8} size="strong">
          {moment.heading}
        </Text>
        {moment.container ? (
          <>
            <Box {...CONTAINER} tone="blue" label={moment.container} />
            <Arrow points={[[W / 2, CONTAINER.y + CONTAINER.h], [W / 2, VOLUME.y]]} both />
          </>
        ) : (
          <Box {...CONTAINER} tone="subtle" dashed label={moment.gone} labelSize="small" />
        )}
        <Cylinder {...VOLUME} label={moment.volume} labelSize="small" />
      </>
    ),
  }
}

const panels = MOMENTS.map(panel)

/** A named volume outliving the database container that wrote it. */
export function VolumeLifetimeDiagram() {
  return (
    <Diagram
      name="volume-lifetime"
      title="A volume outlives the container that wrote to it"
      description="First, the container db, from postgres:17, mounts the volume db-data at its data directory and creates the table notes in it. Then docker rm --force db removes the container and its writable layer, but the volume db-data stays on disk. Finally a new container, db2, mounts the same volume and finds the table notes with its row 'still here'."
      wide={arrange(panels, 'row', 20)}
      narrow={arrange(panels, 'column', 24)}
    />
  )
}
