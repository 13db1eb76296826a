// Reads YAML frontmatter and _module.json with line numbers, then validates with zod, so every
// error points at the line of the offending field.
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml'
import type { z } from 'zod'
import type { ContentProblem } from './problems'

export interface Located<T> {
  value: T | undefined
  problems: ContentProblem[]
}

/** Splits `---\n yaml \n---` from the top of an MDX file. Lines are 1-based in the whole file. */
export function splitFrontmatter(source: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(source)
  if (!match) return undefined
  return { yaml: match[1] ?? '', firstLine: 2 }
}

export function parseFrontmatter<S extends z.ZodType>(file: string, source: string, schema: S): Located<z.output<S>> {
  const block = splitFrontmatter(source)
  if (!block) {
    return {
      value: undefined,
      problems: [{ file, line: 1, message: 'missing frontmatter: start the file with a --- block holding title and description' }],
    }
  }
  return parseYamlWithSchema(file, block.yaml, block.firstLine - 1, schema, 'frontmatter')
}

/** _module.json is strict JSON; JSON is YAML, so the YAML parser gives us positions for messages. */
export function parseModuleJson<S extends z.ZodType>(file: string, source: string, schema: S): Located<z.output<S>> {
  try {
    JSON.parse(source)
  } catch (error) {
    return { value: undefined, problems: [{ file, ...jsonErrorPosition(source, error), message: `invalid JSON: ${(error as Error).message}` }] }
  }
  return parseYamlWithSchema(file, source, 0, schema, 'module')
}

function parseYamlWithSchema<S extends z.ZodType>(
  file: string,
  text: string,
  lineOffset: number,
  schema: S,
  what: string,
): Located<z.output<S>> {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + lineOffset

  if (doc.errors.length > 0) {
    return {
      value: undefined,
      problems: doc.errors.map((error) => ({
        file,
        line: lineOf(error.pos[0]),
        message: `${what} is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    }
  }

  const data: unknown = doc.toJS() ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { value: undefined, problems: [{ file, line: lineOffset + 1, message: `${what} must be a mapping of fields` }] }
  }

  const result = schema.safeParse(data)
  if (result.success) return { value: result.data, problems: [] }

  const problems: ContentProblem[] = []
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const node = keyNode(doc, [...(issue.path as PropertyKey[]), key])
        problems.push({
          file,
          line: node?.range ? lineOf(node.range[0]) : lineOffset + 1,
          message: `unknown ${what} field "${key}" (allowed: ${allowedKeys(schema).join(', ')})`,
        })
      }
      continue
    }
    const path = issue.path as PropertyKey[]
    const node = valueNode(doc, path) ?? keyNode(doc, path)
    const field = path.length > 0 ? `${what} field "${path.map(String).join('.')}"` : what
    problems.push({
      file,
      line: node?.range ? lineOf(node.range[0]) : lineOffset + 1,
      message: `${field}: ${issue.message}`,
    })
  }
  return { value: undefined, problems }
}

function valueNode(doc: Document, path: PropertyKey[]): Node | undefined {
  if (path.length === 0) return undefined
  const node = doc.getIn(path, true)
  return node && typeof node === 'object' && 'range' in (node as object) ? (node as Node) : undefined
}

function keyNode(doc: Document, path: PropertyKey[]): Node | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents
  const key = path[path.length - 1]
  if (!isMap(parent)) return undefined
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key)
  return pair && isScalar(pair.key) ? pair.key : undefined
}

function allowedKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape
  return shape ? Object.keys(shape) : []
}

function jsonErrorPosition(source: string, error: unknown): { line?: number; column?: number } {
  const match = /position (\d+)/.exec((error as Error).message)
  if (!match) return {}
  const before = source.slice(0, Number(match[1]))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 }
}
