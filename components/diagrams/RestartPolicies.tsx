import { arrange, Diagram, type Drawing } from './Diagram'
import { Box, Lines, Text, type Tone } from './shapes'

const EVENTS = [
  ['the process', 'exits with 0'],
  ['the process exits', 'with an error'],
  ['you run', 'docker stop'],
  ['daemon restart', 'or host reboot'],
]

interface Outcome {
  text: string[]
  tone: Tone
}

const stays = (text: string): Outcome => ({ text: [text], tone: 'plain' })
const restarts = (...text: string[]): Outcome => ({ text, tone: 'green' })

const POLICIES: { name: string; outcomes: Outcome[] }[] = [
  { name: 'no', outcomes: [stays('stays exited'), stays('stays exited'), stays('stays stopped'), stays('stays stopped')] },
  { name: 'on-failure', outcomes: [stays('stays exited'), restarts('restarted (up to', ':max-retries)'), stays('stays stopped'), stays('not restarted')] },
  {
    name: 'always',
    outcomes: [restarts('restarted'), restarts('restarted'), { text: ['stopped until the', 'daemon restarts'], tone: 'amber' }, restarts('started again,', 'even if stopped')],
  },
  { name: 'unless-stopped', outcomes: [restarts('restarted'), restarts('restarted'), stays('stays stopped'), restarts('started again if', 'it was running')] },
]

function table(): Drawing {
  const first = 116
  const cell = 130
  const head = 46
  const row = 48
  return {
    width: first + 4 * cell,
    height: head + POLICIES.length * row,
    content: (
      <>
        <Text x={0} y={head / 2} anchor="start" size="strong">
          --restart
        </Text>
        {EVENTS.map((event, i) => (
          <Lines key={event[0]} lines={event} x={first + i * cell + cell / 2} y={head / 2} size="small" muted />
        ))}
        {POLICIES.map((policy, r) => (
          <g key={policy.name}>
            <Text x={0} y={head + r * row + row / 2} anchor="start" mono size="strong">
              {policy.name}
            </Text>
            {policy.outcomes.map((outcome, i) => (
              <Box key={i} x={first + i * cell + 3} y={head + r * row + 3} w={cell - 6} h={row - 6} tone={outcome.tone} r={4} label={outcome.text} labelSize="small" />
            ))}
          </g>
        ))}
      </>
    ),
  }
}

function card(policy: (typeof POLICIES)[number]) {
  const row = 44
  return {
    width: 300,
    height: 26 + EVENTS.length * row,
    content: (
      <>
        <Text x={0} y={9} anchor="start" mono size="strong">
          {`--restart ${policy.name}`}
        </Text>
        {policy.outcomes.map((outcome, i) => (
          <g key={i}>
            <Lines lines={EVENTS[i]!} x={0} y={26 + i * row + row / 2} anchor="start" size="small" muted />
            <Box x={150} y={26 + i * row + 3} w={150} h={row - 6} tone={outcome.tone} r={4} label={outcome.text} labelSize="small" />
          </g>
        ))}
      </>
    ),
  }
}

/** Diagram 16: what each restart policy does when the process exits, on docker stop and on a daemon restart. */
export function RestartPoliciesDiagram() {
  return (
    <Diagram
      name="restart-policies"
      title="What each restart policy does"
      description="no: the container is never restarted. on-failure: restarted only when the process exits with an error, up to the optional :max-retries count; not restarted after docker stop or when the daemon restarts. always: restarted whenever the process exits; after docker stop it stays stopped until the daemon restarts, and then it is started again even though it was stopped. unless-stopped: restarted whenever the process exits, stays stopped after docker stop, and when the daemon restarts it is started again only if it was running."
      wide={table()}
      narrow={arrange(POLICIES.map(card), 'column', 22)}
    />
  )
}
