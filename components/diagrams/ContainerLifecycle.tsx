import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Lines, Text } from './shapes'

const STATE_W = 100
const STATE_H = 44

function State({ x, y, name, tone = 'blue', sub }: { x: number; y: number; name: string; tone?: 'blue' | 'green' | 'amber' | 'red' | 'subtle'; sub?: string }) {
  return (
    <Box x={x} y={y} w={STATE_W} h={STATE_H} tone={tone} dashed={tone === 'subtle'}>
      <Text x={x + STATE_W / 2} y={y + (sub ? 15 : STATE_H / 2)} size="strong">
        {name}
      </Text>
      {sub && (
        <Text x={x + STATE_W / 2} y={y + 31} size="small">
          {sub}
        </Text>
      )}
    </Box>
  )
}

function wide(): Drawing {
  const row1 = 40
  const row2 = 200
  const image = { x: 0, y: row1 }
  const created = { x: 164, y: row1 }
  const running = { x: 340, y: row1 }
  const paused = { x: 540, y: row1 }
  const exited = { x: 340, y: row2 }
  const removed = { x: 164, y: row2 }
  const mid = STATE_H / 2
  return {
    width: 640,
    height: row2 + STATE_H + 34,
    content: (
      <>
        <State {...image} name="image" tone="subtle" />
        <Arrow points={[[image.x + STATE_W, row1 + mid], [created.x, row1 + mid]]} label="create" mono />
        <State {...created} name="created" />
        <Arrow points={[[created.x + STATE_W, row1 + mid], [running.x, row1 + mid]]} label="start" mono />
        <State {...running} name="running" tone="green" />
        <Arrow points={[[running.x + STATE_W, row1 + 12], [paused.x, row1 + 12]]} />
        <Text x={(running.x + STATE_W + paused.x) / 2} y={row1 - 2} size="small" mono>
          pause
        </Text>
        <Arrow points={[[paused.x, row1 + 32], [running.x + STATE_W, row1 + 32]]} />
        <Text x={(running.x + STATE_W + paused.x) / 2} y={row1 + 48} size="small" mono>
          unpause
        </Text>
        <State {...paused} name="paused" tone="amber" sub="frozen" />
        <Arrow points={[[running.x + 40, row1 + STATE_H], [running.x + 40, row2]]} />
        <Lines lines={['stop, kill,', 'or the process', 'exits']} x={running.x + 30} y={(row1 + STATE_H + row2) / 2} anchor="end" size="small" />
        <Arrow points={[[running.x + 70, row2], [running.x + 70, row1 + STATE_H]]} />
        <Lines lines={['start, restart,', 'or the restart', 'policy']} x={running.x + 80} y={(row1 + STATE_H + row2) / 2} anchor="start" size="small" />
        <State {...exited} name="exited" tone="red" sub="layer kept" />
        <Arrow points={[[exited.x, row2 + mid], [removed.x + STATE_W, row2 + mid]]} label="rm" mono />
        <Arrow points={[[created.x + STATE_W / 2, row1 + STATE_H], [created.x + STATE_W / 2, row2]]} label="rm" mono />
        <State {...removed} name="removed" tone="subtle" sub="layer deleted" />
        <Text x={0} y={row1 + STATE_H + 18} anchor="start" size="small" muted>
          run = create + start
        </Text>
        <Text x={320} y={row2 + STATE_H + 24} size="small" muted>
          Labels are docker commands: docker start, docker rm, … (rm -f also removes a running one)
        </Text>
      </>
    ),
  }
}

function narrow(): Drawing {
  const x = 40
  const cx = x + STATE_W / 2
  const ys = { image: 0, created: 84, running: 168, exited: 290, removed: 374 }
  const paused = { x: 190, y: ys.running }
  const mid = STATE_H / 2
  return {
    width: 300,
    height: ys.removed + STATE_H + 52,
    content: (
      <>
        <State x={x} y={ys.image} name="image" tone="subtle" />
        <Text x={190} y={ys.image + 14} anchor="start" size="small" muted>
          run =
        </Text>
        <Text x={190} y={ys.image + 31} anchor="start" size="small" muted>
          create + start
        </Text>
        <Arrow points={[[cx, ys.image + STATE_H], [cx, ys.created]]} label="create" mono />
        <State x={x} y={ys.created} name="created" />
        <Arrow points={[[cx, ys.created + STATE_H], [cx, ys.running]]} label="start" mono />
        <State x={x} y={ys.running} name="running" tone="green" />
        <Arrow points={[[x + STATE_W, ys.running + 12], [paused.x, ys.running + 12]]} />
        <Arrow points={[[paused.x, ys.running + 32], [x + STATE_W, ys.running + 32]]} />
        <Text x={(x + STATE_W + paused.x) / 2} y={ys.running - 8} size="small" mono>
          pause
        </Text>
        <Text x={(x + STATE_W + paused.x) / 2} y={ys.running + STATE_H + 10} size="small" mono>
          unpause
        </Text>
        <Box x={paused.x} y={paused.y} w={100} h={STATE_H} tone="amber">
          <Text x={paused.x + 50} y={paused.y + 15} size="strong">
            paused
          </Text>
          <Text x={paused.x + 50} y={paused.y + 31} size="small">
            frozen
          </Text>
        </Box>
        <Arrow points={[[cx - 20, ys.running + STATE_H], [cx - 20, ys.exited]]} />
        <Arrow points={[[cx + 20, ys.exited], [cx + 20, ys.running + STATE_H]]} />
        <Lines lines={['↓ stop, kill, exits', '↑ start, restart,', 'or restart policy']} x={cx + 32} y={(ys.running + STATE_H + ys.exited) / 2 + 8} anchor="start" size="small" />
        <State x={x} y={ys.exited} name="exited" tone="red" sub="layer kept" />
        <Arrow points={[[cx, ys.exited + STATE_H], [cx, ys.removed]]} label="rm" mono />
        <Arrow points={[[x, ys.created + mid], [12, ys.created + mid], [12, ys.removed + mid], [x, ys.removed + mid]]} label="rm" labelAt={[12, (ys.created + ys.removed) / 2 + mid]} mono />
        <State x={x} y={ys.removed} name="removed" tone="subtle" sub="layer deleted" />
        <Lines lines={['Labels are docker commands;', 'rm -f also removes a running one.']} x={150} y={ys.removed + STATE_H + 30} size="small" muted />
      </>
    ),
  }
}

/** Diagram 17: a container's states and the docker commands between them. */
export function ContainerLifecycleDiagram() {
  return (
    <Diagram
      name="container-lifecycle"
      title="The container lifecycle"
      description="docker create makes a created container from an image; docker start runs it; docker run does both. A running container can be paused (frozen) with docker pause and resumed with docker unpause. docker stop, docker kill or the process exiting leave it exited, with its writable layer kept; docker start or docker restart runs it again, and so does its restart policy, passing briefly through the restarting state. docker rm removes an exited or created container and deletes its writable layer; docker rm -f also removes a running one."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
