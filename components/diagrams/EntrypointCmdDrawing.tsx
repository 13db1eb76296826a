import type { Outcome, Source, Word } from '@/lib/diagrams/entrypoint-cmd'
import { DiagramSvg } from './Diagram'
import { Box, Lines, Text, type Tone } from './shapes'

const SOURCES: Record<Source, { label: string; tone: Tone }> = {
  entrypoint: { label: 'ENTRYPOINT', tone: 'purple' },
  cmd: { label: 'CMD', tone: 'blue' },
  shell: { label: 'shell form', tone: 'subtle' },
  'run-entrypoint': { label: '--entrypoint', tone: 'amber' },
  'run-args': { label: 'run args', tone: 'green' },
}

const WIDTH = 300
const ROW = 32
const WORD_X = 58
const SOURCE_X = WIDTH - 92
/** Characters that fit in a word's box at the small monospace size. */
const WORD_CHARS = Math.floor((SOURCE_X - 8 - WORD_X - 12) / 7.2)

function shown(word: Word): string {
  if (word.text === '') return '(empty)'
  return word.text.length > WORD_CHARS ? `${word.text.slice(0, WORD_CHARS - 1)}…` : word.text
}

/** The final argv, one word per row, each coloured and labelled by where it came from. */
export function EntrypointCmdDrawing({ id, outcome }: { id: string; outcome: Outcome }) {
  const header = (
    <Text x={0} y={8} anchor="start" size="strong">
      The process Docker starts (PID 1)
    </Text>
  )
  if (!outcome.ok) {
    return (
      <DiagramSvg
        id={id}
        className="diagram-fixed"
        title="The container's command"
        description={`No process: ${outcome.error}`}
        drawing={{
          width: WIDTH,
          height: 84,
          content: (
            <>
              {header}
              <Box x={0} y={26} w={WIDTH} h={58} tone="red" emphasis="danger">
                <Lines lines={['nothing to run:', 'no command specified']} x={WIDTH / 2} y={55} size="strong" />
              </Box>
            </>
          ),
        }}
      />
    )
  }
  return (
    <DiagramSvg
      id={id}
      className="diagram-fixed"
      title="The container's command, word by word"
      description={outcome.words.map((word, i) => `argv[${i}] ${JSON.stringify(word.text)} from ${SOURCES[word.source].label}${word.ignored ? ', ignored by the shell' : ''}`).join('; ')}
      drawing={{
        width: WIDTH,
        height: 26 + outcome.words.length * ROW - 6,
        content: (
          <>
            {header}
            {outcome.words.map((word, i) => {
              const y = 26 + i * ROW
              const source = SOURCES[word.source]
              return (
                <g key={i} data-word={word.text} data-source={word.source}>
                  <Text x={0} y={y + 13} anchor="start" size="small" muted mono>
                    {`argv[${i}]`}
                  </Text>
                  <Box x={WORD_X} y={y} w={SOURCE_X - 8 - WORD_X} h={ROW - 6} tone={word.ignored ? 'plain' : source.tone} dashed={word.ignored} r={4}>
                    <Text x={WORD_X + 8} y={y + 13} anchor="start" size="small" mono muted={word.ignored}>
                      {shown(word)}
                    </Text>
                  </Box>
                  <Text x={SOURCE_X} y={y + 13} anchor="start" size="small" muted={word.ignored}>
                    {word.ignored ? 'unused' : source.label}
                  </Text>
                </g>
              )
            })}
          </>
        ),
      }}
    />
  )
}
