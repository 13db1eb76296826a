// The `docker build` builder.
import type { BuilderModel } from '../model'
import { presetsFrom, stateFromCommand } from '../presets'
import { buildCommand } from './command'
import { readBuildArgs } from './read'
import { buildSpec, type BuildSpec } from './state'
import { validateBuild } from './validate'
import { buildWarnings } from './warnings'

const read = (text: string) => stateFromCommand(text, 'build', readBuildArgs)

export const buildBuilder: BuilderModel<BuildSpec> = {
  id: 'build',
  route: '/tools/build/',
  spec: buildSpec,
  start: read('docker build -t my-app:1.0 .'),
  presets: presetsFrom(read, [
    ['simple', 'This folder, one tag', 'docker build -t my-app:1.0 .'],
    ['release', 'Release with two tags and labels', 'docker build --pull -t registry.example.com/team/my-app:1.4.2 -t registry.example.com/team/my-app:1.4 --label org.opencontainers.image.version=1.4.2 .'],
    ['stage', 'One stage of a multi-stage build', 'docker build --target test --progress plain -t my-app:test .'],
    ['other-file', 'Another Dockerfile, with build arguments', 'docker build -f docker/Dockerfile.prod --build-arg NODE_VERSION=22 --build-arg APP_ENV=production -t my-app:prod .'],
    ['arm', 'For another platform, from scratch', 'docker build --no-cache --platform linux/arm64 -t my-app:1.0-arm64 .'],
  ]),
  fromCommand: read,
  validate: validateBuild,
  warnings: buildWarnings,
  outputs: (state) => [{ kind: 'shell', id: 'command', title: 'docker build', commands: [buildCommand(state)] }],
}
