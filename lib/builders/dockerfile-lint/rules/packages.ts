// Installing packages: the apt-get and apk habits the layer-caching lesson teaches.
import { finalStages, type ParsedDockerfile, type Step } from '../parse'
import { instructionFlags, programWords, runCommands, subcommand } from '../shell'
import type { RuleHit } from '../types'
import type { Rule } from './rule'

const APT = ['apt-get', 'apt']

function runs({ steps }: ParsedDockerfile): Step[] {
  return steps.filter((step) => step.keyword === 'RUN')
}

function aptCommands(step: Step, sub: string): string[][] {
  return runCommands(step).filter((words) => subcommand(words, APT) === sub)
}

export const aptUpdateAlone: Rule = (dockerfile) =>
  runs(dockerfile)
    .filter((step) => aptCommands(step, 'update').length > 0 && aptCommands(step, 'install').length === 0)
    .map((step) => ({ rule: 'apt-update-alone', line: step.line, message: 'apt-get update runs in a RUN without apt-get install.' }))

/** Only layers that end up in the final image matter; a build stage's lists are thrown away. */
export const aptListsLeft: Rule = (dockerfile) => {
  const kept = new Set(finalStages(dockerfile).map((stage) => stage.index))
  return runs(dockerfile)
    .filter((step) => kept.has(step.stage) && aptCommands(step, 'update').length > 0 && aptCommands(step, 'install').length > 0)
    .filter((step) => !step.args.join(' ').includes('/var/lib/apt/lists'))
    .filter((step) => !instructionFlags(step).some((flag) => flag.includes('type=cache') && flag.includes('/var/lib/apt')))
    .map((step) => ({ rule: 'apt-lists-left', line: step.line, message: 'This RUN downloads package lists and does not delete them.' }))
}

const YES = /^(-[a-z]*y[a-z]*|--yes|--assume-yes|-qq|--quiet=2)$/

export const aptWithoutYes: Rule = (dockerfile) =>
  runs(dockerfile).flatMap((step): RuleHit[] =>
    aptCommands(step, 'install')
      .filter((words) => !programWords(words).some((word) => YES.test(word)))
      .slice(0, 1)
      .map(() => ({ rule: 'apt-without-yes', line: step.line, message: 'apt-get install will wait for a yes that never comes.' })),
  )

export const aptRecommends: Rule = (dockerfile) =>
  runs(dockerfile).flatMap((step): RuleHit[] =>
    aptCommands(step, 'install')
      .filter((words) => subcommand(words, ['apt-get']) === 'install')
      .filter((words) => !words.some((word) => word === '--no-install-recommends' || /Install-Recommends=(false|0)/i.test(word)))
      .slice(0, 1)
      .map(() => ({ rule: 'apt-recommends', line: step.line, message: 'apt-get install also installs recommended packages.' })),
  )

export const apkCache: Rule = (dockerfile) =>
  runs(dockerfile).flatMap((step): RuleHit[] => {
    const adds = runCommands(step).filter((words) => subcommand(words, ['apk']) === 'add' && !words.includes('--no-cache'))
    if (adds.length === 0 || step.args.join(' ').includes('/var/cache/apk')) return []
    return [{ rule: 'apk-cache', line: step.line, message: 'apk add keeps its package index in the image.' }]
  })
