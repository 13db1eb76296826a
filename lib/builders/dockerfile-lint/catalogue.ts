// Every rule the linter knows, in one table: its severity, why it matters, the fix, the lesson
// that teaches it, and the hadolint or BuildKit (`docker build --check`) rule it corresponds to.
// The tools page renders this table, so it is the only list of rules there is.
import { MAINTAINED_JDK_IMAGES } from '../dockerfile/base'
import * as buildingImagesLessons from '../lessons/building-images'
import * as foundationsLessons from '../lessons/foundations'
import type { Lesson } from '../lessons/lesson'
import * as securityLessons from '../lessons/security'
import type { Severity } from './types'

export interface RuleInfo {
  title: string
  severity: Severity
  reason: string
  fix: string
  lesson: Lesson
  /** The matching hadolint rule, when there is one. */
  hadolint?: string
  /** The matching BuildKit build check, when there is one. */
  buildkit?: string
}

export const RULES = {
  'empty-dockerfile': {
    title: 'Empty Dockerfile',
    severity: 'error',
    reason: 'A Dockerfile needs at least a FROM instruction; with nothing but comments and blank lines there is nothing to build.',
    fix: 'Start with FROM and the base image, for example FROM alpine:3.20.',
    lesson: buildingImagesLessons.dockerfileFirst,
  },
  'not-a-dockerfile': {
    title: 'Not a Dockerfile',
    severity: 'error',
    reason: 'None of the lines starts with a Dockerfile instruction such as FROM, RUN or COPY, so the builder cannot read it.',
    fix: 'Paste the contents of a Dockerfile: each line starts with an instruction, a comment (#) or continues the line before.',
    lesson: buildingImagesLessons.dockerfileSyntax,
  },
  'unknown-instruction': {
    title: 'Unknown instruction',
    severity: 'error',
    reason: 'The builder stops with an error at a line that starts with a word it does not know as an instruction.',
    fix: 'Check the spelling of the instruction, or join the line to the one before with a trailing backslash if it continues it.',
    lesson: buildingImagesLessons.dockerfileSyntax,
  },
  'missing-arguments': {
    title: 'Instruction without arguments',
    severity: 'error',
    reason: 'Every instruction needs arguments; the builder rejects one that has none.',
    fix: 'Give the instruction what it needs, for example FROM debian:bookworm-slim or WORKDIR /app.',
    lesson: buildingImagesLessons.dockerfileSyntax,
  },
  'missing-from': {
    title: 'No FROM before the first instruction',
    severity: 'error',
    reason: 'A build starts from a base image. Only ARG (and parser directives and comments) may come before the first FROM.',
    fix: 'Put FROM with the base image before any other instruction.',
    lesson: buildingImagesLessons.fromInstruction,
    hadolint: 'DL3061',
  },
  'trailing-comment': {
    title: 'Comment after an instruction',
    severity: 'error',
    reason: 'A Dockerfile comment must start its line. A # anywhere else is just another argument, so the "comment" is passed to the instruction.',
    fix: 'Move the comment to its own line above the instruction.',
    lesson: buildingImagesLessons.dockerfileSyntax,
  },
  'broken-exec-form': {
    title: 'Exec form that is not valid JSON',
    severity: 'error',
    reason: 'An argument list in brackets must be a JSON array with double quotes. Otherwise Docker does not read it as a list: RUN, CMD and ENTRYPOINT hand the text, brackets and quotes included, to /bin/sh, and COPY, ADD and VOLUME split it at spaces into paths that keep them.',
    fix: 'Write the list as JSON: ["executable", "arg"] with double quotes and commas.',
    lesson: buildingImagesLessons.shellAndExecForm,
  },
  'shell-form-cmd': {
    title: 'CMD or ENTRYPOINT in shell form',
    severity: 'warning',
    reason: 'Shell form runs the command under /bin/sh -c, so the shell is PID 1: it does not pass on SIGTERM, and docker stop has to wait and kill the container.',
    fix: 'Use exec form, a JSON array: CMD ["node", "server.js"].',
    lesson: buildingImagesLessons.shellAndExecForm,
    hadolint: 'DL3025',
    buildkit: 'JSONArgsRecommended',
  },
  'multiple-instructions': {
    title: 'CMD, ENTRYPOINT or HEALTHCHECK repeated',
    severity: 'warning',
    reason: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the earlier ones do nothing but mislead the reader.',
    fix: 'Keep only the one you mean, the last one in the stage.',
    lesson: buildingImagesLessons.cmdAndEntrypoint,
    hadolint: 'DL3012, DL4003, DL4004',
    buildkit: 'MultipleInstructionsDisallowed',
  },
  'base-untagged': {
    title: 'Base image without a tag',
    severity: 'warning',
    reason: 'Without a tag Docker uses latest, which moves: the same Dockerfile builds on a different base from one month to the next.',
    fix: 'Name a version, for example FROM node:22-bookworm-slim, or pin its digest (@sha256:…).',
    lesson: foundationsLessons.latestTag,
    hadolint: 'DL3006',
  },
  'base-latest': {
    title: 'Base image tagged latest',
    severity: 'warning',
    reason: 'latest is only the default tag name, not the newest version: it points wherever it was last moved, says nothing about the version and changes under you.',
    fix: 'Name a version, for example FROM python:3.13-slim, or pin its digest (@sha256:…).',
    lesson: foundationsLessons.latestTag,
    hadolint: 'DL3007',
  },
  'base-deprecated': {
    title: 'Deprecated base image',
    severity: 'warning',
    reason: 'Docker Hub deprecated the openjdk image (and java before it): since July 2022 it gets only early-access builds, so a release tag never gets another security fix.',
    fix: `Build on a maintained JDK image, for example FROM ${MAINTAINED_JDK_IMAGES}.`,
    lesson: buildingImagesLessons.fromInstruction,
  },
  'root-user': {
    title: 'Runs as root',
    severity: 'warning',
    reason: 'Without a USER, the container runs as root; whoever breaks into the application then has root inside the container.',
    fix: 'Create an unprivileged user and switch to it near the end of the final stage: USER app (or a numeric ID such as USER 10001).',
    lesson: securityLessons.nonRootUsers,
    hadolint: 'DL3002',
  },
  'sudo': {
    title: 'sudo in RUN',
    severity: 'warning',
    reason: 'RUN already runs as the current USER; sudo is usually not installed, and where it is it behaves unpredictably without a terminal.',
    fix: 'Switch with USER root for the commands that need it, then back to the unprivileged user.',
    lesson: buildingImagesLessons.userInstruction,
    hadolint: 'DL3004',
  },
  'add-local-files': {
    title: 'ADD for local files',
    severity: 'warning',
    reason: 'ADD also downloads URLs and unpacks archives. For plain files from the build context it hides what happens; COPY does exactly one thing.',
    fix: 'Use COPY for files and directories from the build context; keep ADD for a URL or a tar archive you want unpacked.',
    lesson: buildingImagesLessons.copyOrAdd,
    hadolint: 'DL3020',
  },
  'workdir-relative': {
    title: 'Relative WORKDIR',
    severity: 'warning',
    reason: 'A relative WORKDIR is taken from the base image\'s working directory, which can change upstream without warning.',
    fix: 'Use an absolute path: WORKDIR /app.',
    lesson: buildingImagesLessons.workdirPaths,
    hadolint: 'DL3000',
    buildkit: 'WorkdirRelativePath',
  },
  'cd-in-run': {
    title: 'cd instead of WORKDIR',
    severity: 'warning',
    reason: 'A cd lasts only until the end of its RUN; the next instruction starts in the WORKDIR again, which makes the Dockerfile hard to follow.',
    fix: 'Set the directory with WORKDIR /path, which holds for every following instruction.',
    lesson: buildingImagesLessons.workdirInstruction,
    hadolint: 'DL3003',
  },
  'apt-update-alone': {
    title: 'apt-get update in its own RUN',
    severity: 'warning',
    reason: 'The layer with the package lists is cached. Add a package to a later install months on and apt works from the stale lists: old versions, or failures.',
    fix: 'Update and install in one RUN: RUN apt-get update && apt-get install -y … && rm -rf /var/lib/apt/lists/*.',
    lesson: buildingImagesLessons.aptGet,
  },
  'apt-lists-left': {
    title: 'Package lists left in the image',
    severity: 'warning',
    reason: 'apt-get update downloads package lists (often 20 to 50 MB) that the running container never needs.',
    fix: 'End the same RUN with && rm -rf /var/lib/apt/lists/*; in a later RUN the lists are already in a layer.',
    lesson: buildingImagesLessons.aptGet,
    hadolint: 'DL3009',
  },
  'apt-without-yes': {
    title: 'apt-get install without -y',
    severity: 'error',
    reason: 'apt-get asks for confirmation, nobody can answer during a build, and the install aborts.',
    fix: 'Add -y: apt-get install -y ….',
    lesson: buildingImagesLessons.aptGet,
    hadolint: 'DL3014',
  },
  'apt-recommends': {
    title: 'Recommended packages installed too',
    severity: 'info',
    reason: 'By default apt-get also installs the packages an install merely recommends, often tens of megabytes the image does not need.',
    fix: 'Add --no-install-recommends to apt-get install.',
    lesson: buildingImagesLessons.aptGet,
    hadolint: 'DL3015',
  },
  'apk-cache': {
    title: 'apk add without --no-cache',
    severity: 'info',
    reason: 'apk add keeps its package index in the image unless told otherwise.',
    fix: 'Use apk add --no-cache, which fetches a fresh index and stores nothing.',
    lesson: buildingImagesLessons.aptGet,
    hadolint: 'DL3019',
  },
  'copy-before-install': {
    title: 'Everything copied before the dependencies are installed',
    severity: 'warning',
    reason: 'COPY . . changes with every edit to any file, and every instruction after it runs again, so each build reinstalls all dependencies.',
    fix: 'Copy only the dependency manifests first (for example COPY package.json package-lock.json ./), install, then COPY . . for the source.',
    lesson: buildingImagesLessons.cacheOrder,
  },
  'consecutive-runs': {
    title: 'Several RUN instructions in a row',
    severity: 'info',
    reason: 'Each RUN makes a layer. Steps that belong together, above all an install and its clean-up, save space only in one RUN.',
    fix: 'Join related commands with && (and \\ for new lines) in one RUN; keep separate RUNs where separate caching helps.',
    lesson: buildingImagesLessons.combiningRuns,
    hadolint: 'DL3059',
  },
  'maintainer': {
    title: 'MAINTAINER is deprecated',
    severity: 'warning',
    reason: 'MAINTAINER is deprecated; the author belongs in a label, where tools look for it.',
    fix: 'Write LABEL org.opencontainers.image.authors="name@example.com" instead.',
    lesson: buildingImagesLessons.maintainerDeprecated,
    hadolint: 'DL4000',
    buildkit: 'MaintainerDeprecated',
  },
  'secret-in-arg-env': {
    title: 'Secret in ARG or ENV',
    severity: 'warning',
    reason: 'ARG and ENV values are stored in the image (ENV) or its build history (ARG), where anyone with the image can read them.',
    fix: 'Pass secrets with a secret mount: RUN --mount=type=secret,id=token … and docker build --secret id=token,….',
    lesson: buildingImagesLessons.buildSecrets,
    buildkit: 'SecretsUsedInArgOrEnv',
  },
  'legacy-key-value': {
    title: 'ENV or LABEL without =',
    severity: 'warning',
    reason: 'The old ENV key value form sets one variable to everything after the first space, which is easy to misread; it is deprecated.',
    fix: 'Write key=value, quoting values with spaces: ENV APP_HOME="/srv/my app".',
    lesson: buildingImagesLessons.envInstruction,
    buildkit: 'LegacyKeyValueFormat',
  },
  'undefined-var': {
    title: 'Variable used but never declared',
    severity: 'warning',
    reason: 'The Dockerfile replaces an undeclared $VAR with an empty string, so a typo silently becomes an empty path or value.',
    fix: 'Declare it first with ARG or ENV, or correct the name. (A variable the base image sets is fine.)',
    lesson: buildingImagesLessons.buildArgs,
    buildkit: 'UndefinedVar, UndefinedArgInFrom',
  },
  'duplicate-stage-name': {
    title: 'Two stages with the same name',
    severity: 'error',
    reason: 'Stage names must be unique; the builder refuses a Dockerfile that repeats one.',
    fix: 'Give each stage its own name after AS.',
    lesson: buildingImagesLessons.stageNames,
    buildkit: 'DuplicateStageName',
  },
  'reserved-stage-name': {
    title: 'Reserved word as a stage name',
    severity: 'warning',
    reason: 'scratch and context have special meanings in FROM and COPY --from: a stage named after one is confusing to read, and BuildKit warns about it.',
    fix: 'Choose another name, for example AS build.',
    lesson: buildingImagesLessons.stageNames,
    buildkit: 'ReservedStageName',
  },
  'stage-name-casing': {
    title: 'Stage name with capitals',
    severity: 'info',
    reason: 'Stage names are matched case-insensitively; lower case avoids confusing Build with build.',
    fix: 'Write stage names in lower case: FROM golang:1.23 AS build.',
    lesson: buildingImagesLessons.stageNames,
    buildkit: 'StageNameCasing',
  },
  'from-as-casing': {
    title: 'AS written in a different case from FROM',
    severity: 'info',
    reason: 'Mixing FROM with as (or from with AS) makes the stage name harder to spot.',
    fix: 'Match the case: FROM … AS name, or from … as name.',
    lesson: buildingImagesLessons.stageNames,
    buildkit: 'FromAsCasing',
  },
  'instruction-casing': {
    title: 'Inconsistent instruction casing',
    severity: 'info',
    reason: 'Instructions are not case-sensitive, but upper case is the convention that tells them apart from their arguments.',
    fix: 'Write every instruction in upper case: RUN, COPY, FROM.',
    lesson: buildingImagesLessons.dockerfileSyntax,
    buildkit: 'ConsistentInstructionCasing',
  },
} as const satisfies Record<string, RuleInfo>

export type RuleId = keyof typeof RULES
