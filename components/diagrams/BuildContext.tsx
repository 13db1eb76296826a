import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Lines, Text } from './shapes'

const ENTRIES = [
  { name: 'Dockerfile', ignored: false },
  { name: 'package.json', ignored: false },
  { name: 'src/', ignored: false },
  { name: 'node_modules/', ignored: true },
  { name: '.git/', ignored: true },
  { name: '.env', ignored: true },
]
const ROW = 26
const IGNORE_RULES = ['node_modules', '.git', '.env']

function Context({ x, y, w }: { x: number; y: number; w: number }) {
  return (
    <g>
      <Text x={x} y={y + 8} anchor="start" mono size="strong">
        docker build -t my-app .
      </Text>
      <Text x={x} y={y + 27} anchor="start" size="small" muted>
        the context: your folder &quot;.&quot;
      </Text>
      {ENTRIES.map((entry, i) => (
        <Box key={entry.name} x={x} y={y + 42 + i * ROW} w={w} h={ROW} tone={entry.ignored ? 'subtle' : 'plain'} dashed={entry.ignored} r={2}>
          <Text x={x + 10} y={y + 42 + i * ROW + ROW / 2} anchor="start" mono muted={entry.ignored}>
            {entry.name}
          </Text>
          {entry.ignored && (
            <Text x={x + w - 8} y={y + 42 + i * ROW + ROW / 2} anchor="end" size="small" muted>
              excluded
            </Text>
          )}
        </Box>
      ))}
    </g>
  )
}

const CONTEXT_HEIGHT = 42 + ENTRIES.length * ROW

function Filter({ x, y, w }: { x: number; y: number; w: number }) {
  return (
    <Box x={x} y={y} w={w} h={96} tone="amber">
      <Text x={x + w / 2} y={y + 16} mono size="strong">
        .dockerignore
      </Text>
      <Lines lines={IGNORE_RULES} x={x + w / 2} y={y + 58} mono size="small" />
    </Box>
  )
}

function Builder({ x, y, w }: { x: number; y: number; w: number }) {
  const kept = ENTRIES.filter((entry) => !entry.ignored)
  return (
    <g>
      <Box x={x} y={y} w={w} h={40 + kept.length * ROW + 34} tone="blue">
        <Text x={x + w / 2} y={y + 18} size="strong">
          Builder (BuildKit)
        </Text>
      </Box>
      {kept.map((entry, i) => (
        <Box key={entry.name} x={x + 12} y={y + 36 + i * ROW} w={w - 24} h={ROW} tone="plain" r={2}>
          <Text x={x + 22} y={y + 36 + i * ROW + ROW / 2} anchor="start" mono>
            {entry.name}
          </Text>
        </Box>
      ))}
      <Lines lines={['fetches only the files', 'COPY and ADD use']} x={x + w / 2} y={y + 36 + kept.length * ROW + 20} size="small" />
    </g>
  )
}

function wide(): Drawing {
  const contextW = 230
  const filterX = 270
  const builderX = 430
  const middle = 42 + (ENTRIES.length * ROW) / 2
  return {
    width: 640,
    height: CONTEXT_HEIGHT,
    content: (
      <>
        <Context x={0} y={0} w={contextW} />
        <Arrow points={[[contextW, middle], [filterX, middle]]} />
        <Filter x={filterX} y={middle - 48} w={120} />
        <Arrow points={[[filterX + 120, middle], [builderX, middle]]} />
        <Builder x={builderX} y={24} w={210} />
      </>
    ),
  }
}

function narrow(): Drawing {
  const filterY = CONTEXT_HEIGHT + 30
  const builderY = filterY + 96 + 30
  return {
    width: 300,
    height: builderY + 40 + 3 * ROW + 34,
    content: (
      <>
        <Context x={0} y={0} w={300} />
        <Arrow points={[[150, CONTEXT_HEIGHT], [150, filterY]]} />
        <Filter x={75} y={filterY} w={150} />
        <Arrow points={[[150, filterY + 96], [150, builderY]]} />
        <Builder x={20} y={builderY} w={260} />
      </>
    ),
  }
}

/** Diagram 6: the client's build context, filtered by .dockerignore, reaching the builder. */
export function BuildContextDiagram() {
  return (
    <Diagram
      name="build-context"
      title="The build context and .dockerignore"
      description="docker build -t my-app . makes the folder . the build context. Its .dockerignore excludes node_modules, .git and .env, so only the Dockerfile, package.json and src reach the builder. BuildKit then fetches only the files that COPY and ADD instructions use."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
