// The Dockerfile as the rules see it: dockerfile-ast's instructions with 1-based lines, grouped
// into build stages. Parsing never throws; text the parser cannot read has no instructions.
import { DockerfileParser, From, Keyword, type Instruction } from 'dockerfile-ast'

export interface Step {
  /** The instruction in upper case: RUN, COPY, … (unknown words too). */
  keyword: string
  /** The instruction as written, for casing checks. */
  written: string
  known: boolean
  /** 1-based first and last line. */
  line: number
  endLine: number
  /** Arguments without flags such as --from=… (continuation lines joined). */
  text: string
  args: string[]
  node: Instruction
  /** Index of the stage it belongs to; -1 before the first FROM. */
  stage: number
}

export interface Stage {
  index: number
  from: Step
  /** The name after AS, as written. */
  name: string | null
  /** The image or earlier stage it starts from, as written. */
  base: string | null
  /** The instructions after FROM. */
  steps: Step[]
}

export interface ParsedDockerfile {
  /** The input split into lines, for checks that need the text as written. */
  lines: string[]
  steps: Step[]
  stages: Stage[]
}

const KEYWORDS = new Set<string>(Object.values(Keyword))

export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = text.split(/\r\n|\r|\n/)
  let instructions: Instruction[]
  try {
    instructions = DockerfileParser.parse(text).getInstructions()
  } catch {
    instructions = []
  }
  const steps: Step[] = []
  const stages: Stage[] = []
  for (const node of instructions) {
    const keyword = node.getKeyword()
    const step: Step = {
      keyword,
      written: node.getInstruction(),
      known: KEYWORDS.has(keyword),
      line: node.getRange().start.line + 1,
      endLine: node.getRange().end.line + 1,
      text: node.getArgumentsContent() ?? '',
      args: node.getArguments().map((argument) => argument.getValue()),
      node,
      stage: stages.length - 1,
    }
    if (node instanceof From) {
      step.stage = stages.length
      stages.push({ index: stages.length, from: step, name: node.getBuildStage(), base: node.getImage(), steps: [] })
    } else {
      stages[step.stage]?.steps.push(step)
    }
    steps.push(step)
  }
  return { lines, steps, stages }
}

/** The stage a FROM builds on, when it names an earlier stage rather than an image. */
export function parentStage(dockerfile: ParsedDockerfile, stage: Stage): Stage | undefined {
  const base = stage.base?.toLowerCase()
  return dockerfile.stages.slice(0, stage.index).findLast((earlier) => earlier.name?.toLowerCase() === base)
}

/** A stage and the earlier stages it builds on, nearest first. */
export function lineage(dockerfile: ParsedDockerfile, stage: Stage): Stage[] {
  const chain = [stage]
  for (let parent = parentStage(dockerfile, stage); parent && !chain.includes(parent); parent = parentStage(dockerfile, parent)) {
    chain.push(parent)
  }
  return chain
}

/** The stages whose layers end up in the image the build produces: the last one and its parents. */
export function finalStages(dockerfile: ParsedDockerfile): Stage[] {
  const last = dockerfile.stages.at(-1)
  return last ? lineage(dockerfile, last) : []
}

/** Exec form (a JSON array, or something meant to be one) rather than shell form. */
export function isExecForm(step: Step): boolean {
  return step.text.trimStart().startsWith('[')
}
