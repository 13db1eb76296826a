import { arrange, Diagram, type Panel } from './Diagram'
import { Arrow, Box, Lines, Text } from './shapes'

const W = 270

function server(): Panel {
  return {
    width: W,
    height: 226,
    content: (
      <>
        <Text x={W / 2} y={8} size="heading">
          Registry server
        </Text>
        <Box x={0} y={26} w={W} h={200} tone="none" r={8} />
        <Text x={W / 2} y={44} size="small" mono>
          registry:3, port 5000
        </Text>
        <Box x={14} y={60} w={W - 28} h={70} tone="green">
          <Text x={W / 2} y={76} size="strong">
            TLS: encryption + identity
          </Text>
          <Text x={W / 2} y={96} size="small" mono>
            certs/domain.crt
          </Text>
          <Text x={W / 2} y={113} size="small" mono>
            certs/domain.key
          </Text>
        </Box>
        <Box x={14} y={142} w={W - 28} h={70} tone="green">
          <Text x={W / 2} y={158} size="strong">
            htpasswd: who may log in
          </Text>
          <Text x={W / 2} y={178} size="small" mono>
            auth/htpasswd
          </Text>
          <Text x={W / 2} y={195} size="small">
            users with bcrypt passwords
          </Text>
        </Box>
      </>
    ),
  }
}

function client(): Panel {
  return {
    width: W,
    height: 226,
    content: (
      <>
        <Text x={W / 2} y={8} size="heading">
          Docker client host
        </Text>
        <Box x={0} y={26} w={W} h={200} tone="none" r={8} />
        <Text x={W / 2} y={44} size="small" mono>
          docker login, push, pull
        </Text>
        <Box x={14} y={60} w={W - 28} h={70} tone="green" emphasis="ok">
          <Text x={W / 2} y={76} size="strong">
            Trust the CA: verified TLS
          </Text>
          <Text x={W / 2} y={96} size="small" mono>
            /etc/docker/certs.d/
          </Text>
          <Text x={W / 2} y={113} size="small" mono>
            registry.example.com:5000/ca.crt
          </Text>
        </Box>
        <Box x={14} y={142} w={W - 28} h={70} tone="red" emphasis="danger" dashed>
          <Text x={W / 2} y={158} size="strong">
            Avoid: no verification
          </Text>
          <Text x={W / 2} y={178} size="small" mono>
            daemon.json
          </Text>
          <Text x={W / 2} y={195} size="small" mono>
            &quot;insecure-registries&quot;
          </Text>
        </Box>
      </>
    ),
  }
}

function channel(direction: 'row' | 'column'): Panel {
  if (direction === 'row') {
    return {
      width: 100,
      height: 226,
      content: (
        <>
          <Arrow points={[[0, 130], [100, 130]]} both />
          <Text x={50} y={112} size="small">
            HTTPS
          </Text>
          <Text x={50} y={148} size="small">
            login, then
          </Text>
          <Text x={50} y={164} size="small">
            push/pull
          </Text>
        </>
      ),
    }
  }
  return {
    width: W,
    height: 60,
    content: (
      <>
        <Arrow points={[[W / 2, 0], [W / 2, 60]]} both />
        <Lines lines={['HTTPS: login,', 'then push/pull']} x={W / 2 + 10} y={30} anchor="start" size="small" />
      </>
    ),
  }
}

/** Diagram 12: TLS and htpasswd on the registry; certs.d (or, insecurely, insecure-registries) on the client. */
export function SecuredRegistryDiagram() {
  return (
    <Diagram
      name="secured-registry"
      title="A secured private registry and the client that trusts it"
      description="The registry server runs the registry container on port 5000 with a TLS certificate and key (certs/domain.crt and certs/domain.key), which encrypt the connection and prove the server's identity, and an htpasswd file (auth/htpasswd) of users with bcrypt passwords, which decides who may log in. The client host logs in, pushes and pulls over HTTPS. To trust a self-signed certificate it places the CA certificate in /etc/docker/certs.d/registry.example.com:5000/ca.crt, so TLS is verified. Listing the registry under insecure-registries in daemon.json instead turns verification off and should be avoided."
      wide={arrange([server(), channel('row'), client()], 'row', 0)}
      narrow={arrange([server(), channel('column'), client()], 'column', 0)}
    />
  )
}
