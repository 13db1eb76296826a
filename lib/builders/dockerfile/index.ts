// The Dockerfile composer: a Dockerfile, its .dockerignore and the command that builds it.
import type { BuilderModel, Preset } from '../model'
import { stateWith } from '../model'
import { dockerBuildCommand } from './command'
import { composeStages, renderDockerfile } from './dockerfile'
import { dockerignoreText } from './dockerignore'
import { dockerfileSpec, type DockerfileSpec, type DockerfileState } from './state'
import { validateDockerfile } from './validate'
import { dockerfileWarnings } from './warnings'

const state = (values: Partial<DockerfileState>) => stateWith(dockerfileSpec, values)
const args = (...list: string[]) => list.map((arg) => ({ arg }))
const paths = (...list: string[]) => list.map((path) => ({ path }))
const patterns = (...list: string[]) => list.map((pattern) => ({ pattern }))
const commands = (...list: string[]) => list.map((command) => ({ command }))

const node = state({
  image: 'node:24-trixie-slim',
  workdir: '/app',
  env: [{ name: 'NODE_ENV', value: 'production' }],
  manifests: paths('package.json', 'package-lock.json'),
  install: 'npm ci --omit=dev',
  userMode: 'existing',
  userName: 'node',
  expose: [{ port: '3000', protocol: 'tcp' }],
  healthKind: 'http',
  healthTool: 'node',
  healthUrl: 'http://localhost:3000/health',
  healthInterval: '30s',
  healthTimeout: '3s',
  cmd: args('node', 'server.js'),
  ignore: patterns('node_modules', 'npm-debug.log*', 'coverage'),
  tag: 'my-app:1.0',
})

const presets: Preset<DockerfileState>[] = [
  { id: 'node', label: 'Node.js application', state: node },
  {
    id: 'node-build',
    label: 'Node.js, built in one stage and run in another',
    state: {
      ...node,
      multiStage: true,
      buildImage: 'node:24-trixie',
      buildWorkdir: '/src',
      install: 'npm ci',
      steps: commands('npm run build', 'npm prune --omit=dev'),
      artifacts: [
        { source: '/src/package.json', target: './' },
        { source: '/src/node_modules', target: './node_modules' },
        { source: '/src/dist', target: './dist' },
      ],
      cmd: args('node', 'dist/server.js'),
      ignore: patterns('node_modules', 'dist', 'npm-debug.log*', 'coverage'),
    },
  },
  {
    id: 'python',
    label: 'Python web application',
    state: state({
      image: 'python:3.13-slim',
      workdir: '/app',
      env: [
        { name: 'PYTHONDONTWRITEBYTECODE', value: '1' },
        { name: 'PYTHONUNBUFFERED', value: '1' },
      ],
      manifests: paths('requirements.txt'),
      install: 'pip install --no-cache-dir -r requirements.txt',
      userName: 'app',
      uid: '10001',
      expose: [{ port: '8000', protocol: 'tcp' }],
      healthKind: 'http',
      healthTool: 'python',
      healthUrl: 'http://localhost:8000/health',
      cmd: args('gunicorn', '--bind', '0.0.0.0:8000', 'app:app'),
      ignore: patterns('__pycache__', '*.pyc', '.venv', '.pytest_cache'),
      tag: 'my-api:1.0',
    }),
  },
  {
    id: 'go',
    label: 'Go static binary on distroless',
    state: state({
      multiStage: true,
      buildImage: 'golang:1.25',
      buildWorkdir: '/src',
      manifests: paths('go.mod', 'go.sum'),
      install: 'go mod download',
      steps: commands('CGO_ENABLED=0 go build -trimpath -o /out/server .'),
      artifacts: [{ source: '/out/server', target: './server' }],
      image: 'gcr.io/distroless/static-debian12:nonroot',
      workdir: '/app',
      copySource: true,
      userMode: 'existing',
      userName: '65532:65532',
      expose: [{ port: '8080', protocol: 'tcp' }],
      entrypoint: args('/app/server'),
      ignore: patterns('bin', '*.test'),
      tag: 'my-service:1.0',
    }),
  },
  {
    id: 'static-site',
    label: 'Static site on unprivileged nginx',
    state: state({
      multiStage: true,
      buildImage: 'node:24-trixie-slim',
      buildWorkdir: '/src',
      manifests: paths('package.json', 'package-lock.json'),
      install: 'npm ci',
      steps: commands('npm run build'),
      artifacts: [{ source: '/src/dist', target: '/usr/share/nginx/html' }],
      image: 'nginxinc/nginx-unprivileged:1.28-alpine',
      workdir: '/usr/share/nginx/html',
      userMode: 'existing',
      userName: '101',
      expose: [{ port: '8080', protocol: 'tcp' }],
      healthKind: 'http',
      healthTool: 'wget',
      healthUrl: 'http://localhost:8080/',
      stopSignal: 'SIGQUIT',
      cmd: args('nginx', '-g', 'daemon off;'),
      ignore: patterns('node_modules', 'dist'),
      tag: 'my-site:1.0',
    }),
  },
]

export const dockerfileBuilder: BuilderModel<DockerfileSpec> = {
  id: 'dockerfile',
  route: '/tools/dockerfile/',
  spec: dockerfileSpec,
  start: node,
  presets,
  validate: validateDockerfile,
  warnings: dockerfileWarnings,
  outputs: (current) => [
    { kind: 'file', id: 'dockerfile', title: 'Dockerfile', filename: 'Dockerfile', language: 'dockerfile', text: renderDockerfile(composeStages(current)) },
    { kind: 'file', id: 'dockerignore', title: '.dockerignore', filename: '.dockerignore', language: 'text', text: dockerignoreText(current), description: 'Next to the Dockerfile: keeps these out of the build context, so COPY . . cannot copy them.' },
    { kind: 'shell', id: 'command', title: 'docker build', description: 'Run it in the project folder, where the Dockerfile is.', commands: [dockerBuildCommand(current)] },
  ],
}
