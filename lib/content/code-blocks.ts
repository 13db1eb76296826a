// Rules for fenced code blocks: which languages we highlight, what the meta string may say
// (title="Dockerfile" {2,4-5}), and what the copy button copies.

/** Languages Shiki loads, keyed by every name authors may write after the fence. */
const LANGUAGE_ALIASES: Record<string, string> = {
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  console: 'console',
  shellsession: 'console',
  dockerfile: 'dockerfile',
  docker: 'dockerfile',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'jsonc',
  nginx: 'nginx',
  ini: 'ini',
  toml: 'toml',
  go: 'go',
  javascript: 'javascript',
  js: 'javascript',
  typescript: 'typescript',
  ts: 'typescript',
  python: 'python',
  html: 'html',
  css: 'css',
  diff: 'diff',
  text: 'text',
  txt: 'text',
  plaintext: 'text',
}

export const HIGHLIGHT_LANGUAGES = [...new Set(Object.values(LANGUAGE_ALIASES))].filter((lang) => lang !== 'text')

export const SUPPORTED_LANGUAGE_NAMES = Object.keys(LANGUAGE_ALIASES)

export function resolveLanguage(name: string): string | undefined {
  return LANGUAGE_ALIASES[name.toLowerCase()]
}

const SHELL_LANGUAGES = new Set(['bash', 'console'])

export function isShellLanguage(lang: string): boolean {
  return SHELL_LANGUAGES.has(lang)
}

export interface CodeMeta {
  title?: string
  /** The raw meta string, which Shiki's line-highlight transformer reads ({1,3-4}). */
  raw: string
}

export function parseCodeMeta(meta: string | undefined): CodeMeta {
  const raw = meta?.trim() ?? ''
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(raw)
  return { raw, title: title ? (title[1] ?? title[2] ?? title[3]) : undefined }
}

const PROMPT = /^\$ /

/**
 * Shell sessions mix commands (`$ docker ps`) with their output. When a block has prompts, only
 * the commands are copied (without `$ `), including their `\` continuation lines.
 */
export function copyTextFor(lang: string, code: string): string {
  const text = code.replace(/\n+$/, '')
  if (!isShellLanguage(lang)) return text
  const lines = text.split('\n')
  if (!lines.some((line) => PROMPT.test(line))) return text
  const commands: string[] = []
  let continues = false
  for (const line of lines) {
    if (PROMPT.test(line)) {
      commands.push(line.slice(2))
    } else if (continues) {
      commands.push(line)
    } else {
      continue
    }
    continues = line.endsWith('\\')
  }
  return commands.join('\n')
}
