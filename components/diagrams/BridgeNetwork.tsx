import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Text } from './shapes'

function wide(): Drawing {
  return {
    width: 640,
    height: 300,
    content: (
      <>
        <Box x={0} y={128} w={100} h={48} tone="plain" label={['Browser', 'opens :8080']} />
        <Box x={124} y={0} w={516} h={300} tone="none" r={10} />
        <Text x={138} y={16} anchor="start" size="strong">
          Docker host
        </Text>
        <Arrow points={[[100, 152], [136, 152]]} />
        <Box x={136} y={128} w={96} h={48} tone="amber" label={['host port', '-p 8080:80']} labelSize="small" />
        <Box x={244} y={36} w={388} h={254} tone="none" dashed r={8} />
        <Text x={258} y={52} anchor="start" size="small" muted>
          user-defined bridge network app-net
        </Text>
        <Arrow points={[[232, 152], [262, 152]]} />
        <Box x={262} y={128} w={118} h={48} tone="blue" label={['web', 'nginx, port 80']} />
        <Arrow points={[[380, 152], [500, 152]]} label="http://api:8000" labelAt={[440, 136]} mono />
        <Box x={500} y={128} w={120} h={48} tone="blue" label={['api', 'port 8000']} />
        <Arrow points={[[560, 176], [560, 222]]} label="db:5432" mono />
        <Box x={500} y={222} w={120} h={48} tone="blue" label={['db', 'port 5432']} />
        <Text x={560} y={281} size="small" muted>
          not published
        </Text>
        <Box x={262} y={220} w={200} h={52} tone="subtle" label={['embedded DNS resolves', 'api, db → container IPs']} labelSize="small" />
      </>
    ),
  }
}

function narrow(): Drawing {
  return {
    width: 300,
    height: 510,
    content: (
      <>
        <Box x={90} y={0} w={120} h={40} tone="plain" label="Browser" />
        <Arrow points={[[150, 40], [150, 96]]} />
        <Box x={0} y={70} w={300} h={440} tone="none" r={10} />
        <Text x={12} y={86} anchor="start" size="strong">
          Docker host
        </Text>
        <Box x={80} y={96} w={140} h={44} tone="amber" label={['host port 8080', '-p 8080:80']} labelSize="small" />
        <Arrow points={[[150, 140], [150, 188]]} />
        <Box x={12} y={164} w={276} h={336} tone="none" dashed r={8} />
        <Box x={60} y={188} w={180} h={44} tone="blue" label={['web', 'nginx, port 80']} />
        <Arrow points={[[150, 232], [150, 282]]} label="http://api:8000" mono />
        <Box x={60} y={282} w={180} h={44} tone="blue" label={['api', 'port 8000']} />
        <Arrow points={[[150, 326], [150, 370]]} label="db:5432" mono />
        <Box x={60} y={370} w={180} h={44} tone="blue" label={['db', 'port 5432, not published']} labelSize="small" />
        <Box x={30} y={424} w={240} h={46} tone="subtle" label={['embedded DNS resolves', 'api, db → container IPs']} labelSize="small" />
        <Text x={150} y={486} size="small" muted>
          user-defined bridge network app-net
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
      description="On the Docker host, the containers web, api and db share the user-defined bridge network app-net. web reaches api at http://api:8000 and api reaches db at db:5432, because Docker's embedded DNS resolves container names to their IP addresses on that network. Only web is published, with -p 8080:80, so a browser reaches it through the host's port 8080; db is not published and only containers on app-net can reach it."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
