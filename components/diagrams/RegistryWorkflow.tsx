import { arrange, Diagram, link, type Panel } from './Diagram'
import { Arrow, Box, Cylinder, Text } from './shapes'

// The steps of the "Pushing and pulling" page, with its Docker Hub example name.
const STEPS = [
  ['docker build -t my-app:1.0 .'],
  ['docker tag my-app:1.0', 'acme/my-app:1.0'],
  ['docker login'],
  ['docker push acme/my-app:1.0'],
]

function machine(): Panel {
  let y = 26
  const boxes = STEPS.map((lines, i) => {
    const h = 16 + lines.length * 16
    const top = y
    y += h + 22
    return (
      <g key={i}>
        <Box x={0} y={top} w={210} h={h} tone="blue" label={lines} labelSize="small" mono />
        {i < STEPS.length - 1 && <Arrow points={[[105, top + h], [105, top + h + 22]]} />}
      </g>
    )
  })
  return {
    width: 210,
    height: y - 22,
    content: (
      <>
        <Text x={105} y={8} size="heading">
          Your machine
        </Text>
        {boxes}
      </>
    ),
  }
}

function registries(direction: 'row' | 'column'): Panel {
  const side = direction === 'column'
  const w = side ? 146 : 146
  const second = side ? { x: w + 8, y: 26 } : { x: 0, y: 118 }
  return {
    width: side ? 2 * w + 8 : w,
    height: second.y + 84,
    content: (
      <>
        <Text x={side ? w + 4 : w / 2} y={8} size="heading">
          A registry
        </Text>
        <Cylinder x={0} y={26} w={w} h={84} tone="purple" label={['Docker Hub', 'docker.io', 'public or private']} />
        <Cylinder x={second.x} y={second.y} w={w} h={84} tone="purple" label={['a private registry', 'you run yourself']} />
      </>
    ),
  }
}

function targets(): Panel {
  const w = 196
  return {
    width: w,
    height: 214,
    content: (
      <>
        <Text x={w / 2} y={8} size="heading">
          Where it runs
        </Text>
        <Box x={0} y={26} w={w} h={88} tone="green">
          <Text x={w / 2} y={42} size="strong">
            a server or laptop
          </Text>
          <Text x={w / 2} y={62} size="small" mono>
            docker run
          </Text>
          <Text x={w / 2} y={79} size="small" mono>
            acme/my-app:1.0
          </Text>
          <Text x={w / 2} y={97} size="small">
            pulls it if it is missing
          </Text>
        </Box>
        <Box x={0} y={130} w={w} h={84} tone="green">
          <Text x={w / 2} y={146} size="strong">
            a hosted cluster
          </Text>
          <Text x={w / 2} y={165} size="small">
            EKS, AKS or GKE nodes
          </Text>
          <Text x={w / 2} y={183} size="small">
            pull the image by name
          </Text>
          <Text x={w / 2} y={201} size="small">
            when a deployment asks
          </Text>
        </Box>
      </>
    ),
  }
}

function drawing(direction: 'row' | 'column') {
  const flow = arrange([machine(), link(direction, 'push', 44), registries(direction), link(direction, 'pull', 44), targets()], direction, 0)
  const lines = direction === 'row' ? ['Push and pull move only the layers the other side lacks.'] : ['Push and pull move only the', 'layers the other side lacks.']
  return {
    width: flow.width,
    height: flow.height + 20 + lines.length * 16,
    content: (
      <>
        {flow.content}
        {lines.map((line, i) => (
          <Text key={line} x={flow.width / 2} y={flow.height + 22 + i * 16} size="small" muted>
            {line}
          </Text>
        ))}
      </>
    ),
  }
}

/** Diagram 11: build, tag and push to a registry; pull and run elsewhere. */
export function RegistryWorkflowDiagram() {
  return (
    <Diagram
      name="registry-workflow"
      title="From docker build to a running container elsewhere, through a registry"
      description="On your machine: docker build -t my-app:1.0 ., then docker tag my-app:1.0 acme/my-app:1.0 to name it for the registry, docker login, and docker push acme/my-app:1.0. The registry is Docker Hub (docker.io, with public or private repositories) or a private registry you run yourself, such as registry.example.com:5000. A server or laptop then runs docker run acme/my-app:1.0, which pulls the image if it is missing, and a hosted cluster such as EKS, AKS or GKE pulls the image by name on its nodes. Push and pull transfer only the layers the other side does not have."
      wide={drawing('row')}
      narrow={drawing('column')}
    />
  )
}
