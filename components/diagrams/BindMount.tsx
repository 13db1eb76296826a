import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Lines, Text } from './shapes'

// The example of "One directory, two views" on the Bind mounts page: the host's ./site mounted
// over nginx's web root in the container web.

const FLAG = '-v "$(pwd)"/site:/usr/share/nginx/html'

interface Side {
  heading: string
  path: string
  note: string
}

const HOST: Side = { heading: 'Host', path: './site', note: 'edit it with any host tool' }
const CONTAINER: Side = { heading: 'container web', path: '/usr/share/nginx/html', note: "the image's index.html is hidden" }

/** One side of the mount: a region with its heading, the directory and a note under it. */
function Region({ x, y, w, side }: { x: number; y: number; w: number; side: Side }) {
  return (
    <>
      <Box x={x} y={y} w={w} h={132} tone="none" dashed r={8} />
      <Text x={x + 12} y={y + 16} anchor="start" size="strong">
        {side.heading}
      </Text>
      <Box x={x + 16} y={y + 34} w={w - 32} h={60} tone="blue">
        <Text x={x + w / 2} y={y + 54} mono>
          {side.path}
        </Text>
        <Text x={x + w / 2} y={y + 76} size="small">
          index.html
        </Text>
      </Box>
      <Text x={x + w / 2} y={y + 114} size="small" muted>
        {side.note}
      </Text>
    </>
  )
}

function wide(): Drawing {
  const w = 250
  return {
    width: 640,
    height: 180,
    content: (
      <>
        <Region x={0} y={0} w={w} side={HOST} />
        <Region x={640 - w} y={0} w={w} side={CONTAINER} />
        <Arrow points={[[w - 16, 64], [640 - w + 16, 64]]} both label="the same files" labelAt={[320, 64]} />
        <Lines lines={[FLAG]} x={320} y={166} size="small" mono muted />
      </>
    ),
  }
}

function narrow(): Drawing {
  return {
    width: 300,
    height: 370,
    content: (
      <>
        <Region x={0} y={0} w={300} side={HOST} />
        <Arrow points={[[150, 132], [150, 192]]} both label="the same files" labelAt={[150, 162]} />
        <Region x={0} y={192} w={300} side={CONTAINER} />
        <Lines lines={['-v "$(pwd)"/site:', '/usr/share/nginx/html']} x={150} y={352} size="small" mono muted />
      </>
    ),
  }
}

/** A bind mount: one host directory seen from the host and from inside the container. */
export function BindMountDiagram() {
  return (
    <Diagram
      name="bind-mount"
      title="A bind mount: one directory, two views"
      description={`The host directory ./site is mounted into the container web at /usr/share/nginx/html with ${FLAG}. Both sides see the same files, so index.html written on the host appears in the container at once, and a change made in the container appears on the host. The host can edit the files with any tool; inside the container, the image's own index.html at that path is hidden while the mount is in place.`}
      wide={wide()}
      narrow={narrow()}
    />
  )
}
