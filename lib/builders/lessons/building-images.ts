// The Building images lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import type { Lesson } from './lesson'

export const buildingImages: Lesson = { id: 'buildingImages', route: '/building-images/dockerfile-basics/', anchor: 'building-the-image', topic: 'building an image' }
export const buildArgs: Lesson = { id: 'buildArgs', route: '/building-images/variables-and-metadata/', anchor: 'arg-build-time-variables', topic: 'build arguments' }
export const labels: Lesson = { id: 'labels', route: '/building-images/variables-and-metadata/', anchor: 'label-metadata-about-the-image', topic: 'labels' }
export const cmdAndEntrypoint: Lesson = { id: 'cmdAndEntrypoint', route: '/building-images/cmd-and-entrypoint/', anchor: 'how-entrypoint-and-cmd-combine', topic: 'CMD and ENTRYPOINT' }
export const healthchecks: Lesson = { id: 'healthchecks', route: '/building-images/users-healthchecks-signals/', anchor: 'healthcheck-is-it-working', topic: 'health checks' }
export const stopSignals: Lesson = { id: 'stopSignals', route: '/building-images/users-healthchecks-signals/', anchor: 'stopsignal-how-the-container-is-asked-to-stop', topic: 'stop signals' }
export const buildContext: Lesson = { id: 'buildContext', route: '/building-images/build-context/', anchor: 'build-from-a-project-directory-never-from--or-your-home', topic: 'the build context' }
export const dockerfilePath: Lesson = { id: 'dockerfilePath', route: '/building-images/build-context/', anchor: 'choosing-the-dockerfile-with--f', topic: 'choosing the Dockerfile' }
export const buildCache: Lesson = { id: 'buildCache', route: '/building-images/layer-caching/', anchor: 'forcing-a-fresh-build', topic: 'the build cache' }
export const targetStage: Lesson = { id: 'targetStage', route: '/building-images/multi-stage-builds/', anchor: 'building-one-stage-with---target', topic: 'building one stage' }
export const buildkit: Lesson = { id: 'buildkit', route: '/building-images/buildkit/', anchor: 'reading-the-build-output', topic: 'BuildKit' }
export const buildSecrets: Lesson = { id: 'buildSecrets', route: '/building-images/buildkit/', anchor: 'secrets-without-leaks', topic: 'build secrets' }
export const platforms: Lesson = { id: 'platforms', route: '/building-images/buildkit/', anchor: 'building-for-other-platforms', topic: 'building for other platforms' }
export const dockerfileFirst: Lesson = { id: 'dockerfileFirst', route: '/building-images/dockerfile-basics/', anchor: 'a-first-dockerfile', topic: 'a first Dockerfile' }
export const dockerfileSyntax: Lesson = { id: 'dockerfileSyntax', route: '/building-images/dockerfile-basics/', anchor: 'how-a-dockerfile-is-written', topic: 'how a Dockerfile is written' }
export const fromInstruction: Lesson = { id: 'fromInstruction', route: '/building-images/dockerfile-basics/', anchor: 'from-the-starting-point', topic: 'FROM' }
export const workdirInstruction: Lesson = { id: 'workdirInstruction', route: '/building-images/files-and-directories/', anchor: 'workdir-where-the-next-instructions-run', topic: 'WORKDIR' }
export const workdirPaths: Lesson = { id: 'workdirPaths', route: '/building-images/files-and-directories/', anchor: 'absolute-and-relative-paths', topic: 'absolute and relative WORKDIR paths' }
export const copyOrAdd: Lesson = { id: 'copyOrAdd', route: '/building-images/files-and-directories/', anchor: 'copy-or-add', topic: 'COPY or ADD' }
export const envInstruction: Lesson = { id: 'envInstruction', route: '/building-images/variables-and-metadata/', anchor: 'env-environment-variables', topic: 'ENV' }
export const maintainerDeprecated: Lesson = { id: 'maintainerDeprecated', route: '/building-images/variables-and-metadata/', anchor: 'maintainer-is-deprecated', topic: 'why MAINTAINER is deprecated' }
export const shellAndExecForm: Lesson = { id: 'shellAndExecForm', route: '/building-images/cmd-and-entrypoint/', anchor: 'shell-form-and-exec-form', topic: 'shell form and exec form' }
export const userInstruction: Lesson = { id: 'userInstruction', route: '/building-images/users-healthchecks-signals/', anchor: 'user-who-runs-the-commands', topic: 'USER' }
export const cacheOrder: Lesson = { id: 'cacheOrder', route: '/building-images/layer-caching/', anchor: 'order-instructions-from-stable-to-volatile', topic: 'ordering instructions for the cache' }
export const combiningRuns: Lesson = { id: 'combiningRuns', route: '/building-images/layer-caching/', anchor: 'combining-run-instructions', topic: 'combining RUN instructions' }
export const aptGet: Lesson = { id: 'aptGet', route: '/building-images/layer-caching/', anchor: 'installing-packages-with-apt-get', topic: 'installing packages with apt-get' }
export const stageNames: Lesson = { id: 'stageNames', route: '/building-images/multi-stage-builds/', anchor: 'naming-stages', topic: 'naming stages' }
export const smallImages: Lesson = { id: 'smallImages', route: '/building-images/small-images/', anchor: 'choose-a-smaller-base-image', topic: 'choosing a smaller base image' }
export const multiStageBuilds: Lesson = { id: 'multiStageBuilds', route: '/building-images/multi-stage-builds/', anchor: 'two-stages-build-then-copy', topic: 'multi-stage builds' }
