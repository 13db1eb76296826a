import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Text } from './shapes'

// The example of the "User-defined networks" page: an API and its database on shop-net.

function wide(): Drawing {
  return {
    width: 640,
    height: 290,
    content: (
      <>
        <Box x={0} y={112} w={100} h={48} tone="plain" label={['Browser', 'opens :8080']} />
        <Box x={124} y={0} w={516} h={290} tone="none" r={10} />
        <Text x={138} y={16} anchor="start" size="strong">
          Docker host
        </Text>
        <Arrow points={[[100, 136], [136, 136]]} />
        <Box x={136} y={112} w={96} h={48} tone="amber" label={['host port', '-p 8080:8000']} labelSize="small" />
        <Box x={248} y={36} w={384} h={244} tone="none" dashed r={8} />
        <Text x={262} y={52} anchor="start" size="small" muted>
          user-defined bridge network shop-net
        </Text>
        <Arrow points={[[232, 136], [266, 136]]} />
        <Box x={266} y={112} w={130} h={48} tone="blue" label={['api', 'listens on 8000']} />
        <Arrow points={[[396, 136], [492, 136]]} label="db:5432" labelAt={[444, 120]} mono />
        <Box x={492} y={112} w={126} h={48} tone="blue" label={['db', 'postgres:17']} />
        <Text x={555} y={172} size="small" muted>
          no -p: not reachable
        </Text>
        <Text x={555} y={188} size="small" muted>
          from outside
        </Text>
        <Box x={266} y={212} w={230} h={52} tone="subtle" label={['embedded DNS at 127.0.0.11', 'resolves db to its IP']} labelSize="small" />
      </>
    ),
  }
}

function narrow(): Drawing {
  return {
    width: 300,
    height: 430,
    content: (
      <>
        <Box x={90} y={0} w={120} h={40} tone="plain" label="Browser" />
        <Arrow points={[[150, 40], [150, 96]]} />
        <Box x={0} y={70} w={300} h={360} tone="none" r={10} />
        <Text x={12} y={86} anchor="start" size="strong">
          Docker host
        </Text>
        <Box x={80} y={96} w={140} h={44} tone="amber" label={['host port 8080', '-p 8080:8000']} labelSize="small" />
        <Arrow points={[[150, 140], [150, 188]]} />
        <Box x={12} y={164} w={276} h={256} tone="none" dashed r={8} />
        <Box x={60} y={188} w={180} h={44} tone="blue" label={['api', 'listens on 8000']} />
        <Arrow points={[[150, 232], [150, 282]]} label="db:5432" mono />
        <Box x={60} y={282} w={180} h={44} tone="blue" label={['db, postgres:17', 'no -p: inside only']} labelSize="small" />
        <Box x={30} y={338} w={240} h={46} tone="subtle" label={['embedded DNS at 127.0.0.11', 'resolves db to its IP']} labelSize="small" />
        <Text x={150} y={404} size="small" muted>
          user-defined bridge network shop-net
        </Text>
      </>
    ),
  }
}

/** Diagram 9: containers on a user-defined bridge reaching each other by name, one port published. */
export function BridgeNetworkDiagram() {
  return (
    <Diagram
      name="bridge-network"
      title="A user-defined bridge network with a published port"
      description="On the Docker host, the containers api and db share the user-defined bridge network shop-net. api connects to db at db:5432: Docker's embedded DNS server, at 127.0.0.11 in every container on the network, resolves the name db to the container's IP address. Only api is published, with -p 8080:8000, so a browser reaches it through the host's port 8080. db publishes no port, so nothing outside the network can reach it."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
