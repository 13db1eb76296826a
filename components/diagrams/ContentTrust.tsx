import { arrange, Diagram, type Panel } from './Diagram'
import { Arrow, Box, Cylinder, Lines, Text } from './shapes'

function publisher(): Panel {
  return {
    width: 190,
    height: 150,
    content: (
      <>
        <Text x={95} y={8} size="heading">
          Publisher
        </Text>
        <Box x={0} y={26} w={190} h={124} tone="blue">
          <Lines lines={['DOCKER_CONTENT_TRUST=1', 'docker push', 'me/my-app:1.0']} x={95} y={62} size="small" mono />
          <Lines lines={['signs the tag and digest', 'with a private key']} x={95} y={118} size="small" />
        </Box>
      </>
    ),
  }
}

function servers(): Panel {
  return {
    width: 160,
    height: 200,
    content: (
      <>
        <Text x={80} y={8} size="heading">
          Servers
        </Text>
        <Cylinder x={0} y={26} w={160} h={76} tone="purple" label={['registry', 'image layers']} />
        <Cylinder x={0} y={118} w={160} h={82} tone="purple" label={['Notary', 'signed tag → digest']} />
      </>
    ),
  }
}

function outcomes(): Panel {
  return {
    width: 200,
    height: 226,
    content: (
      <>
        <Text x={100} y={8} size="heading">
          Consumers (DCT on)
        </Text>
        <Box x={0} y={26} w={200} h={90} tone="green" emphasis="ok">
          <Text x={100} y={42} size="strong">
            Signature verified
          </Text>
          <Lines lines={['the pulled digest matches', 'the signed one: it runs']} x={100} y={80} size="small" />
        </Box>
        <Box x={0} y={132} w={200} h={94} tone="red" emphasis="danger">
          <Text x={100} y={148} size="strong">
            Tampered image: refused
          </Text>
          <Lines lines={['its content no longer', 'matches the signed digest:', 'the pull fails']} x={100} y={192} size="small" />
        </Box>
      </>
    ),
  }
}

function arrow(direction: 'row' | 'column', label: string): Panel {
  if (direction === 'row') {
    return {
      width: 44,
      height: 40,
      content: (
        <>
          <Arrow points={[[0, 28], [44, 28]]} />
          <Text x={22} y={10} size="small">
            {label}
          </Text>
        </>
      ),
    }
  }
  return {
    width: 200,
    height: 50,
    content: (
      <>
        <Arrow points={[[100, 0], [100, 50]]} />
        <Text x={110} y={25} anchor="start" size="small">
          {label}
        </Text>
      </>
    ),
  }
}

function drawing(direction: 'row' | 'column') {
  return arrange([publisher(), arrow(direction, 'push'), servers(), arrow(direction, 'pull'), outcomes()], direction, 0)
}

/** Diagram 13: sign on push, verify on pull, a tampered image refused. */
export function ContentTrustDiagram() {
  return (
    <Diagram
      name="content-trust"
      title="Docker Content Trust: sign on push, verify on pull"
      description="With DOCKER_CONTENT_TRUST=1, docker push me/my-app:1.0 signs the tag and the image digest it points to with the publisher's private key. The registry stores the image layers and a Notary server stores the signed tag-to-digest record. A consumer with content trust on pulls only images whose digest matches the signed one, and runs them. If the image was tampered with, its content no longer matches the signed digest and the pull fails with an error, so the tampered image never runs."
      wide={drawing('row')}
      narrow={drawing('column')}
    />
  )
}
