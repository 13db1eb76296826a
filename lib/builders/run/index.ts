// The `docker run` builder: its state, checks and outputs (the command and the Compose service).
import type { BuilderModel } from '../model'
import { presetsFrom, stateFromCommand } from '../presets'
import { runCommand } from './command'
import { composeFile, composeNotes } from './compose'
import { readRunArgs } from './read'
import { runSpec, type RunSpec } from './state'
import { validateRun } from './validate'
import { runWarnings } from './warnings'

const read = (text: string) => stateFromCommand(text, 'run', readRunArgs)

export const runBuilder: BuilderModel<RunSpec> = {
  id: 'run',
  route: '/tools/run/',
  spec: runSpec,
  start: read('docker run -d --name web -p 8080:80 nginx:1.27-alpine'),
  presets: presetsFrom(read, [
    ['web', 'Web server that restarts', 'docker run -d --name web -p 8080:80 --restart unless-stopped nginx:1.27-alpine'],
    ['shell', 'Throwaway shell', 'docker run --rm -it alpine:3.20 sh'],
    ['postgres', 'Database with a volume', 'docker run -d --name db --env-file db.env -v pgdata:/var/lib/postgresql/data -p 127.0.0.1:5432:5432 --restart unless-stopped --memory 1g postgres:17'],
    [
      'hardened',
      'Hardened web server',
      'docker run -d --name web --user 101:101 --read-only --tmpfs /tmp:size=64m --cap-drop ALL --security-opt no-new-privileges --memory 256m --cpus 0.5 --pids-limit 100 --log-opt max-size=10m --log-opt max-file=3 --health-cmd "wget -q --spider http://localhost:8080/ || exit 1" --health-interval 30s -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.27-alpine',
    ],
    ['tests', 'Run the tests of the current folder', 'docker run --rm -v .:/app -w /app --user 1000:1000 node:22-alpine npm test'],
  ]),
  fromCommand: read,
  validate: validateRun,
  warnings: runWarnings,
  outputs: (state) => [
    { kind: 'shell', id: 'command', title: 'docker run', commands: [runCommand(state)] },
    {
      kind: 'file',
      id: 'compose',
      title: 'The same as a Compose service',
      filename: 'compose.yaml',
      language: 'yaml',
      text: composeFile(state),
      notes: composeNotes(state),
    },
  ],
}
