import { Diagram, type Drawing } from './Diagram'
import { Arrow, Box, Lines, Text } from './shapes'

// The Deployment of the "Orchestrators" page (web.yaml), shortened to what the drawing is about:
// the real one also has labels, a selector, the image, resources and probes. [indent level, text].
const YAML: [number, string][] = [
  [0, 'apiVersion: apps/v1'],
  [0, 'kind: Deployment'],
  [0, 'metadata:'],
  [1, 'name: web'],
  [0, 'spec:'],
  [1, 'replicas: 3'],
  [1, 'template:'],
  [2, 'spec:'],
  [3, 'containers:'],
  [3, '- name: nginx'],
]

const CONTROL_PLANE = ['API server', 'scheduler', 'controllers', 'etcd']

function Node({ x, y, w, n, compact }: { x: number; y: number; w: number; n: number; compact: boolean }) {
  return (
    <Box x={x} y={y} w={w} h={compact ? 104 : 130} tone="plain">
      <Text x={x + w / 2} y={y + 16} size="strong">
        {`node ${n}`}
      </Text>
      <Text x={x + w / 2} y={y + 34} size="small" muted>
        {compact ? 'kubelet' : 'kubelet + runtime'}
      </Text>
      <Box x={x + 10} y={y + 50} w={w - 20} h={40} tone="green" label={compact ? ['pod', 'nginx'] : ['pod of web', 'nginx']} labelSize="small" />
    </Box>
  )
}

function wide(): Drawing {
  const nodeW = 130
  const nodeX = (i: number) => 226 + i * 142
  return {
    width: 640,
    height: 348,
    content: (
      <>
        <Box x={0} y={0} w={190} h={44} tone="blue" label={['kubectl apply', '-f web.yaml']} labelSize="small" mono />
        <Box x={0} y={60} w={190} h={196} tone="plain">
          {YAML.map(([indent, line], i) => (
            <Text key={i} x={10 + indent * 12} y={78 + i * 17} anchor="start" size="small" mono>
              {line}
            </Text>
          ))}
        </Box>
        <Text x={95} y={270} size="small" muted>
          web.yaml (shortened)
        </Text>
        <Arrow points={[[190, 22], [226, 22]]} />
        <Box x={226} y={0} w={414} h={80} tone="purple">
          <Text x={238} y={16} anchor="start" size="strong">
            Control plane
          </Text>
          {CONTROL_PLANE.map((name, i) => (
            <Box key={name} x={236 + i * 100} y={32} w={94} h={36} tone="plain" label={name} labelSize="small" />
          ))}
        </Box>
        {[0, 1, 2].map((i) => (
          <g key={i}>
            <Arrow points={[[nodeX(i) + nodeW / 2, 80], [nodeX(i) + nodeW / 2, 120]]} />
            <Node x={nodeX(i)} y={120} w={nodeW} n={i + 1} compact={false} />
            <line x1={nodeX(i) + nodeW / 2} y1={210} x2={nodeX(i) + nodeW / 2} y2={272} className="dg-line" />
          </g>
        ))}
        <Text x={nodeX(0) + nodeW / 2 + 8} y={100} anchor="start" size="small">
          schedules a pod
        </Text>
        <Box x={226} y={272} w={414} h={40} tone="amber" label="Service web: one stable name, balanced across the pods" labelSize="small" />
        <Lines lines={["If a node fails, the Deployment's controller replaces its pod on another node."]} x={320} y={336} size="small" muted />
      </>
    ),
  }
}

function narrow(): Drawing {
  const nodeW = 92
  const nodeX = (i: number) => i * (nodeW + 12)
  const nodesY = 222
  return {
    width: 300,
    height: 440,
    content: (
      <>
        <Box x={0} y={0} w={300} h={40} tone="blue" label="kubectl apply -f web.yaml" labelSize="small" mono />
        <Arrow points={[[150, 40], [150, 64]]} />
        <Box x={0} y={64} w={300} h={110} tone="purple">
          <Text x={150} y={80} size="strong">
            Control plane
          </Text>
          {CONTROL_PLANE.map((name, i) => (
            <Box key={name} x={12 + (i % 2) * 142} y={96 + Math.floor(i / 2) * 36} w={134} h={30} tone="plain" label={name} labelSize="small" />
          ))}
        </Box>
        <Text x={150} y={196} size="small" mono>
          Deployment web, replicas: 3
        </Text>
        {[0, 1, 2].map((i) => (
          <g key={i}>
            <Arrow points={[[nodeX(i) + nodeW / 2, 174], [nodeX(i) + nodeW / 2, 184]]} />
            <Node x={nodeX(i)} y={nodesY} w={nodeW} n={i + 1} compact />
            <line x1={nodeX(i) + nodeW / 2} y1={nodesY + 90} x2={nodeX(i) + nodeW / 2} y2={nodesY + 124} className="dg-line" />
          </g>
        ))}
        <Box x={0} y={nodesY + 124} w={300} h={46} tone="amber" label={['Service web: one stable name,', 'load-balanced to the 3 pods']} labelSize="small" />
        <Lines lines={['A failed node’s pod is replaced', 'on another node.']} x={150} y={nodesY + 196} size="small" muted />
      </>
    ),
  }
}

/** Diagram 18: a Kubernetes cluster running a Deployment of three replicas behind a Service. */
export function OrchestrationDiagram() {
  return (
    <Diagram
      name="orchestration"
      title="A Kubernetes cluster running a Deployment with three replicas"
      description="kubectl apply -f web.yaml sends a Deployment named web, with replicas: 3 and an nginx container, to the control plane: the API server stores it in etcd, the controllers create three pods and the scheduler places one on each of three nodes, where the kubelet and the container runtime run it. A Service named web gives the pods one stable name and load-balances traffic across them. If a node fails, the Deployment's controller replaces its pod on another node."
      wide={wide()}
      narrow={narrow()}
    />
  )
}
